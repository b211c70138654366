import type { Decision } from '../../src/domain/changes.js';
import { OFFICE_KINDS, type OfficeKind, type Position, type PositionPrecision, type Season } from '../../src/domain/entities.js';
import { DataError, type Row } from './csv.js';
import { urlsOf, type Curation } from './curation.js';
import { parseLooseDate } from './dates.js';
import type { Gaps } from './gaps.js';
import type { MunicipalityResolver } from './municipality-resolver.js';
import type { OfficeEventKind, OfficePlan, PlannedEvent, PlannedStep } from './office-plan.js';
import type { RefMunicipality, RefOffice, RefPostcode } from './reference.js';
import { JD_2017, JD_2017_SOURCES, OFFICES_KNOWN_FROM, POD_2017, POD_2017_SOURCES } from './timeline.js';

/**
 * The office list begins with the structure before the reform, on OFFICES_KNOWN_FROM, and says nothing
 * of when each office opened: that date is a bound ('on-or-before'), never shown as a founding day.
 */
const BEFORE_THE_OFFICE_LIST = `In operation before the reform. The register's office list starts on ${OFFICES_KNOWN_FROM} and does not say since when, so the office is in force from that date at the latest; its start is unknown.`;

/** Offices whose POD closure of 2017-01-13 was reversed on appeal, with who reversed it (reference notes). */
const REVERSED: Record<string, Decision> = {
  'hemnes-lensmannskontor': JD_2017,
  'stranda-og-norddal-lensmannskontor': JD_2017,
  'aurland-lensmannskontor': JD_2017,
  'ardal-lensmannskontor': { by: 'Politidirektoratet', date: null, reference: 'Klagebehandling, mars 2017', url: null },
};

function officeKind(value: string, where: Row, column: string): OfficeKind {
  if (!(OFFICE_KINDS as readonly string[]).includes(value)) {
    throw new DataError(where.file, where.line, `${column} "${value}" is not an office kind (${OFFICE_KINDS.join(', ')})`);
  }
  return value as OfficeKind; // checked against the list just above
}

function certaintyOf(row: Row): 'sourced' | 'inferred' {
  const c = row.opt('certainty');
  if (c === null || c === 'sourced') return 'sourced';
  if (c === 'inferred') return 'inferred';
  throw new DataError(row.file, row.line, `certainty "${c}" is not sourced or inferred`);
}

interface Context {
  curation: Curation;
  gaps: Gaps;
  resolver: MunicipalityResolver;
  municipalities: Map<string, RefMunicipality>;
  postcodes: Map<string, RefPostcode>;
  /** Date each district's final local structure took effect (for closures and openings without their own date). */
  localStructureFrom: (districtId: string) => { date: string; precision: PlannedStep['precision'] };
}

function postcodePosition(ctx: Context, postcode: string, where: Row): Position | null {
  const p = ctx.postcodes.get(postcode);
  if (!p) throw new DataError(where.file, where.line, `postcode ${postcode} is not in the postcode register`);
  return p.lat === null || p.lon === null ? null : { lat: p.lat, lon: p.lon, precision: 'postcode' };
}

