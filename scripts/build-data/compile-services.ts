import type { DatePrecision, Decision } from '../../src/domain/changes.js';
import { DATE_PRECISIONS } from '../../src/domain/changes.js';
import { serviceId } from '../../src/domain/office-services.js';
import type { ChangeBuilder } from './change-builder.js';
import { DataError, type Row } from './csv.js';
import { urlsOf } from './curation.js';
import { parseLooseDate } from './dates.js';
import { planActiveOn, planChangeDates } from './emit-offices.js';
import type { Gaps } from './gaps.js';
import type { OfficePlan, PlannedStep } from './office-plan.js';
import { OFFICES_KNOWN_FROM } from './timeline.js';

/**
 * The pass- og ID-kontor service (kind `pass-id`) from ../shared/data/police/pass_id_offices.csv:
 * the Ministry's November 2018 decision, one row per office that issued passports then or was to.
 * `data/curation/pass-id-services.csv` adds what the reference lacks, each with its source: the
 * register's id where the reference has none, and dates found per office or district.
 *
 *  - kept / closing: the office issued passports before the decision. Since when is not known, so the
 *    service is in force from the register's first date for offices with the precision
 *    'on-or-before' (shown «fra ukjent dato»), inferred from the 2009 kiosk roll-out (below).
 *  - new: from its own date.
 *  - closing: ends on its date; without one, on the date the decision aimed at (below), approximate.
 *  - a service never outlives its office: if the office closes first, the service ends with it.
 */

const PASS_ID_DECISION: Decision = {
  by: 'Justis- og beredskapsdepartementet',
  date: null,
  reference: '77 pass- og ID-kontorer på fastlandet og ett på Svalbard (kunngjort 23.11.2018)',
  url: 'https://www.politiet.no/aktuelt-tall-og-fakta/aktuelt/nyheter/2018/11/23/nodvendig-a-begrense-antallet-sma-pass--og-id-kontorer/',
};

/** NRK, 23 Nov 2018: "today there are 141 passport offices; by next summer the number is to be 77". */
const NRK_2018 = 'https://www.nrk.no/norge/annethvert-passkontor-skal-legges-ned-1.14308366';
const DEFAULT_END = {
  date: '2019-07-01',
  precision: 'approximate' as const,
  note: "The day this office stopped issuing passports was not found. The decision set the 77 offices for the following summer (NRK, 23 Nov 2018), so the register ends it on 1 July 2019, approximately.",
};

/** Biometric passports: from 1 July 2009 about 190 offices issued passports, down from 375 (Firda, 2009). */
const KIOSKS_2009 = 'https://www.firda.no/nyhende/du-ma-reise-lenger-for-a-fa-pass/s/1-51-4340393';
const BEFORE_NOTE =
  "It issued passports before the Ministry's decision of November 2018 (one of about 141 offices). Since when is not known: the register has it in force from its first date for offices, 2015-01-01, at the latest (inferred: the passport kiosks were placed when biometric passports came in 2009).";

export interface PassIdService {
  officeId: string;
  start: Step;
  end: Step | null;
}

/** A service's start or end: the same dated, sourced step as an office's. */
type Step = PlannedStep;

const STATUSES = ['kept', 'new', 'closing_passport_service'] as const;

/** Our sentence, then the reference row's own note (written for readers of that file) as such. */
function withRefNote(sentence: string, r: Row): string {
  const note = r.opt('note');
  return note ? `${sentence} Reference note: ${note}` : sentence;
}

function precisionOf(r: Row, column: string, fallback: DatePrecision): DatePrecision {
  const given = r.opt(column);
  if (given === null) return fallback;
  if (!(DATE_PRECISIONS as readonly string[]).includes(given)) throw new DataError(r.file, r.line, `${column} "${given}" is not one of ${DATE_PRECISIONS.join(', ')}`);
  return given as DatePrecision; // checked just above
}

function certaintyOf(r: Row): 'sourced' | 'inferred' {
  const c = r.opt('certainty') ?? 'sourced';
  if (c !== 'sourced' && c !== 'inferred') throw new DataError(r.file, r.line, `certainty "${c}" is not sourced or inferred`);
  return c;
}

/** The first date after `from` (and before `to`) on which the office's plan has it closed. */
function officeClosesBetween(plan: OfficePlan, from: string, to: string | null): string | null {
  for (const d of [...new Set(planChangeDates(plan))].sort()) {
    if (d <= from || (to !== null && d >= to)) continue;
    if (!planActiveOn(plan, d)) return d;
  }
  return null;
}

