import type { DatePrecision } from '../../src/domain/changes.js';
import { STATION_DISTRICT_KINDS, type StationDistrictKind } from '../../src/domain/entities.js';
import type { ChangeBuilder } from './change-builder.js';
import { DataError, type Row } from './csv.js';
import { urlsOf, type Curation } from './curation.js';
import { parseLooseDate } from './dates.js';
import type { Gaps } from './gaps.js';
import { LOCAL_STRUCTURE_ALL_BY, POD_2017 } from './timeline.js';

export interface DatedFact {
  date: string;
  precision: DatePrecision;
  sources: string[];
  certainty: 'sourced' | 'inferred';
  note: string | null;
}

interface StationDistrictPlan {
  id: string;
  name: string;
  kind: StationDistrictKind;
  districtId: string;
  gdeId: string | null;
  headOfficeId: string | null;
  from: DatedFact;
  to: DatedFact | null;
}

interface GdePlan {
  id: string;
  /** Names of the station districts (tjenesteenheter) a source lists under it. */
  serviceUnits: string[];
  districtId: string;
  name: string;
  nameStatus: 'official' | 'reported' | 'descriptive';
  seat: string | null;
  from: DatedFact;
  to: DatedFact | null;
}

interface MembershipPeriod {
  stationDistrictId: string;
  from: string | null;
  to: string | null;
  fact: DatedFact;
}

export interface LocalStructure {
  localStructureFrom: Map<string, DatedFact>;
  gdes: GdePlan[];
  stationDistricts: Map<string, StationDistrictPlan>;
  memberships: Map<string, MembershipPeriod[]>;
}

function certainty(r: Row): 'sourced' | 'inferred' {
  const c = r.opt('certainty') ?? 'sourced';
  if (c !== 'sourced' && c !== 'inferred') throw new DataError(r.file, r.line, `certainty "${c}" is not sourced or inferred`);
  return c;
}

/** Reads "2018-03-01", "2018-03", "2017", or the reference's "2020/2021" (dated to the later year, approximate). */
function looseOrSpan(text: string, r: Row, column: string): { date: string; precision: DatePrecision } {
  const span = /^(\d{4})\/(\d{4})$/.exec(text);
  if (span) return { date: `${span[2]}-01-01`, precision: 'approximate' };
  return parseLooseDate(text, { file: r.file, line: r.line, column });
}