/** Builds one plan per office from the reference rows, then applies the curation overlays. */
export function planOffices(refOffices: RefOffice[], ctx: Context): OfficePlan[] {
  const plans = new Map<string, OfficePlan>();
  const file = '../shared/data/police/service_locations.csv';
  // Corrections of the municipality come first: they settle offices the name and point cannot place.
  const municipalityFix = new Map<string, string>();
  for (const r of ctx.curation.officeCorrections()) if (r.get('field') === 'municipality_number') municipalityFix.set(r.get('office_id'), r.get('value'));

  for (const o of refOffices) {
    if (plans.has(o.id)) throw new DataError(file, o.line, `office id ${o.id} is used twice`);
    const where = { file, line: o.line, get: () => '', opt: () => null } as unknown as Row; // only file/line are read
    const fixed = municipalityFix.get(o.id);
    const municipality = fixed ? { number: fixed, how: 'correction' } : ctx.resolver.resolve(o.municipalityName, o.lat, o.lon);
    if (!municipality) throw new DataError(file, o.line, `municipality "${o.municipalityName}" of ${o.id} matches no 2024 municipality by name or postcode point`);
    const m = ctx.municipalities.get(municipality.number);
    if (!m) throw new DataError(file, o.line, `municipality ${municipality.number} of ${o.id} is not a 2024 municipality`);
    const position: Position =
      o.lat !== null && o.lon !== null
        ? { lat: o.lat, lon: o.lon, precision: (o.positionPrecision ?? 'town') as PositionPrecision }
        : { lat: m.lat, lon: m.lon, precision: 'municipality' };
    plans.set(o.id, {
      id: o.id,
      name: o.name,
      kind: officeKind(o.kind, where, 'kind'),
      municipalityNumber: municipality.number,
      formerMunicipality: m.name.split(' - ').includes(o.municipalityName.replace(/\s*\(.*\)$/, '')) ? null : o.municipalityName,
      address: o.address,
      postcode: o.postcode,
      position,
      sourceDistrictId: o.districtId,
      start: { date: OFFICES_KNOWN_FROM, precision: 'on-or-before', decision: null, sources: urlsOf(o.sourceUrl), certainty: 'sourced', note: BEFORE_THE_OFFICE_LIST },
      kept: null,
      end: null,
      kindAfter2017: null,
      stationDistrictId: null,
      season: null,
      events: [],
    });
    applyDecision2017(plans.get(o.id)!, o.decision2017, o.effectiveDate, urlsOf(o.sourceUrl), o.note, where, ctx);
  }

  for (const r of ctx.curation.officesAdded()) addCuratedOffice(plans, r, ctx);
  for (const r of ctx.curation.officeCorrections()) applyCorrection(plans, r, ctx);
  applyAddresses(plans, ctx);
  for (const r of ctx.curation.officeEvents()) applyEvent(plans, r, ctx);

  const result: OfficePlan[] = [];
  for (const plan of plans.values()) {
    if ((plan as OfficePlan & { skip?: string }).skip) {
      ctx.gaps.add('office', plan.id, (plan as OfficePlan & { skip?: string }).skip!);
      continue;
    }
    result.push(plan);
  }
  return result;
}

function applyDecision2017(plan: OfficePlan, decision: string | null, effective: string | null, sources: string[], note: string | null, where: Row, ctx: Context): void {
  const local = () => ctx.localStructureFrom(plan.sourceDistrictId);
  const dated = (text: string | null, column: string) => {
    if (text) return parseLooseDate(text, { file: where.file, line: where.line, column });
    const l = local();
    return { date: l.date, precision: 'approximate' as const };
  };
  plan.end = null;
  plan.kept = null;
  (plan as OfficePlan & { skip?: string }).skip = undefined;
  if (decision === null) {
    (plan as OfficePlan & { skip?: string }).skip = `${plan.name}: no 2017 decision found for it${note ? ` (${note})` : ''}; left out of the register until its status is known`;
    return;
  }
  if (decision === 'kept') {
    const reversal = REVERSED[plan.id];
    plan.kept = reversal
      ? { date: reversal.date ?? '2017-03-31', precision: reversal.date ? 'day' : 'month', decision: reversal, sources: [...sources, ...JD_2017_SOURCES], certainty: 'sourced', note: `POD decided on 2017-01-13 to close it; the decision was reversed on appeal. ${note ?? ''}`.trim() }
      : { date: POD_2017.date!, precision: 'day', decision: POD_2017, sources: [...sources, ...POD_2017_SOURCES], certainty: 'sourced', note: note && /inferred|INFERRED/.test(note) ? note : null };
    if (note && /INFERRED|inferred/.test(note)) plan.kept.certainty = 'inferred';
    return;
  }
  if (decision === 'closed' || decision.startsWith('merged_into:')) {
    const successor = decision.startsWith('merged_into:') ? decision.slice('merged_into:'.length) : null;
    const when = dated(effective, 'effective_date');
    plan.end = {
      ...when,
      decision: POD_2017,
      sources: [...sources, ...POD_2017_SOURCES],
      certainty: note && /INFERRED|inferred/.test(note) ? 'inferred' : 'sourced',
      note: [effective ? null : "Closing day not found; dated to the start of the district's final local structure.", note].filter(Boolean).join(' ') || null,
      successorIds: successor ? [successor] : [],
    };
    return;
  }
  if (decision === 'new') {
    const when = dated(effective, 'effective_date');
    plan.start = {
      ...when,
      decision: POD_2017,
      sources: [...sources, ...POD_2017_SOURCES],
      certainty: note && /INFERRED|inferred/.test(note) ? 'inferred' : 'sourced',
      note: [effective ? null : "Opening day not found; dated to the start of the district's final local structure.", note].filter(Boolean).join(' ') || null,
    };
    return;
  }
  throw new DataError(where.file, where.line, `decision_2017 "${decision}" is not kept, closed, merged_into:<id> or new`);
}