export function planPassIdServices(refRows: Row[], curation: Row[], plans: ReadonlyMap<string, OfficePlan>, gaps: Gaps): PassIdService[] {
  const overrides = new Map<string, Row>();
  for (const r of curation) {
    const name = r.get('published_name');
    if (overrides.has(name)) throw new DataError(r.file, r.line, `published_name "${name}" is given twice`);
    overrides.set(name, r);
  }
  const used = new Set<string>();
  const out: PassIdService[] = [];
  const seen = new Map<string, Row>();

  for (const r of refRows) {
    const name = r.get('office_name_as_published');
    const status = r.get('status') as (typeof STATUSES)[number];
    if (!STATUSES.includes(status)) throw new DataError(r.file, r.line, `status "${status}" is not one of ${STATUSES.join(', ')}`);
    const o = overrides.get(name) ?? null;
    if (o) used.add(name);
    const officeId = o?.opt('office_id') ?? r.opt('project_office_id');
    if (!officeId) {
      gaps.add('pass-id', name, r.get('district') === 'svalbard'
        ? 'the Svalbard pass- og ID-kontor of the 2018 decision is at Sysselmesteren, which the register holds as an authority, not as an office; it is not in the pass-id counts'
        : `${name} (${r.get('district')}): ${status === 'kept' ? 'kept' : status === 'new' ? 'new' : 'closing'} in the 2018 decision, but no office in the register matches it (${r.opt('note') ?? 'no note'})`);
      continue;
    }
    const plan = plans.get(officeId);
    if (!plan) throw new DataError((o ?? r).file, (o ?? r).line, `office "${officeId}" of "${name}" is not in the register`);
    const twice = seen.get(officeId);
    if (twice) throw new DataError(r.file, r.line, `office "${officeId}" is already the passport office of row ${twice.line}`);
    seen.set(officeId, r);

    const refSources = urlsOf(r.opt('source_url'));
    const ownSources = urlsOf(o?.opt('source_url') ?? null);
    const refDate = r.opt('effective_date');
    const parsedRefDate = refDate && /^\d{4}(-\d{2}){0,2}$/.test(refDate) ? parseLooseDate(refDate, { file: r.file, line: r.line, column: 'effective_date' }) : null;
    if (refDate && !parsedRefDate && !o) throw new DataError(r.file, r.line, `effective_date "${refDate}" of ${name} is not a date; give its dating in data/curation/pass-id-services.csv`);

    // The start.
    let start: Step;
    const startText = o?.opt('start_date') ?? null;
    if (startText) {
      const when = parseLooseDate(startText, { file: o!.file, line: o!.line, column: 'start_date' });
      start = { date: when.date, precision: precisionOf(o!, 'start_precision', when.precision), decision: status === 'new' ? PASS_ID_DECISION : null, sources: [...ownSources, ...refSources], certainty: certaintyOf(o!), note: o!.opt('note') };
    } else if (status === 'new') {
      if (!parsedRefDate) throw new DataError(r.file, r.line, `${name} is new in the 2018 decision but has no date; give start_date in data/curation/pass-id-services.csv`);
      start = { date: parsedRefDate.date, precision: parsedRefDate.precision, decision: PASS_ID_DECISION, sources: refSources, certainty: 'sourced', note: withRefNote('Became a pass- og ID-kontor under the decision of November 2018.', r) };
    } else {
      if (plan.start.date !== OFFICES_KNOWN_FROM) {
        throw new DataError(r.file, r.line, `${officeId} opened on ${plan.start.date}, after the register's first date for offices, so its passport service cannot be dated from it; give start_date in data/curation/pass-id-services.csv`);
      }
      start = { date: OFFICES_KNOWN_FROM, precision: 'on-or-before', decision: null, sources: [...refSources, KIOSKS_2009], certainty: 'inferred', note: BEFORE_NOTE };
    }
    if (!planActiveOn(plan, start.date)) throw new DataError(r.file, r.line, `${officeId} is not open on ${start.date}, when its passport service would begin`);

    // The end.
    let end: Step | null = null;
    const endText = o?.opt('end_date') ?? null;
    if (status === 'closing_passport_service') {
      if (endText) {
        const when = parseLooseDate(endText, { file: o!.file, line: o!.line, column: 'end_date' });
        end = { date: when.date, precision: precisionOf(o!, 'end_precision', when.precision), decision: PASS_ID_DECISION, sources: [...ownSources, ...refSources], certainty: certaintyOf(o!), note: o!.opt('note') };
      } else if (parsedRefDate) {
        end = { date: parsedRefDate.date, precision: parsedRefDate.precision, decision: PASS_ID_DECISION, sources: refSources, certainty: 'sourced', note: withRefNote('Stopped issuing passports under the decision of November 2018.', r) };
      } else {
        if (refDate) throw new DataError(r.file, r.line, `effective_date "${refDate}" of ${name} is not a date and the curation gives no end_date`);
        end = { ...DEFAULT_END, decision: PASS_ID_DECISION, sources: [...refSources, NRK_2018], certainty: 'inferred' };
      }
    } else if (endText) {
      throw new DataError(o!.file, o!.line, `${name} is ${status} in the 2018 decision; an end_date would contradict it`);
    }

    // A service never outlives its office.
    const closes = officeClosesBetween(plan, start.date, end?.date ?? null);
    if (closes) {
      end = { date: closes, precision: 'day', decision: null, sources: [], certainty: 'inferred', note: 'Ended with its office.' };
    }
    out.push({ officeId, start, end });
  }
  for (const name of overrides.keys()) {
    if (!used.has(name)) {
      const o = overrides.get(name)!;
      throw new DataError(o.file, o.line, `published_name "${name}" matches no row of ../shared/data/police/pass_id_offices.csv`);
    }
  }
  return out;
}

/** Emits each service as an establish change and, when it ended, a dissolve change. */
export function emitPassIdServices(services: PassIdService[], b: ChangeBuilder): void {
  for (const s of services) {
    const id = serviceId(s.officeId, 'pass-id');
    const prov = (step: Step) => ({ decision: step.decision, sources: step.sources, certainty: step.certainty, datePrecision: step.precision, note: step.note });
    b.establish('officeService', id, s.start.date, { officeId: s.officeId, kind: 'pass-id', note: null, season: null }, prov(s.start));
    if (s.end) b.dissolve('officeService', id, s.end.date, [], prov(s.end));
  }
}
