import type { Snapshot } from '../../domain/snapshot.js';
import type { Postcode } from '../../domain/reference.js';
import type { Position } from '../../domain/entities.js';
import { slugOf } from '../../shared/fold-text.js';
import type { IndexableDocument } from '../../search/indexable-document.js';
import { OFFICE_KIND_NB, STATION_DISTRICT_KIND_NB, placeName } from './labels.js';

/**
 * Everything the search finds on one date, as documents with Norwegian descriptions: the
 * structure in force (districts, units, station districts, offices, special agencies), every
 * municipality, and the postcodes and postal places (a place per municipality it lies in).
 */

const API = '/api/v1';

/** Postcodes outside the 357 municipalities (Bring gives them these area numbers). */
const AREAS_OUTSIDE_MUNICIPALITIES: Readonly<Record<string, string>> = { '2100': 'Svalbard', '2211': 'Jan Mayen' };

/** "i Oslo kommune", "på Svalbard", or "i kommune 9999" for a number the register does not know. */
function whereNb(number: string, municipalityName: string | undefined): string {
  if (municipalityName) return `i ${municipalityName} kommune`;
  const area = AREAS_OUTSIDE_MUNICIPALITIES[number];
  return area ? `på ${area}` : `i kommune ${number}`;
}

const SPECIAL_AGENCY_NB: Readonly<Record<string, string>> = {
  saerorgan: 'Særorgan under Politidirektoratet',
  'other-unit': 'Nasjonal enhet under Politidirektoratet',
  'former-saerorgan': 'Tidligere særorgan',
  svalbard: 'Politimyndighet på Svalbard',
};

function pointOf(p: { lat: number; lon: number } | null, precision: Position['precision']): Position | null {
  return p ? { lat: p.lat, lon: p.lon, precision } : null;
}