function addCuratedOffice(plans: Map<string, OfficePlan>, r: Row, ctx: Context): void {
  const id = r.get('id');
  if (plans.has(id)) throw new DataError(r.file, r.line, `office ${id} already exists in the reference; correct it in office-corrections.csv instead`);
  const number = r.get('municipality_number');
  if (number === '') {
    ctx.gaps.add('office', id, `${r.get('name')}: the municipality it lay in is not known (${r.file}, row ${r.line}), so it is not in the register`);
    return;
  }
  const m = ctx.municipalities.get(number);
  if (!m) throw new DataError(r.file, r.line, `municipality_number "${number}" is not a 2024 municipality`);
  const postcode = r.opt('postcode');
  // town_postcode: the office's town is known but not its address; place it on that postcode's
  // point as the reference does its town points, without claiming the postcode as its own.
  const town = r.opt('town_postcode');
  const townPosition = town ? postcodePosition(ctx, town, r) : null;
  if (town && townPosition && ctx.postcodes.get(town)?.municipalityNumber !== number) {
    throw new DataError(r.file, r.line, `town_postcode ${town} lies in municipality ${ctx.postcodes.get(town)?.municipalityNumber}, not in ${number}`);
  }
  const position =
    (postcode && postcodePosition(ctx, postcode, r)) ||
    (townPosition && { ...townPosition, precision: 'town' as const }) || { lat: m.lat, lon: m.lon, precision: 'municipality' as const };
  const sources = urlsOf(r.opt('source_url'));
  const plan: OfficePlan = {
    id,
    name: r.get('name'),
    kind: officeKind(r.get('kind'), r, 'kind'),
    municipalityNumber: number,
    formerMunicipality: null,
    address: r.opt('address'),
    postcode,
    position,
    sourceDistrictId: r.get('district_id'),
    start: { date: OFFICES_KNOWN_FROM, precision: 'on-or-before', decision: null, sources, certainty: certaintyOf(r), note: BEFORE_THE_OFFICE_LIST },
    kept: null,
    end: null,
    kindAfter2017: null,
    stationDistrictId: r.opt('station_district_id'),
    season: null,
    events: [],
  };
  plans.set(id, plan);
  applyDecision2017(plan, r.opt('decision_2017'), r.opt('effective_date'), sources, r.opt('note'), r, ctx);
  if (certaintyOf(r) === 'inferred') {
    if (plan.kept) plan.kept.certainty = 'inferred';
    if (plan.end) plan.end.certainty = 'inferred';
    plan.start.certainty = 'inferred';
  }
}

