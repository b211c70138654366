import { DATE_PRECISIONS, type DatePrecision } from '../../src/domain/changes.js';
import type { ChangeBuilder } from './change-builder.js';
import { DataError, type Row } from './csv.js';
import { parseLooseDate } from './dates.js';
import type { Reference } from './reference.js';
import { urlsOf } from './curation.js';
import type { Gaps } from './gaps.js';
import { DISTRICTS_2002, DISTRICTS_2002_SOURCES, REFORM_SOURCES, REFORM_START, STORTING_2015 } from './timeline.js';

const SPECIAL_AGENCY_KIND: Record<string, 'saerorgan' | 'other-unit' | 'former-saerorgan' | 'svalbard'> = {
  'særorgan': 'saerorgan',
  'other unit under POD': 'other-unit',
  'former særorgan': 'former-saerorgan',
  'Svalbard police authority (not under POD)': 'svalbard',
};

function certaintyOf(r: Row): 'sourced' | 'inferred' {
  const c = r.opt('certainty') ?? 'sourced';
  if (c !== 'sourced' && c !== 'inferred') throw new DataError(r.file, r.line, `certainty "${c}" is not sourced or inferred`);
  return c;
}

const PRECISIONS: readonly DatePrecision[] = DATE_PRECISIONS;
function precisionOf(r: Row, parsed: DatePrecision): DatePrecision {
  const given = r.opt('date_precision');
  if (given === null) return parsed;
  if (!PRECISIONS.includes(given as DatePrecision)) throw new DataError(r.file, r.line, `date_precision "${given}" is not one of ${PRECISIONS.join(', ')}`);
  return given as DatePrecision; // checked just above
}

/**
 * The directorate and the national special agencies (særorgan and other units under POD). `events`
 * (data/curation/special-agency-events.csv) corrects the reference with sourced dates: `established`
 * replaces the founding date (and gives the name it had then), `renamed` dates a later name.
 */
export function compileAgencies(ref: Reference, extraSources: Row[], rolesNb: Row[], events: Row[], b: ChangeBuilder, gaps: Gaps): void {
  const rows = ref.specialAgencies();
  // The reference describes each body's role in English; the register shows the project's Norwegian text.
  const roles = new Map(rolesNb.map((r) => [r.get('id'), r.get('role_nb')]));
  // Rows without their own source_url get the sources ../shared/data/police/SOURCES.md names for them.
  const extra = new Map(extraSources.map((r) => [r.get('id'), urlsOf(r.opt('source_url'))]));
  const urls = (r: Row) => {
    const own = urlsOf(r.opt('source_url'));
    return own.length > 0 ? own : (extra.get(r.get('id')) ?? []);
  };
  const known = new Set(rows.map((r) => r.get('id')));
  const eventsOf = new Map<string, Row[]>();
  for (const e of events) {
    const id = e.get('id');
    if (!known.has(id)) throw new DataError(e.file, e.line, `id "${id}" is not a special agency in the reference`);
    const kind = e.get('event');
    if (kind !== 'established' && kind !== 'renamed') throw new DataError(e.file, e.line, `event "${kind}" is not established or renamed`);
    eventsOf.set(id, [...(eventsOf.get(id) ?? []), e]);
  }
  for (const r of rows) {
    const id = r.get('id');
    const kindText = r.get('kind');
    const corrected = (eventsOf.get(id) ?? []).find((e) => e.get('event') === 'established');
    const renames = (eventsOf.get(id) ?? []).filter((e) => e.get('event') === 'renamed');
    const established = corrected ? corrected.get('date') : r.opt('established');
    if (!established) {
      gaps.add('special-agency', id, `${r.get('name')}: founding date not found in the reference, so it is not in the register`);
      continue;
    }
    const startRow = corrected ?? r;
    const parsedStart = parseLooseDate(established, { file: startRow.file, line: startRow.line, column: corrected ? 'date' : 'established' });
    const start = { date: parsedStart.date, precision: corrected ? precisionOf(corrected, parsedStart.precision) : parsedStart.precision };
    const provenance = corrected
      ? // The reference's note dates the founding too ("year approximate"); the correction's replaces it.
        { sources: [...urlsOf(corrected.opt('source_url')), ...urls(r)], datePrecision: start.precision, certainty: certaintyOf(corrected), note: corrected.opt('note') }
      : { sources: urls(r), datePrecision: start.precision, note: r.opt('note') };
    // The name it had when it began: the correction's, else the reference's (today's) name.
    const firstName = corrected?.opt('name') ?? null;
    if (kindText.startsWith('directorate')) {
      b.establish('directorate', id, start.date, { name: r.get('name'), abbreviation: r.get('abbreviation'), seat: r.get('seat') }, provenance);
      continue;
    }
    const kind = SPECIAL_AGENCY_KIND[kindText];
    if (!kind) throw new DataError(r.file, r.line, `kind "${kindText}" is not one the build knows (${Object.keys(SPECIAL_AGENCY_KIND).join(', ')})`);
    // The Svalbard police authority took its present name on 2021-07-01 (reference note); before that it was Sysselmannen.
    const renamed = id === 'sysselmesteren';
    b.establish(
      'specialAgency',
      id,
      start.date,
      {
        name: renamed ? 'Sysselmannen på Svalbard' : (firstName ?? r.get('name')),
        abbreviation: r.opt('abbreviation'),
        kind,
        seat: r.opt('seat'),
        role: roles.get(id) ?? r.get('role'),
        parentId: kind === 'svalbard' ? null : 'pod',
      },
      provenance,
    );
    if (renamed) b.amend('specialAgency', id, '2021-07-01', { name: r.get('name') }, 'rename', { sources: urls(r) });
    for (const e of renames.sort((x, y) => x.get('date').localeCompare(y.get('date')))) {
      const when = parseLooseDate(e.get('date'), { file: e.file, line: e.line, column: 'date' });
      b.amend('specialAgency', id, when.date, { name: e.get('name') }, 'rename', {
        sources: urlsOf(e.opt('source_url')),
        datePrecision: precisionOf(e, when.precision),
        certainty: certaintyOf(e),
        note: e.opt('note'),
      });
    }
    const end = r.opt('valid_to');
    if (end) {
      const to = parseLooseDate(end, { file: r.file, line: r.line, column: 'valid_to' });
      b.dissolve('specialAgency', id, to.date, [], { sources: urls(r), datePrecision: to.precision, note: r.opt('note') });
    }
  }
}