export function planLocalStructure(curation: Curation, districtIds: string[], refGde: Row[], gaps: Gaps): LocalStructure {
  const localStructureFrom = new Map<string, DatedFact>();
  for (const r of curation.districtLocalStructure()) {
    const id = r.get('district_id');
    if (!districtIds.includes(id)) throw new DataError(r.file, r.line, `district_id "${id}" is not one of the 12 districts`);
    const text = r.opt('local_structure_from');
    if (!text) continue;
    const when = parseLooseDate(text, { file: r.file, line: r.line, column: 'local_structure_from' });
    localStructureFrom.set(id, { ...when, sources: urlsOf(r.opt('source_url')), certainty: certainty(r), note: r.opt('note') });
  }
  for (const id of districtIds) {
    if (!localStructureFrom.has(id)) {
      gaps.add('district', id, `the date the final local structure took effect was not found; the register uses ${LOCAL_STRUCTURE_ALL_BY}, when all 12 districts had it`);
      localStructureFrom.set(id, {
        date: LOCAL_STRUCTURE_ALL_BY,
        precision: 'approximate',
        sources: ['https://www.politiet.no/aktuelt-tall-og-fakta/aktuelt/nyheter/2018/04/05/tre-distrikter/'],
        certainty: 'inferred',
        note: 'Date not found for this district; by 2018-06-01 all 12 districts had their new local organisation.',
      });
    }
  }
  const lsf = (districtId: string, r: Row) => {
    const f = localStructureFrom.get(districtId);
    if (!f) throw new DataError(r.file, r.line, `district_id "${districtId}" is not one of the 12 districts`);
    return f;
  };

  const gdeRows = curation.gde().length > 0 ? curation.gde() : refGde;
  const gdes: GdePlan[] = gdeRows.map((r) => {
    const districtId = r.get('district_id');
    const base = lsf(districtId, r);
    const fromText = r.opt('valid_from');
    const toText = r.opt('valid_to');
    const status = r.get('name_status');
    if (status !== 'official' && status !== 'reported' && status !== 'descriptive') throw new DataError(r.file, r.line, `name_status "${status}" is not official, reported or descriptive`);
    const sources = urlsOf(r.opt('source_urls'));
    return {
      id: r.get('id'),
      serviceUnits: (r.opt('service_units') ?? '').split(';').map((x) => x.trim()).filter(Boolean),
      districtId,
      name: r.get('name'),
      nameStatus: status,
      seat: r.opt('admin_seat'),
      from: fromText
        ? { ...looseOrSpan(fromText, r, 'valid_from'), sources, certainty: 'sourced', note: r.opt('note') }
        : { date: base.date, precision: 'approximate', sources, certainty: 'inferred', note: `Start date not found; dated to the district's final local structure. ${r.opt('note') ?? ''}`.trim() },
      to: toText ? { ...looseOrSpan(toText, r, 'valid_to'), sources, certainty: 'sourced', note: r.opt('note') } : null,
    };
  });

  const sdRows = curation.stationDistricts();
  if (sdRows.length === 0) throw new DataError('data/curation/station-districts.csv', null, 'is missing or empty: the station districts of the final structure come from it');
  const stationDistricts = new Map<string, StationDistrictPlan>();
  for (const r of sdRows) {
    const id = r.get('id');
    if (stationDistricts.has(id)) throw new DataError(r.file, r.line, `station district ${id} is listed twice`);
    const kind = r.get('kind');
    if (!(STATION_DISTRICT_KINDS as readonly string[]).includes(kind)) throw new DataError(r.file, r.line, `kind "${kind}" is not ${STATION_DISTRICT_KINDS.join(' or ')}`);
    const districtId = r.get('district_id');
    const base = lsf(districtId, r);
    const sources = urlsOf(r.opt('source_url'));
    const fromText = r.opt('valid_from');
    const toText = r.opt('valid_to');
    const plan: StationDistrictPlan = {
      id,
      name: r.get('name'),
      kind: kind as StationDistrictKind, // checked above
      districtId,
      gdeId: r.opt('gde_id'),
      headOfficeId: r.opt('head_office_id'),
      from: fromText
        ? { ...parseLooseDate(fromText, { file: r.file, line: r.line, column: 'valid_from' }), sources, certainty: certainty(r), note: r.opt('note') }
        : { date: base.date, precision: base.precision, sources: [...sources, ...base.sources], certainty: certainty(r), note: r.opt('note') },
      to: toText ? { ...parseLooseDate(toText, { file: r.file, line: r.line, column: 'valid_to' }), sources, certainty: certainty(r), note: r.opt('note') } : null,
    };
    if (plan.to && plan.to.date <= plan.from.date) {
      // A pre-reform unit that ended when the final structure began: the register does not model pre-reform units.
      gaps.add('station-district', id, `${plan.name} ended (${plan.to.date}) no later than its district's final local structure began (${plan.from.date}); as a pre-reform unit it is not in the register`);
      continue;
    }
    stationDistricts.set(id, plan);
  }

  const memberships = new Map<string, MembershipPeriod[]>();
  for (const r of curation.municipalityStationDistricts()) {
    const number = r.get('municipality_number');
    const sdId = r.get('station_district_id');
    const sd = stationDistricts.get(sdId);
    if (!sd && sdRows.some((x) => x.get('id') === sdId)) continue; // a pre-reform unit left out above
    if (!sd) throw new DataError(r.file, r.line, `station_district_id "${sdId}" is not in station-districts.csv`);
    const from = r.opt('valid_from');
    const to = r.opt('valid_to');
    for (const [text, column] of [[from, 'valid_from'], [to, 'valid_to']] as const) {
      if (text) parseLooseDate(text, { file: r.file, line: r.line, column });
    }
    const list = memberships.get(number) ?? [];
    list.push({
      stationDistrictId: sdId,
      from: from ? parseLooseDate(from, { file: r.file, line: r.line, column: 'valid_from' }).date : null,
      to: to ? parseLooseDate(to, { file: r.file, line: r.line, column: 'valid_to' }).date : null,
      fact: { date: from ?? sd.from.date, precision: 'day', sources: urlsOf(r.opt('source_url')), certainty: certainty(r), note: r.opt('note') },
    });
    memberships.set(number, list);
  }
  return { localStructureFrom, gdes, stationDistricts, memberships };
}

/** The station districts (of its district on that date) a municipality belongs to on a date. */
export function stationDistrictsOn(ls: LocalStructure, municipality: string, districtId: string, date: string): string[] {
  const out: string[] = [];
  for (const p of ls.memberships.get(municipality) ?? []) {
    const sd = ls.stationDistricts.get(p.stationDistrictId)!;
    const from = p.from ?? sd.from.date;
    const to = p.to ?? sd.to?.date ?? null;
    if (from <= date && (to === null || date < to) && sd.districtId === districtId) out.push(p.stationDistrictId);
  }
  return out.sort();
}