function applyCorrection(plans: Map<string, OfficePlan>, r: Row, ctx: Context): void {
  const id = r.get('office_id');
  const plan = plans.get(id);
  if (!plan) throw new DataError(r.file, r.line, `office_id "${id}" is not a known office`);
  const field = r.get('field');
  const value = r.get('value');
  const sources = urlsOf(r.opt('source_url'));
  const note = r.opt('note');
  switch (field) {
    case 'name':
      plan.name = value;
      return;
    case 'kind': {
      // A kind correction describes the office in the final 2017 structure (the reference mostly gives the 2017 name).
      const kind = officeKind(value, r, 'value');
      if (kind !== plan.kind) {
        const l = ctx.localStructureFrom(plan.sourceDistrictId);
        plan.kindAfter2017 = { date: l.date, precision: 'approximate', decision: POD_2017, sources, certainty: certaintyOf(r), note, kind };
      }
      return;
    }
    case 'decision_2017': {
      const effective = plan.end && plan.end.precision !== 'approximate' ? plan.end.date : null;
      applyDecision2017(plan, value || null, effective, sources, note, r, ctx);
      return;
    }
    case 'effective_date': {
      const when = parseLooseDate(value, { file: r.file, line: r.line, column: 'value' });
      if (plan.end) Object.assign(plan.end, when, { note: note ?? plan.end.note, sources: [...plan.end.sources, ...sources] });
      else if (plan.start.decision === POD_2017) Object.assign(plan.start, when, { note: note ?? plan.start.note, sources: [...plan.start.sources, ...sources] });
      else throw new DataError(r.file, r.line, `effective_date of ${id}: the office neither closed nor opened in the 2017 decisions`);
      return;
    }
    case 'decision_date':
      return; // The 2017 decisions carry their own dates (POD 2017-01-13, JD 2017-05-24).
    case 'municipality_number': {
      if (!ctx.municipalities.has(value)) throw new DataError(r.file, r.line, `value "${value}" is not a 2024 municipality number`);
      plan.municipalityNumber = value;
      return;
    }
    case 'station_district_id':
      plan.stationDistrictId = value || null;
      return;
    case 'address':
      plan.address = value || null;
      return;
    case 'postcode': {
      plan.postcode = value || null;
      if (value) {
        const p = postcodePosition(ctx, value, r);
        if (p && plan.position.precision !== 'address') plan.position = p;
      }
      return;
    }
    case 'district_id':
      plan.sourceDistrictId = value;
      return;
    default:
      throw new DataError(r.file, r.line, `field "${field}" cannot be corrected (name, kind, decision_2017, effective_date, municipality_number, station_district_id, address, postcode, district_id)`);
  }
}

function applyAddresses(plans: Map<string, OfficePlan>, ctx: Context): void {
  const rows = ctx.curation.officeAddresses();
  const byOffice = new Map<string, Row[]>();
  for (const r of rows) {
    const id = r.get('office_id');
    if (!plans.has(id)) throw new DataError(r.file, r.line, `office_id "${id}" is not a known office`);
    byOffice.set(id, [...(byOffice.get(id) ?? []), r]);
  }
  for (const [id, list] of byOffice) {
    const plan = plans.get(id)!;
    list.sort((a, b) => (a.opt('valid_from') ?? '').localeCompare(b.opt('valid_from') ?? ''));
    list.forEach((r, i) => {
      const lat = r.opt('lat');
      const lon = r.opt('lon');
      const postcode = r.opt('postcode');
      let position: Position | null = null;
      if (lat !== null && lon !== null) {
        const p = { lat: Number(lat), lon: Number(lon) };
        if (!(p.lat > 57 && p.lat < 72 && p.lon > 4 && p.lon < 32)) throw new DataError(r.file, r.line, `lat/lon ${lat},${lon} is not in Norway`);
        position = { ...p, precision: 'address' };
      } else if (postcode) {
        position = postcodePosition(ctx, postcode, r);
      }
      const validFrom = r.opt('valid_from');
      if (i === 0 && (validFrom === null || validFrom <= plan.start.date)) {
        plan.address = r.opt('address');
        plan.postcode = postcode;
        if (position) plan.position = position;
        plan.start.sources = [...plan.start.sources, ...urlsOf(r.opt('source_url'))];
      } else {
        if (validFrom === null) throw new DataError(r.file, r.line, `a second address for ${id} needs valid_from`);
        const when = parseLooseDate(validFrom, { file: r.file, line: r.line, column: 'valid_from' });
        plan.events.push({
          event: 'moved',
          ...when,
          decision: null,
          sources: urlsOf(r.opt('source_url')),
          certainty: 'sourced',
          note: r.opt('note'),
          name: null,
          kind: null,
          address: r.opt('address'),
          postcode,
          position,
          season: null,
          successorIds: [],
        });
      }
    });
  }
}

