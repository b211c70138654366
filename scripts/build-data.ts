/**
 * Compiles the register's seed into data/ from the reference data in ../shared/data and the
 * project's own research overlays in data/curation/. Run: npm run build:data
 *
 * Writes (deterministically, so a re-run gives identical bytes):
 *   data/register/changes.json      the seed change log, in the register's exchange format
 *   data/register/postcodes.csv     postcodes with place, municipality, category and point
 *   data/register/functions.json    the six prioritised functions
 *   data/consistency-report.md      counts against published figures, and every known gap
 * and refuses to write anything if the history breaks a register rule on any date.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Register } from '../src/domain/register.js';
import { todayInNorway, type IsoDate } from '../src/shared/dates.js';
import { InvariantError } from '../src/domain/errors.js';
import { ChangeBuilder } from './build-data/change-builder.js';
import { readCsv } from './build-data/csv.js';
import { Curation, urlsOf } from './build-data/curation.js';
import { Gaps } from './build-data/gaps.js';
import { Reference } from './build-data/reference.js';
import { MunicipalityResolver } from './build-data/municipality-resolver.js';
import { compileAgencies, compileDistricts } from './build-data/compile-organisation.js';
import { compileMunicipalities, districtOn } from './build-data/compile-municipalities.js';
import { emitLocalStructure, membershipDates, planLocalStructure, stationDistrictsOn } from './build-data/compile-local-structure.js';
import { planOffices } from './build-data/compile-offices.js';
import { emitPassIdServices, planPassIdServices } from './build-data/compile-services.js';
import { emitOffice, planActiveOn, planChangeDates, renamed, type Renaming } from './build-data/emit-offices.js';
import { parseLooseDate } from './build-data/dates.js';
import { writeConsistencyReport } from './build-data/consistency-report.js';
import { DISTRICTS_2002, RENAMING_2021, RENAMING_2021_LATEST, REFORM_START, SEED_RECORDED_AT } from './build-data/timeline.js';
import { stringify } from 'csv-stringify/sync';
import { formatChangesJson } from '../src/store/exchange/changes-json.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const sharedDir = resolve(root, '..', 'shared', 'data');
if (!existsSync(sharedDir)) {
  console.error(`build-data: the reference data folder ${sharedDir} is missing (expected ../shared/data beside the checkout)`);
  process.exit(1);
}

const ref = new Reference(sharedDir);
const curation = new Curation(join(root, 'data', 'curation'));
const gaps = new Gaps();
const b = new ChangeBuilder();

const municipalities = ref.municipalities();
const postcodes = ref.postcodes();
const byNumber = new Map(municipalities.map((m) => [m.number, m]));

compileAgencies(ref, curation.specialAgencySources(), curation.specialAgencyRoles(), curation.specialAgencyEvents(), b, gaps);
const { old: oldDistricts, current } = compileDistricts(ref, b);
const successors = new Map(oldDistricts.map((d) => [d.id, d.id === d.successors[0] && d.successors.length === 1 ? [d.id] : d.successors]));
const districtIds = current.map((d) => d.id);

// Operasjonssentralen: one per district from the reform, at the district seat (Meld. St. 29 (2019–2020) ch. 6).
for (const d of current) {
  b.establish('operatingUnit', `${d.id}-operasjonssentral`, REFORM_START, {
    name: `Operasjonssentralen i ${d.name}`,
    kind: 'functional',
    districtId: d.id,
    seat: d.seat,
    functionId: 'operasjonssentralen',
    nameStatus: 'descriptive',
  }, {
    sources: ['https://regjeringen.no/no/dokumenter/meld.-st.-29-20192020/id2715224/?ch=6', 'https://www.politiet.no/om/narpolitireformen/prioriterte-funksjoner/'],
    note: 'Each district has one operations centre at its seat; merging the former districts\' centres took until 2016–2018.',
  });
}

const ls = planLocalStructure(curation, districtIds, ref.gde(), gaps);
const municipalityDistricts = compileMunicipalities(ref, municipalities, curation.municipalityDistricts2002(), curation.municipalityDistrictMoves(), (id) => ls.localStructureFrom.get(id)!.date, b);

const offices = planOffices(ref.offices(), {
  curation,
  gaps,
  resolver: new MunicipalityResolver(municipalities, postcodes),
  municipalities: byNumber,
  postcodes: new Map(postcodes.map((p) => [p.postcode, p])),
  localStructureFrom: (districtId) => {
    const f = ls.localStructureFrom.get(districtId);
    if (!f) throw new Error(`no local structure date for district ${districtId}`);
    return { date: f.date, precision: f.precision };
  },
});
const planById = new Map(offices.map((o) => [o.id, o]));
emitLocalStructure(ls, b, {
  isActive: (id, date) => {
    const plan = planById.get(id);
    return !!plan && planActiveOn(plan, date);
  },
  changeDates: (id) => {
    const plan = planById.get(id);
    return plan ? planChangeDates(plan) : [];
  },
}, gaps);

// Station-district memberships of every municipality, at every date they can change.
for (const m of municipalities) {
  const md = municipalityDistricts.get(m.number)!;
  let previous: string[] = [];
  const dates = [...new Set([...membershipDates(ls), ...md.moves.map((x) => x.date)])].sort();
  for (const date of dates) {
    const ids = stationDistrictsOn(ls, m.number, districtOn(md, date), date);
    if (ids.join() === previous.join()) continue;
    const rows = (ls.memberships.get(m.number) ?? []).filter((p) => ids.includes(p.stationDistrictId));
    b.amend('municipality', m.number, date, { stationDistrictIds: ids }, 'station-districts', {
      sources: rows.flatMap((r) => r.fact.sources),
      certainty: rows.some((r) => r.fact.certainty === 'inferred') ? 'inferred' : 'sourced',
      note: rows.map((r) => r.fact.note).filter(Boolean).join(' ') || null,
    });
    previous = ids;
  }
}

// The 2021 renaming (lensmannskontor → politistasjon), dated per district where a source dates it.
const renamings = new Map<string, Renaming>();
for (const r of curation.renaming2021()) {
  const date = r.opt('effective_date');
  if (!date) continue;
  const when = parseLooseDate(date, { file: r.file, line: r.line, column: 'effective_date' });
  const precision = (r.opt('date_precision') as Renaming['fact']['precision'] | null) ?? when.precision;
  renamings.set(r.get('district_id'), { date: when.date, fact: { date: when.date, precision, sources: urlsOf(r.opt('source_url')), certainty: r.opt('certainty') === 'inferred' ? 'inferred' : 'sourced', note: r.opt('note') } });
}
for (const id of districtIds) {
  if (renamings.has(id)) continue;
  gaps.add('renaming-2021', id, `the day the district renamed its lensmannskontor/lensmannsdistrikt was not found; the register dates it ${RENAMING_2021_LATEST} (the districts switched during 2021)`);
  renamings.set(id, { date: RENAMING_2021_LATEST, fact: { date: RENAMING_2021_LATEST, precision: 'approximate', sources: [RENAMING_2021.url!], certainty: 'inferred', note: 'The districts switched during 2021; the day for this district was not found.' } });
}
for (const sd of ls.stationDistricts.values()) {
  const r = renamings.get(sd.districtId)!;
  if (sd.kind !== 'lensmannsdistrikt' || r.date < sd.from.date || (sd.to && sd.to.date <= r.date)) continue;
  b.amend('stationDistrict', sd.id, r.date, { kind: 'politistasjonsdistrikt', name: renamed(sd.name) }, 'rename-2021', {
    decision: RENAMING_2021,
    sources: r.fact.sources,
    certainty: r.fact.certainty,
    datePrecision: r.fact.precision,
    note: r.fact.note,
  });
}

for (const plan of offices) {
  emitOffice(plan, b, municipalityDistricts.get(plan.municipalityNumber)!, ls, renamings, successors, gaps);
}

// Services of the offices: the pass- og ID-kontor decision of November 2018. The front desk
// (ekspedisjon) has no itemised source (see the consistency report), so none is emitted.
emitPassIdServices(planPassIdServices(ref.passIdOffices(), curation.passIdServices(), planById, gaps), b);

const changes = b.recorded(SEED_RECORDED_AT);
let register: Register;
try {
  register = Register.of(changes);
} catch (e) {
  if (e instanceof InvariantError) {
    console.error(`build-data: the compiled history breaks ${e.violations.length} rule(s):`);
    for (const v of e.violations.slice(0, 40)) console.error(`  - ${v.rule}: ${v.message}`);
    process.exit(1);
  }
  throw e;
}
// The validation sweep runs to today; the output never depends on the day it runs.
const today = todayInNorway();
const { violations } = register.validateRange(DISTRICTS_2002 as IsoDate, today);
if (violations.length > 0) {
  console.error(`build-data: the compiled structure breaks ${violations.length} rule(s) on some date:`);
  for (const v of violations.slice(0, 60)) console.error(`  - ${v.at}: ${v.rule}: ${v.message}`);
  process.exit(1);
}

// BUILD_DATA_OUT lets the test suite rebuild into a scratch folder and compare with what is committed.
const outRoot = process.env.BUILD_DATA_OUT ? resolve(process.env.BUILD_DATA_OUT) : join(root, 'data');
const outDir = join(outRoot, 'register');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'changes.json'), formatChangesJson(changes));
writeFileSync(
  join(outDir, 'postcodes.csv'),
  stringify(
    postcodes.map((p) => [p.postcode, p.place, p.municipalityNumber, p.category, p.lat ?? '', p.lon ?? '']),
    { header: true, columns: ['postcode', 'place', 'municipality_number', 'category', 'lat', 'lon'] },
  ),
);
const functions = readCsv(join(root, 'data', 'curation', 'prioritised-functions.csv'), 'data/curation/prioritised-functions.csv').map((r) => ({
  id: r.get('id'),
  order: Number(r.get('order')),
  name: r.get('name'),
  description: r.get('description'),
  source: r.get('source_url'),
}));
writeFileSync(join(outDir, 'functions.json'), `${JSON.stringify(functions, null, 2)}\n`);
writeConsistencyReport(join(outRoot, 'consistency-report.md'), join(root, 'data', 'curation'), register, gaps, offices);
console.log(`build-data: ${changes.length} changes, valid on every date from ${DISTRICTS_2002} to ${today}; ${gaps.items.length} gaps recorded in data/consistency-report.md`);