/** Every date on which some municipality's station districts may change. */
export function membershipDates(ls: LocalStructure): string[] {
  const dates = new Set<string>();
  for (const f of ls.localStructureFrom.values()) dates.add(f.date);
  for (const list of ls.memberships.values()) for (const p of list) {
    if (p.from) dates.add(p.from);
    if (p.to) dates.add(p.to);
  }
  for (const sd of ls.stationDistricts.values()) {
    dates.add(sd.from.date);
    if (sd.to) dates.add(sd.to.date);
  }
  return [...dates].sort();
}

/** Emits the GDEs, station districts and districts' local-structure dates. Memberships are emitted with municipalities. */
export function emitLocalStructure(
  ls: LocalStructure,
  b: ChangeBuilder,
  office: { isActive: (id: string, date: string) => boolean; changeDates: (id: string) => string[] },
  gaps: Gaps,
): void {
  for (const [districtId, f] of ls.localStructureFrom) {
    b.amend('district', districtId, f.date, { localStructureFrom: f.date }, 'local-structure', { decision: POD_2017, sources: f.sources, certainty: f.certainty, datePrecision: f.precision, note: f.note });
  }
  for (const g of ls.gdes) {
    b.establish('operatingUnit', g.id, g.from.date, { name: g.name, kind: 'geographic', districtId: g.districtId, seat: g.seat, functionId: null, nameStatus: g.nameStatus }, { sources: g.from.sources, certainty: g.from.certainty, datePrecision: g.from.precision, note: g.from.note });
    if (g.to) b.dissolve('operatingUnit', g.id, g.to.date, [], { sources: g.to.sources, datePrecision: g.to.precision, note: g.to.note });
  }
  for (const sd of ls.stationDistricts.values()) {
    const end = sd.to?.date ?? null;
    const inLife = (d: string) => d >= sd.from.date && (end === null || d < end);
    const unitOn = (date: string) => operatingUnitOn(ls, sd, date);
    const headOn = (date: string) => (sd.headOfficeId && office.isActive(sd.headOfficeId, date) ? sd.headOfficeId : null);
    if (sd.headOfficeId && !office.isActive(sd.headOfficeId, sd.from.date)) {
      gaps.add('station-district', sd.id, `head office ${sd.headOfficeId} is not open on ${sd.from.date}, when the unit starts`);
    }
    let unit = unitOn(sd.from.date);
    let head = headOn(sd.from.date);
    b.establish('stationDistrict', sd.id, sd.from.date, { name: sd.name, kind: sd.kind, districtId: sd.districtId, operatingUnitId: unit, headOfficeId: head }, {
      decision: POD_2017,
      sources: sd.from.sources,
      certainty: sd.from.certainty,
      datePrecision: sd.from.precision,
      note: sd.from.note,
    });
    // Later dates on which its operating unit or the opening of its head office can change.
    const dates = new Set<string>();
    for (const g of ls.gdes) {
      if (g.districtId !== sd.districtId) continue;
      dates.add(g.from.date);
      if (g.to) dates.add(g.to.date);
    }
    if (sd.headOfficeId) for (const d of office.changeDates(sd.headOfficeId)) dates.add(d);
    for (const date of [...dates].sort()) {
      if (date <= sd.from.date || !inLife(date)) continue;
      const nextUnit = unitOn(date);
      const nextHead = headOn(date);
      if (nextUnit !== unit) {
        b.amend('stationDistrict', sd.id, date, { operatingUnitId: nextUnit }, 'operating-unit', { sources: ls.gdes.find((g) => g.id === (nextUnit ?? unit))?.from.sources ?? [], certainty: 'inferred', note: 'Follows the reorganisation of the geographic operating units.' });
        unit = nextUnit;
      }
      if (nextHead !== head) {
        b.amend('stationDistrict', sd.id, date, { headOfficeId: nextHead }, 'head-office', { sources: [], certainty: 'inferred', note: nextHead ? 'Its head office opened.' : 'Its head office closed.' });
        head = nextHead;
      }
    }
    if (sd.to) b.dissolve('stationDistrict', sd.id, sd.to.date, [], { sources: sd.to.sources, datePrecision: sd.to.precision, certainty: sd.to.certainty, note: sd.to.note });
  }
}

/**
 * The geographic operating unit a station district belongs to on a date: a unit in force that lists
 * it among its service units (by name), else the unit the station-district row names, if in force.
 */
function operatingUnitOn(ls: LocalStructure, sd: StationDistrictPlan, date: string): string | null {
  const active = (g: GdePlan) => g.districtId === sd.districtId && g.from.date <= date && (g.to === null || date < g.to.date);
  const listing = ls.gdes.filter((g) => active(g) && g.serviceUnits.includes(sd.name));
  if (listing.length === 1) return listing[0]!.id;
  const named = ls.gdes.find((g) => g.id === sd.gdeId);
  return named && active(named) ? named.id : null;
}