const EVENT_KINDS: OfficeEventKind[] = ['opened', 'reopened', 'closed', 'temporarily_closed', 'renamed', 'kind_changed', 'moved'];

function parseSeason(text: string | null, r: Row): Season | null {
  if (text === null) return null;
  const m = /^(\d{2}-\d{2})\.\.(\d{2}-\d{2})$/.exec(text);
  if (m) {
    const from = m[1]!;
    const label = Number(from.slice(0, 2)) >= 4 && Number(from.slice(0, 2)) <= 8 ? 'summer' : 'winter';
    return { label, from, to: m[2]! };
  }
  if (text === 'summer' || text === 'winter') return { label: text, from: null, to: null };
  throw new DataError(r.file, r.line, `season "${text}" is not MM-DD..MM-DD, summer or winter`);
}

function applyEvent(plans: Map<string, OfficePlan>, r: Row, ctx: Context): void {
  const id = r.get('office_id');
  const event = r.get('event') as OfficeEventKind;
  if (!EVENT_KINDS.includes(event)) throw new DataError(r.file, r.line, `event "${event}" is not one of ${EVENT_KINDS.join(', ')}`);
  const plan = plans.get(id);
  if (!plan) throw new DataError(r.file, r.line, `office_id "${id}" is not a known office (add it to offices-added.csv first)`);
  const when = parseLooseDate(r.get('date'), { file: r.file, line: r.line, column: 'date' });
  const precision = (r.opt('date_precision') as PlannedStep['precision'] | null) ?? when.precision;
  const postcode = r.opt('postcode');
  const kindText = r.opt('kind');
  const planned: PlannedEvent = {
    event,
    date: when.date,
    precision,
    decision: null,
    sources: urlsOf(r.opt('source_url')),
    certainty: certaintyOf(r),
    note: r.opt('note'),
    name: r.opt('name'),
    kind: kindText ? officeKind(kindText, r, 'kind') : null,
    address: r.opt('address'),
    postcode,
    position: postcode ? postcodePosition(ctx, postcode, r) : null,
    season: parseSeason(r.opt('season'), r),
    successorIds: [],
  };
  const skipped = (plan as OfficePlan & { skip?: string }).skip;
  if (event === 'opened' && skipped) {
    // An office with no 2017 status that opened later (the 2022–2024 locations): its life starts here.
    (plan as OfficePlan & { skip?: string }).skip = undefined;
    plan.start = { date: when.date, precision, decision: null, sources: planned.sources, certainty: planned.certainty, note: planned.note };
    if (planned.name) plan.name = planned.name;
    if (planned.kind) plan.kind = planned.kind;
    if (planned.season) plan.season = planned.season;
    if (planned.address) plan.address = planned.address;
    if (planned.postcode) plan.postcode = planned.postcode;
    if (planned.position && plan.position.precision !== 'address') plan.position = planned.position;
    return;
  }
  plan.events.push(planned);
}
