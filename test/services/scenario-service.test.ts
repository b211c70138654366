import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { parseTravelTimeMatrix, travelTimeMatrix } from '../../src/analysis/travel-time-matrix.js';
import type { IsoDate } from '../../src/shared/dates.js';
import { DomainError, InvariantError } from '../../src/domain/errors.js';
import type { Proposal } from '../../src/domain/scenario/proposals.js';
import { RegisterService } from '../../src/services/register-service.js';
import { ScenarioComparisonSchema, ScenarioEvaluationSchema, ScenarioViewSchema, PublishResultSchema } from '../../src/contract/scenario-views.js';
import { ScenarioRejectedError, ScenarioService } from '../../src/services/planner/scenario-service.js';
import { loadRuleSet, StructureAnalysis } from '../../src/services/planner/structure-analysis.js';
import type { SqlChangeLogStore } from '../../src/store/sql-change-log.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { demandOf } from '../analysis/helpers/fixtures.js';
import { LogBuilder } from '../helpers/changes.js';
import { BASE, DEMAND_POINTS, minutesCsv, plannerLog } from '../helpers/planner-geography.js';

/** Schema check without narrowing the value's type (TypeBox cannot type the op union statically). */
const conforms = <T extends TSchema>(schema: T, value: unknown): boolean => Compile(schema).Check(value);

const demand = demandOf(DEMAND_POINTS);
const parsed = parseTravelTimeMatrix(minutesCsv(), 'minutes.csv', { originIds: demand.ids, destinationIds: ['a', 'g', 'b', 'c', 'n'] });
assert.ok(parsed.ok);
const model = travelTimeMatrix(parsed.value, { fileName: 'minutes.csv' });
const analysis = new StructureAnalysis({ demand: () => demand, travelModel: () => model });
const kari = { actor: 'kari' };
const decision = { by: 'Politidirektoratet', date: '2024-02-15', reference: 'POD 2024/17', url: 'https://example.org/vedtak/17' };

const openN: Proposal = { type: 'open-office', officeId: 'n', name: 'Nordvik politistasjon', kind: 'politistasjon', lat: 60.1, lon: 10.2, municipalityNumber: '0001' };
const mergeB: Proposal = { type: 'merge-office', officeId: 'b', intoOfficeId: 'a' };

let dir: string;
let store: SqlChangeLogStore;
let registers: RegisterService;
let service: ScenarioService;
let clock: number;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'naerpoliti-scenarios-'));
});
after(() => rm(dir, { recursive: true, force: true }));

beforeEach(async () => {
  await store?.close();
  store = await openSqliteStore(join(dir, String(Math.random()).slice(2)));
  registers = new RegisterService(store);
  await registers.append(plannerLog().newChanges(), '2023-12-01T00:00:00.000Z');
  clock = Date.parse('2024-02-01T10:00:00.000Z');
  service = new ScenarioService({ registers, scenarios: store.scenarios, analysis, now: () => new Date((clock += 1000)) });
});
after(() => store?.close());

async function draft(...proposals: Proposal[]) {
  const s = await service.create({ name: 'Nordvik i stedet for Beta', description: 'Prøve', baseDate: BASE }, 'kari');
  for (const p of proposals) await service.addChange(s.id, p, kari);
  return s.id;
}

async function rejected(promise: Promise<unknown>, code: string): Promise<DomainError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof DomainError, `expected a DomainError ${code}, got ${String(caught)}`);
  assert.equal(caught.code, code, caught.message);
  return caught;
}

