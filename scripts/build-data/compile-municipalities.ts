import type { ChangeBuilder } from './change-builder.js';
import { DataError, type Row } from './csv.js';
import type { RefMunicipality } from './reference.js';
import type { Reference } from './reference.js';
import { urlsOf } from './curation.js';
import { parseLooseDate } from './dates.js';
import { DISTRICTS_2002, MERGERS_2020, MERGERS_2020_DECISION, REFORM_SOURCES, REFORM_START, STORTING_2015 } from './timeline.js';
import type { DatePrecision } from '../../src/domain/changes.js';

/** A dated move of a whole (2024) municipality to another district, from data/curation/municipality-district-moves.csv. */
interface Move {
  date: string;
  precision: DatePrecision;
  districtId: string;
  certainty: 'sourced' | 'inferred';
  sources: string[];
  note: string | null;
}

function readMoves(rows: Row[], localStructureFrom: (districtId: string) => string): Map<string, Move[]> {
  const out = new Map<string, Move[]>();
  for (const r of rows) {
    const number = r.get('municipality_number');
    const districtId = r.get('district_id');
    const dateText = r.get('date');
    // "local-structure": the day the receiving district's final local structure took effect.
    const when = dateText === 'local-structure'
      ? { date: localStructureFrom(districtId), precision: 'approximate' as const }
      : parseLooseDate(dateText, { file: r.file, line: r.line, column: 'date' });
    const certainty = r.get('certainty');
    if (certainty !== 'sourced' && certainty !== 'inferred') throw new DataError(r.file, r.line, `certainty "${certainty}" is not sourced or inferred`);
    const list = out.get(number) ?? [];
    list.push({ date: when.date, precision: (r.opt('date_precision') as DatePrecision | null) ?? when.precision, districtId, certainty, sources: urlsOf(r.opt('source_url')), note: r.opt('note') });
    out.set(number, list.sort((a, b) => a.date.localeCompare(b.date)));
  }
  return out;
}

export interface MunicipalityDistricts {
  /** District id on 2002-01-01 (one of the 27). */
  old: string;
  /** District id on 2016-01-01 (one of the 12). */
  reform: string;
  /** Later dated moves. */
  moves: { date: string; districtId: string }[];
  /** Former municipalities (merged into this one) whose 2002–2015 district differed from the main part's. */
  partDistricts: Map<string, string>;
}

/**
 * The 357 municipalities of 2024 are the register's geographic unit for every date. A 2024
 * municipality whose former parts lay in different districts follows its most populous part; the
 * movement of the other parts is kept as a dated note (a confirm change) in its history.
 */