export function searchDocuments(s: Snapshot, postcodes: readonly Postcode[]): IndexableDocument[] {
  const out: IndexableDocument[] = [];
  const districtName = (id: string) => s.districts.get(id)?.name ?? id;
  const municipalityName = (n: string) => s.municipalities.get(n)?.name ?? n;

  for (const d of s.districts.values()) {
    const members = s.municipalitiesByDistrict.get(d.id)?.length ?? 0;
    out.push({
      document: {
        kind: 'district',
        id: d.id,
        name: d.name,
        description: `Politidistrikt med ${members} kommuner, sete i ${d.seat}`,
        resolves: { districtId: d.id, municipalityNumber: null, point: null },
        href: `${API}/districts/${d.id}`,
      },
      keys: [d.name, d.id],
      prominence: members,
    });
  }
  for (const a of s.specialAgencies.values()) {
    out.push({
      document: {
        kind: 'specialAgency',
        id: a.id,
        name: a.name,
        description: `${SPECIAL_AGENCY_NB[a.kind] ?? 'Nasjonal enhet'}${a.seat ? `, ${a.seat}` : ''}`,
        resolves: { districtId: null, municipalityNumber: null, point: null },
        href: `${API}/special-agencies/${a.id}`,
      },
      keys: a.abbreviation ? [a.name, a.abbreviation] : [a.name],
      prominence: 0,
    });
  }
  for (const u of s.operatingUnits.values()) {
    out.push({
      document: {
        kind: 'operatingUnit',
        id: u.id,
        name: u.name,
        description: `${u.kind === 'geographic' ? 'Geografisk driftsenhet' : 'Felles driftsenhet'} i ${districtName(u.districtId)}`,
        resolves: { districtId: u.districtId, municipalityNumber: null, point: null },
        href: `${API}/operating-units/${u.id}`,
      },
      keys: [u.name],
      prominence: 0,
    });
  }
  for (const sd of s.stationDistricts.values()) {
    const members = s.municipalitiesByStationDistrict.get(sd.id) ?? [];
    out.push({
      document: {
        kind: 'stationDistrict',
        id: sd.id,
        name: sd.name,
        description: `${STATION_DISTRICT_KIND_NB[sd.kind]} i ${districtName(sd.districtId)}, ${members.length} ${members.length === 1 ? 'kommune' : 'kommuner'}`,
        resolves: { districtId: sd.districtId, municipalityNumber: members.length === 1 ? members[0]!.id : null, point: null },
        href: `${API}/station-districts/${sd.id}`,
      },
      keys: [sd.name],
      prominence: members.length,
    });
  }
  for (const o of s.offices.values()) {
    out.push({
      document: {
        kind: 'office',
        id: o.id,
        name: o.name,
        description: `${OFFICE_KIND_NB[o.kind]} i ${municipalityName(o.municipalityNumber)}, ${districtName(o.districtId)}${s.isOfficeOpen(o) ? '' : ' (utenfor sesong denne dagen)'}`,
        resolves: { districtId: o.districtId, municipalityNumber: o.municipalityNumber, point: { ...o.position } },
        href: `${API}/offices/${o.id}`,
      },
      keys: [o.name],
      prominence: o.kind === 'politistasjon' ? 1 : 0,
    });
  }
  for (const m of s.municipalities.values()) {
    out.push({
      document: {
        kind: 'municipality',
        id: m.id,
        name: m.name,
        description: `Kommune i ${m.countyName}, ${districtName(m.districtId)}`,
        resolves: { districtId: m.districtId, municipalityNumber: m.id, point: pointOf(m.point, 'municipality') },
        href: `${API}/municipalities/${m.id}`,
      },
      // Official names may give Sami and Kven forms too ("Harstad - Hárstták"): each is a name of its own.
      keys: [m.name, ...m.name.split(' - '), `${m.name} kommune`, m.id],
      prominence: m.population,
    });
  }

  const places = new Map<string, Postcode[]>();
  for (const p of postcodes) {
    const m = s.municipalities.get(p.municipalityNumber);
    const street = p.category !== 'P';
    const point = p.lat !== null && p.lon !== null ? pointOf({ lat: p.lat, lon: p.lon }, 'postcode') : m ? pointOf(m.point, 'municipality') : null;
    out.push({
      document: {
        kind: 'postcode',
        id: p.postcode,
        name: `${p.postcode} ${placeName(p.place)}`,
        description: `Postnummer${street ? '' : ' for postbokser'} ${whereNb(p.municipalityNumber, m?.name)}`,
        resolves: { districtId: m?.districtId ?? null, municipalityNumber: p.municipalityNumber, point },
        href: `${API}/municipalities/${p.municipalityNumber}`,
      },
      keys: [p.postcode],
      prominence: street ? 1 : 0,
    });
    const key = `${p.place}|${p.municipalityNumber}`;
    const list = places.get(key);
    if (list) list.push(p);
    else places.set(key, [p]);
  }
  for (const [key, list] of places) {
    const [place, number] = key.split('|') as [string, string];
    const m = s.municipalities.get(number);
    out.push({
      document: {
        kind: 'postalPlace',
        id: `${slugOf(place) ?? 'sted'}-${number}`,
        name: placeName(place),
        description: `Poststed ${whereNb(number, m?.name)} (${list.length} ${list.length === 1 ? 'postnummer' : 'postnumre'})`,
        resolves: { districtId: m?.districtId ?? null, municipalityNumber: number, point: placePoint(list) ?? (m ? pointOf(m.point, 'municipality') : null) },
        href: `${API}/municipalities/${number}`,
      },
      keys: [place],
      prominence: list.length,
    });
  }
  return out;
}

/**
 * A point for a postal place: of its street postcodes' points (post boxes sit at the post office),
 * the one nearest their mean. A real placed point, never the mean itself, which may lie in a fjord.
 */
function placePoint(list: readonly Postcode[]): Position | null {
  const located = list.filter((p) => p.lat !== null && p.lon !== null);
  const street = located.filter((p) => p.category !== 'P');
  const pool = street.length > 0 ? street : located;
  if (pool.length === 0) return null;
  const lat = pool.reduce((s, p) => s + p.lat!, 0) / pool.length;
  const lon = pool.reduce((s, p) => s + p.lon!, 0) / pool.length;
  let best = pool[0]!;
  let bestD = Infinity;
  for (const p of pool) {
    const d = (p.lat! - lat) ** 2 + ((p.lon! - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return { lat: best.lat!, lon: best.lon!, precision: 'postcode' };
}