describe('scenario service: editing', () => {
  it('creates a draft on a base date and refuses input that does not fit, naming the field', async () => {
    const s = await service.create({ name: 'A', baseDate: BASE }, 'kari');
    assert.deepEqual([s.id, s.status, s.description, s.createdBy, s.revision], [1, 'draft', '', 'kari', 1]);
    const bad = await rejected(service.create({ name: 'B', baseDate: '2024-13-01' }, 'kari'), 'scenario.invalid-input');
    assert.match(bad.message, /^new scenario: \/baseDate must/);
    assert.match((await rejected(service.create({ baseDate: BASE }, 'kari'), 'scenario.invalid-input')).message, /\/name is missing/);
    assert.deepEqual(
      (await service.list()).map((x) => x.id),
      [1],
    );
  });

  it('adds proposals, each expanded on the base date, with the names the UI needs, and audits every edit', async () => {
    const id = await draft(openN, mergeB);
    const view = (await service.view(id))!;
    assert.ok(conforms(ScenarioViewSchema, view));
    assert.deepEqual(view.issues, []);
    assert.deepEqual(
      view.steps.map((s) => [s.position, s.label, s.ops.map((o) => `${o.entity}.${o.type} ${o.id}`)]),
      [
        [1, 'open office Nordvik politistasjon in municipality 0001 Alfa', ['office.establish n']],
        [2, 'merge office Beta lensmannskontor into Alfa politistasjon', ['municipality.amend 0002', 'stationDistrict.dissolve b-sd', 'office.dissolve b']],
      ],
    );
    assert.deepEqual(view.steps[1]!.names, { '0002': 'Beta', 'b-sd': 'B lensmannsdistrikt', b: 'Beta lensmannskontor', a: 'Alfa politistasjon' });
    assert.equal(view.scenario.revision, 3);
    assert.deepEqual(
      (await service.history(id)).map((e) => [e.action, e.actor]),
      [
        ['scenario.add-change', 'kari'],
        ['scenario.add-change', 'kari'],
        ['scenario.create', 'kari'],
      ],
    );
  });

  it('fills in the id of a new office from its name, avoiding ids in use', async () => {
    const id = await draft();
    const p: Proposal = { type: 'open-office', name: 'Alfa', kind: 'politikontor', lat: 60, lon: 10, municipalityNumber: '0001' };
    await service.addChange(id, p, kari);
    await service.addChange(id, p, kari);
    const s = (await service.get(id))!;
    assert.deepEqual(
      s.changes.map((c) => (c.type === 'open-office' ? c.officeId : null)),
      ['alfa', 'alfa-2'],
    );
  });

  it('an edit that breaks a rule is refused with the proposal and what breaks, and nothing is stored', async () => {
    const id = await draft(openN);
    const before = (await service.get(id))!;
    const error = await rejected(service.addChange(id, { type: 'close-office', officeId: 'b' }, kari), 'scenario.rejected');
    assert.ok(error instanceof ScenarioRejectedError);
    assert.deepEqual(
      error.issues.map((i) => [i.position, i.code, i.message]),
      [[2, 'planning.station-district-without-office', 'Change 2 (close office Beta lensmannskontor): afterwards station district B lensmannsdistrikt (b-sd) has no office']],
    );
    assert.deepEqual(await service.get(id), before);
    assert.equal((await service.history(id)).length, 2);
    const invalid = await rejected(service.addChange(id, { type: 'open-office', name: 'X', kind: 'politistasjon', lat: 91, lon: 10, municipalityNumber: '0001' }, kari), 'scenario.invalid-input');
    assert.match(invalid.message, /^proposal: \/lat must be/);
    assert.deepEqual(await service.get(id), before);
  });

  it('removing a change (undo) is refused when a later change needs it; removing the later one first works', async () => {
    const id = await draft(openN, { type: 'close-office', officeId: 'a', newHeadOfficeId: 'n' });
    const error = await rejected(service.removeChange(id, 1, kari), 'scenario.rejected');
    assert.deepEqual(
      (error as ScenarioRejectedError).issues.map((i) => i.message),
      ['Change 1 (close office Alfa politistasjon): n is not another office of A politistasjonsdistrikt (a-sd); choose one of: g'],
    );
    assert.equal((await service.get(id))!.changes.length, 2);
    await service.removeChange(id, 2, kari);
    const view = await service.removeChange(id, 1, kari);
    assert.deepEqual(view.scenario.changes, []);
    await rejected(service.removeChange(id, 1, kari), 'scenario.invalid-position');
  });

  it('moving a change is validated like any edit', async () => {
    const id = await draft(openN, { type: 'close-office', officeId: 'a', newHeadOfficeId: 'n' }, { type: 'close-office', officeId: 'g' });
    await rejected(service.moveChange(id, 2, 1, kari), 'scenario.rejected');
    const moved = await service.moveChange(id, 3, 1, kari);
    assert.deepEqual(
      moved.scenario.changes.map((c) => c.type + ':' + ('officeId' in c ? c.officeId : '')),
      ['close-office:g', 'open-office:n', 'close-office:a'],
    );
  });

  it('an edit made on an old revision is refused', async () => {
    const id = await draft(openN);
    const error = await rejected(service.addChange(id, mergeB, { actor: 'ola', expectedRevision: 1 }), 'store.scenario-conflict');
    assert.match(error.message, /it is at revision 2, this edit was made on revision 1/);
  });

  it('moves through consultation to a decision; only a draft can be edited', async () => {
    const id = await draft(openN);
    const skip = await rejected(service.setStatus(id, 'decided', kari), 'scenario.invalid-status-change');
    assert.equal(skip.message, 'scenario 1 is draft; it can go to in-consultation, not decided');
    await service.setStatus(id, 'in-consultation', kari);
    await rejected(service.addChange(id, mergeB, kari), 'scenario.not-editable');
    await service.setStatus(id, 'draft', kari);
    await service.addChange(id, mergeB, kari);
    await service.setStatus(id, 'in-consultation', kari);
    const decided = await service.setStatus(id, 'decided', kari);
    assert.equal(decided.status, 'decided');
    await rejected(service.setStatus(id, 'published', kari), 'scenario.invalid-status-change');
    const empty = await service.create({ name: 'Tom', baseDate: BASE }, 'kari');
    await rejected(service.setStatus(empty.id, 'in-consultation', kari), 'scenario.empty');
    assert.equal(await service.view(99), null);
    await rejected(service.addChange(99, mergeB, kari), 'scenario.not-found');
  });

  it('lists the scenarios in consultation that touch a municipality, with the proposals that do', async () => {
    // Nordvik (n) opens in Alfa's unit (a-sd, serving Alfa 0001 and Gamma 0003); Beta's office merges into
    // Alfa's, so Beta (0002) joins a-sd too and Nordvik opens in its station district. Delta (0004) is untouched.
    const id = await draft(openN, mergeB);
    assert.deepEqual(await service.inConsultationAffecting('0002'), [], 'a draft is not in consultation');
    await service.setStatus(id, 'in-consultation', kari);
    const positions = async (number: string) => (await service.inConsultationAffecting(number)).map((s) => [s.scenario.id, s.steps.map((step) => step.position)]);
    assert.deepEqual(await positions('0002'), [[id, [1, 2]]]);
    assert.deepEqual(await positions('0001'), [[id, [1, 2]]], 'Nordvik opens in Alfa; Beta’s office merges into Alfa’s unit');
    assert.deepEqual(await positions('0003'), [[id, [1, 2]]], 'Gamma shares Alfa’s station district');
    assert.deepEqual(await positions('0004'), []);
    const [found] = await service.inConsultationAffecting('0002');
    assert.equal(found!.steps[1]!.names['b'], 'Beta lensmannskontor');
  });
});