export function compileMunicipalities(
  ref: Reference,
  municipalities: RefMunicipality[],
  oldDistrictRows: Row[],
  moveRows: Row[],
  localStructureFrom: (districtId: string) => string,
  b: ChangeBuilder,
): Map<string, MunicipalityDistricts> {
  const movesByNumber = readMoves(moveRows, localStructureFrom);
  const memberships = new Map<string, Row>();
  for (const r of ref.districtMunicipalities()) memberships.set(r.get('municipality_number'), r);
  const oldByNumber = new Map<string, Row>();
  for (const r of oldDistrictRows) {
    const n = r.get('municipality_number');
    if (oldByNumber.has(n)) throw new DataError(r.file, r.line, `municipality ${n} is listed twice`);
    oldByNumber.set(n, r);
  }

  const out = new Map<string, MunicipalityDistricts>();
  for (const m of municipalities) {
    const membership = memberships.get(m.number);
    if (!membership) throw new DataError('../shared/data/police/district_municipalities.csv', null, `municipality ${m.number} ${m.name} is missing`);
    const oldRow = oldByNumber.get(m.number);
    if (!oldRow) throw new DataError('data/curation/municipality-districts-2002-2015.csv', null, `municipality ${m.number} ${m.name} is missing`);

    const current = membership.get('district_id');
    const at2016 = membership.opt('district_id_2016');
    const split = at2016 !== null && at2016.includes(';');
    const dated = movesByNumber.get(m.number) ?? [];
    const reformMove = dated.find((x) => x.date === REFORM_START) ?? null;
    const reform = reformMove ? reformMove.districtId : at2016 === null || split ? current : at2016;
    const moves = dated.filter((x) => x.date > REFORM_START);
    const last = moves.at(-1)?.districtId ?? reform;
    if (last !== current) {
      throw new DataError(membership.file, membership.line, `${m.name} ends in ${last} by the recorded moves but is in ${current} now; add its move to data/curation/municipality-district-moves.csv`);
    }

    const old = oldRow.get('district_id');
    const oldNote = oldRow.opt('note');
    const parts = oldRow.opt('parts');
    b.establish(
      'municipality',
      m.number,
      DISTRICTS_2002,
      {
        name: m.name,
        countyNumber: m.countyNumber,
        countyName: m.countyName,
        population: m.population,
        populationDate: m.populationDate,
        areaKm2: m.areaKm2,
        adminCentre: m.adminCentre,
        point: { lat: m.lat, lon: m.lon },
        districtId: old,
        stationDistrictIds: [],
      },
      {
        sources: [...urlsOf(oldRow.opt('source_url')), 'https://www.kartverket.no/ (kommunegrenser 2024, CC BY 4.0)', 'https://www.ssb.no/ (folketall 2024-01-01, CC BY 4.0)'],
        certainty: oldRow.get('certainty') === 'sourced' ? 'sourced' : 'inferred',
        // The register starts with the 27 districts; the municipality is older (or, merged later, is the
        // 2024 area as the geographic base), so its date here is a bound, not when it began.
        datePrecision: 'on-or-before',
        note: [
          `The 2024 municipality, in the register from its first date (${DISTRICTS_2002}); not the day it began. Population as of 2024-01-01 for every date.`,
          parts ? `Former parts and their 2002–2015 districts: ${parts}.` : null,
          oldNote,
        ]
          .filter(Boolean)
          .join(' '),
      },
    );
    if (reform !== old) {
      b.amend('municipality', m.number, REFORM_START, { districtId: reform }, 'reform', {
        decision: STORTING_2015,
        sources: [...REFORM_SOURCES, ...(reformMove?.sources ?? [])],
        certainty: reformMove?.certainty ?? 'sourced',
        note: [reformMove?.note, split ? `Parts lay in ${at2016!.replace(';', ' and ')} on 2016-01-01; the register follows the most populous part.` : null].filter(Boolean).join(' ') || null,
      });
    } else if (split) {
      b.confirm('municipality', m.number, REFORM_START, 'reform', { decision: STORTING_2015, sources: REFORM_SOURCES, note: `Parts lay in ${at2016!.replace(';', ' and ')} on 2016-01-01; the register follows the most populous part.` });
    }
    if (split) {
      b.confirm('municipality', m.number, MERGERS_2020, 'merger-2020', { decision: MERGERS_2020_DECISION, sources: [MERGERS_2020_DECISION.url!], note: membership.opt('note') });
    }
    let before = reform;
    for (const move of moves) {
      if (move.districtId === before) continue;
      b.amend('municipality', m.number, move.date, { districtId: move.districtId }, 'move', {
        decision: move.date === MERGERS_2020 ? MERGERS_2020_DECISION : null,
        sources: move.sources,
        certainty: move.certainty,
        datePrecision: move.precision,
        note: move.note,
      });
      before = move.districtId;
    }
    const partDistricts = new Map<string, string>();
    for (const part of (parts ?? '').split(';').filter(Boolean)) {
      const [name, district] = part.split(':');
      if (!name || !district) throw new DataError(oldRow.file, oldRow.line, `parts entry "${part}" is not "name:district"`);
      if (district !== old) partDistricts.set(name.replace(/\s*\(.*\)$/, ''), district);
    }
    out.set(m.number, { old, reform, moves: moves.map((x) => ({ date: x.date, districtId: x.districtId })), partDistricts });
  }
  return out;
}

/** The district a municipality belongs to on a date, from the compiled timeline. */
export function districtOn(d: MunicipalityDistricts, date: string): string {
  if (date < REFORM_START) return d.old;
  let current = d.reform;
  for (const m of d.moves) if (m.date <= date) current = m.districtId;
  return current;
}