export interface DistrictInfo {
  id: string;
  name: string;
  seat: string;
}

/**
 * The 27 districts of 2002–2015 and the 12 from 2016-01-01. A district that keeps its id across the
 * reform (Oslo, Agder, Troms) is the same body continuing with a changed area; the others end on
 * 2016-01-01 naming their successors, and the new ones begin that day.
 */
export function compileDistricts(ref: Reference, b: ChangeBuilder): { old: (DistrictInfo & { successors: string[] })[]; current: DistrictInfo[] } {
  const old = ref.districts2002().map((r) => ({ id: r.get('id'), name: r.get('name'), seat: r.get('seat'), successors: r.get('successor').split(';'), note: r.opt('note') }));
  const current = ref.districts().map((r) => ({ id: r.get('id'), name: r.get('name'), seat: r.get('seat'), established: r.get('established'), note: r.opt('note') }));
  if (old.length !== new Set(old.map((d) => d.id)).size) throw new DataError('../shared/data/police/districts_2002_2015.csv', null, 'district ids are not unique');
  const currentIds = new Set(current.map((d) => d.id));

  for (const d of old) {
    b.establish('district', d.id, DISTRICTS_2002, { name: d.name, seat: d.seat, localStructureFrom: null }, { sources: DISTRICTS_2002_SOURCES, note: d.note });
  }
  for (const d of old) {
    if (currentIds.has(d.id)) continue;
    for (const s of d.successors) {
      if (!currentIds.has(s)) throw new DataError('../shared/data/police/districts_2002_2015.csv', null, `successor "${s}" of ${d.id} is not one of the 12 districts`);
    }
    b.dissolve('district', d.id, REFORM_START, d.successors, { decision: STORTING_2015, sources: REFORM_SOURCES });
  }
  for (const d of current) {
    if (d.established !== REFORM_START) throw new DataError('../shared/data/police/districts.csv', null, `${d.id} established ${d.established}, expected ${REFORM_START}`);
    const continuing = old.find((o) => o.id === d.id);
    if (continuing) {
      b.amend('district', d.id, REFORM_START, { name: d.name, seat: d.seat }, 'reform', {
        decision: STORTING_2015,
        sources: REFORM_SOURCES,
        note: `Continues as one of the 12 districts with a new area. ${d.note ?? ''}`.trim(),
      });
    } else {
      b.establish('district', d.id, REFORM_START, { name: d.name, seat: d.seat, localStructureFrom: null }, { decision: STORTING_2015, sources: REFORM_SOURCES, note: d.note });
    }
  }
  return { old, current };
}