/*
 * Scenario "open Nordvik (n) in Alfa, merge Beta's office into Alfa's": open offices a, c, g, n.
 * Nearest by hand (planner-geography.ts): p1 a 10, p2 n 15, p3 g 5, p4 n 30, p5 n 25, p6 c 20.
 * Base: p1 a 10, p2 g 35, p3 g 5, p4 b 10, p5 b 50, p6 c 20.
 */
describe('scenario service: evaluating and comparing', () => {
  it('evaluates the never-published structure: accessibility and criteria by hand', async () => {
    const id = await draft(openN, mergeB);
    const e = await service.evaluate(id, { accessibility: { thresholdMinutes: 45 } });
    assert.ok(conforms(ScenarioEvaluationSchema, e));
    assert.equal(e.accessibility.at, 'scenario 1: Nordvik i stedet for Beta');
    assert.equal(e.accessibility.national.offices, 4);
    // (600·10 + 400·15 + 200·5 + 300·30 + 200·25 + 800·20) / 2 500 = 17.2
    assert.equal(e.accessibility.national.meanMinutes, 17.2);
    assert.equal(e.accessibility.national.share, 1);
    const byId = new Map(e.criteria.rules.map((r) => [r.id, r]));
    assert.equal(byId.get('district-share-within-45')!.passed, true);
    // Alfa (600·10 + 400·15)/1 000 = 12, Beta (300·30 + 200·25)/500 = 28.
    assert.deepEqual(
      byId.get('municipality-mean-travel-45')!.items.map((i) => [i.id, i.value]),
      [
        ['0001', 12],
        ['0002', 28],
        ['0003', 5],
        ['0004', 20],
      ],
    );
    assert.equal(byId.get('min-total-offices-211')!.passed, false);
    assert.equal(byId.get('min-total-offices-211')!.value, 4);
    assert.equal(byId.get('municipality-served')!.passed, true);
  });

  it('compares with the base: criteria before/after, who gets farther and by how much, offices removed and added', async () => {
    const id = await draft(openN, mergeB);
    const c = await service.compare(id);
    assert.ok(conforms(ScenarioComparisonSchema, c));
    const share = c.criteria.rules.find((r) => r.id === 'district-share-within-45')!;
    assert.deepEqual([share.passedBefore, share.passedAfter, share.valueBefore, share.valueAfter, share.failingBefore, share.failingAfter], [false, true, 1500 / 1700, 1, 1, 0]);
    // Base mean (600·10 + 400·35 + 200·5 + 300·10 + 200·50 + 800·20) / 2 500 = 20.
    assert.deepEqual([c.accessibility.national.meanMinutesBefore, c.accessibility.national.meanMinutesAfter], [20, 17.2]);
    assert.equal(c.accessibility.national.shareBefore, 2300 / 2500);
    // Only p4 (Beta, 300 people) gets farther: 10 → 30.
    assert.equal(c.accessibility.national.populationFarther, 300);
    assert.deepEqual(c.municipalitiesFarther, [
      {
        number: '0002',
        name: 'Beta',
        districtId: 'nord',
        population: 500,
        populationFarther: 300,
        meanMinutesBefore: 26,
        meanMinutesAfter: 28,
        meanIncreaseForFarther: 20,
        personMinutesAdded: 6000,
        populationMovedBeyondThreshold: 0,
        nearestOfficeBefore: 'b',
        nearestOfficeAfter: 'n',
        // Names for readers: the merged-away office from the base, the new one from the scenario.
        nearestOfficeBeforeName: 'Beta lensmannskontor',
        nearestOfficeAfterName: 'Nordvik politistasjon',
      },
    ]);
    assert.deepEqual(
      c.officesRemoved.map((o) => o.id),
      ['b'],
    );
    assert.deepEqual(
      c.officesAdded.map((o) => [o.id, o.name, o.stationDistrictId]),
      [['n', 'Nordvik politistasjon', 'a-sd']],
    );
    assert.deepEqual(
      c.structure.removed.map((i) => i.id),
      ['b', 'b-sd'],
    );
    assert.deepEqual(
      c.structure.changed.map((i) => [i.id, Object.keys(i.fields ?? {})]),
      [['0002', ['stationDistrictIds']]],
    );
  });

  it('closing costs and criteria on a date come from the same analysis', async () => {
    const register = await registers.register();
    const report = analysis.closingCostsAt(register, BASE as IsoDate, { limit: 2 });
    assert.deepEqual(
      report.costs.map((c) => [c.rank, c.officeId, c.populationMovedBeyond, c.personMinutesAdded]),
      [
        [1, 'c', 800, 56000],
        [2, 'g', 400, 13000],
      ],
    );
    assert.equal(report.offices, 4);
    const criteria = analysis.criteriaAt(register, BASE as IsoDate, loadRuleSet());
    assert.equal(criteria.rules.find((r) => r.id === 'district-share-within-45')!.value, 1500 / 1700);
  });
});

describe('scenario service: publishing', () => {
  async function decided(...proposals: Proposal[]) {
    const id = await draft(...proposals);
    await service.setStatus(id, 'in-consultation', kari);
    await service.setStatus(id, 'decided', kari);
    return id;
  }

  it('appends exactly the expanded changes with the decision; the register shows them from the effective date', async () => {
    const id = await decided(openN, mergeB);
    const view = (await service.view(id))!;
    const countBefore = await store.countChanges();
    const result = await service.publish(id, { decision, effective: '2024-03-01' }, 'kari');
    assert.ok(conforms(PublishResultSchema, result));
    assert.deepEqual(
      result.changes.map((c) => [c.id, c.effective, c.op]),
      view.steps.flatMap((s) => s.ops.map((op, i) => [`scenario-1-${s.position}-${i + 1}`, '2024-03-01', op])),
    );
    for (const c of result.changes) {
      assert.deepEqual(c.decision, decision);
      assert.deepEqual(c.sources, ['https://example.org/vedtak/17', 'POD 2024/17']);
      assert.equal(c.recordedAt, result.scenario.publication!.publishedAt);
    }
    assert.equal(result.changes[0]!.note, 'Scenario 1 "Nordvik i stedet for Beta", change 1: open office Nordvik politistasjon in municipality 0001 Alfa');
    assert.equal(await store.countChanges(), countBefore + 4);
    assert.equal(result.scenario.status, 'published');
    assert.deepEqual(result.scenario.publication!.changeIds, ['scenario-1-1-1', 'scenario-1-2-1', 'scenario-1-2-2', 'scenario-1-2-3']);
    const register = await registers.register();
    const day = register.snapshot('2024-03-01' as IsoDate);
    assert.ok(day.offices.has('n'));
    assert.ok(!day.offices.has('b'));
    assert.ok(!day.stationDistricts.has('b-sd'));
    assert.ok(register.snapshot('2024-02-29' as IsoDate).offices.has('b'));
    assert.deepEqual(register.history('b')!.intervals.at(-1)!.change.decision, decision);
    const audit = await service.history(id);
    assert.deepEqual([audit[0]!.action, audit[0]!.actor], ['scenario.publish', 'kari']);
    await rejected(service.addChange(id, openN, kari), 'scenario.not-editable');
    await rejected(service.publish(id, { decision }, 'kari'), 'scenario.not-decided');
    // Shown afterwards on the register as it was before its own changes went in: still clean.
    const shown = (await service.view(id))!;
    assert.deepEqual(shown.issues, []);
    assert.deepEqual(shown.steps.map((s) => s.ops), view.steps.map((s) => s.ops));
    assert.deepEqual((await service.compare(id)).officesRemoved.map((o) => o.id), ['b']);
  });

  it('a scenario published on its base date is still shown as planned, on the register as it was before', async () => {
    const id = await decided(mergeB);
    const before = (await service.view(id))!;
    await service.publish(id, { decision }, 'kari');
    assert.equal((await registers.register()).snapshot(BASE as IsoDate).offices.has('b'), false);
    const after = (await service.view(id))!;
    assert.deepEqual(after.issues, []);
    assert.deepEqual(after.steps, before.steps);
    assert.deepEqual(after.baseViolations, before.baseViolations);
  });

  it('only a decided scenario is published, not before its base date', async () => {
    const id = await draft(openN);
    await rejected(service.publish(id, { decision }, 'kari'), 'scenario.not-decided');
    const ok = await decided(mergeB);
    await rejected(service.publish(ok, { decision, effective: '2023-12-31' }, 'kari'), 'scenario.effective-before-base');
    await rejected(service.publish(ok, { decision: { by: '' } }, 'kari'), 'scenario.invalid-input');
  });

  it('a publication that would break the history writes nothing and leaves the scenario decided', async () => {
    const id = await decided({ type: 'close-office', officeId: 'g' });
    // After the decision, the register learns of a later change to the office the scenario closes.
    await registers.append(new LogBuilder().amend('office', 'g', '2024-06-01', { name: 'Gamma politistasjon' }).newChanges().map((c) => ({ ...c, id: 'later-rename' })));
    const countBefore = await store.countChanges();
    const auditBefore = await service.history(id);
    const error = await rejected(service.publish(id, { decision }, 'kari'), 'register.invariant');
    assert.ok(error instanceof InvariantError);
    assert.match(error.message, /office "g" is not in force \(it ended on 2024-01-01\)/);
    assert.equal(await store.countChanges(), countBefore);
    assert.equal((await service.get(id))!.status, 'decided');
    assert.deepEqual(await service.history(id), auditBefore);
  });

  it('a publication whose proposals no longer fit the structure on the effective date is refused with the issues', async () => {
    const id = await decided({ type: 'close-office', officeId: 'g' });
    await registers.append(new LogBuilder().dissolve('office', 'g', '2024-02-01').newChanges().map((c) => ({ ...c, id: 'official-closure' })));
    const error = await rejected(service.publish(id, { decision, effective: '2024-03-01' }, 'kari'), 'scenario.rejected');
    assert.deepEqual(
      (error as ScenarioRejectedError).issues.map((i) => i.code),
      ['scenario.office-not-open'],
    );
    assert.equal((await service.get(id))!.status, 'decided');
  });
});
