import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Compile } from 'typebox/compile';
import { evaluateCriteria, parseRuleSet } from '../../src/analysis/criteria/index.js';
import { evaluateSnapshot } from '../../src/analysis/evaluate.js';
import { parseTravelTimeMatrix, travelTimeMatrix } from '../../src/analysis/travel-time-matrix.js';
import type { IsoDate } from '../../src/shared/dates.js';
import { Register } from '../../src/domain/register.js';
import { applyScenario } from '../../src/domain/scenario/index.js';
import type { Snapshot } from '../../src/domain/snapshot.js';
import { BASE, DEMAND_POINTS, minutesCsv, plannerLog } from '../helpers/planner-geography.js';
import { seedRegister } from '../helpers/seed.js';
import { demandOf } from './helpers/fixtures.js';
import { CriteriaReportSchema } from '../../src/contract/criteria-report.js';
import type { RuleSet } from '../../src/contract/criteria-rule-set.js';

const DEFAULT_FILE = fileURLToPath(new URL('../../data/criteria/default.json', import.meta.url));
const register = Register.of(plannerLog().recorded());
const demand = demandOf(DEMAND_POINTS);
const matrix = parseTravelTimeMatrix(minutesCsv(), 'minutes.csv', { originIds: demand.ids, destinationIds: ['a', 'g', 'b', 'c', 'n'] });
assert.ok(matrix.ok);
const model = travelTimeMatrix(matrix.value, { fileName: 'minutes.csv' });

function pointsOf(s: Snapshot) {
  const e = evaluateSnapshot(s, demand, model);
  assert.ok(e.ok, e.ok ? '' : e.error.message);
  return e.value.points;
}

const source = { text: 'test', urls: [], official: false };
function ruleSet(rules: RuleSet['rules']): RuleSet {
  return { format: 'naerpoliti-criteria', version: 1, id: 'test', label: 'Test', rules };
}

/*
 * Nearest offices on the base date (see planner-geography.ts): p1 10 (a), p2 35 (g), p3 5 (g),
 * p4 10 (b), p5 50 (b), p6 20 (c). Nord: 1 700 people, 1 500 within 45 min (p5's 200 are not).
 */
describe('criteria on the hand-made structure', () => {
  const snapshot = register.snapshot(BASE as IsoDate);
  const points = pointsOf(snapshot);

  it('district share within T: per district with the numbers, failing where the share is below the minimum', () => {
    const report = evaluateCriteria(ruleSet([{ kind: 'district-share-within', id: 'share', label: '90 % innen 45', thresholdMinutes: 45, minShare: 0.9, source }]), { snapshot, points });
    const rule = report.rules[0]!;
    assert.equal(rule.passed, false);
    assert.equal(rule.value, 1500 / 1700);
    assert.deepEqual(
      rule.items.map((i) => [i.id, i.value, i.passed, i.numbers]),
      [
        ['nord', 1500 / 1700, false, { population: 1700, withinThreshold: 1500, populationShort: 30 }],
        ['sor', 1, true, { population: 800, withinThreshold: 800, populationShort: 0 }],
      ],
    );
    assert.equal(rule.failing, 1);
    assert.equal(report.passed, false);
    assert.equal(report.failedCount, 1);
    // 50 minutes is within 50: then every district passes.
    const at50 = evaluateCriteria(ruleSet([{ kind: 'district-share-within', id: 'share', label: 'x', thresholdMinutes: 50, minShare: 0.9, source }]), { snapshot, points });
    assert.equal(at50.passed, true);
  });

  it('municipality travel time: the population-weighted mean or the farthest inhabited point, as the rule says', () => {
    const mean = evaluateCriteria(ruleSet([{ kind: 'municipality-travel-time', id: 'mean', label: 'x', measure: 'mean', maxMinutes: 45, source }]), { snapshot, points }).rules[0]!;
    // Alfa (600·10 + 400·35)/1000 = 20, Beta (300·10 + 200·50)/500 = 26, Gamma 5, Delta 20.
    assert.deepEqual(
      mean.items.map((i) => [i.id, i.name, i.districtId, i.value, i.passed]),
      [
        ['0001', 'Alfa', 'nord', 20, true],
        ['0002', 'Beta', 'nord', 26, true],
        ['0003', 'Gamma', 'nord', 5, true],
        ['0004', 'Delta', 'sor', 20, true],
      ],
    );
    assert.equal(mean.value, 26);
    assert.equal(mean.passed, true);
    const max = evaluateCriteria(ruleSet([{ kind: 'municipality-travel-time', id: 'max', label: 'x', measure: 'max', maxMinutes: 45, source }]), { snapshot, points }).rules[0]!;
    assert.deepEqual(
      max.items.map((i) => [i.id, i.value, i.passed]),
      [
        ['0001', 35, true],
        ['0002', 50, false],
        ['0003', 5, true],
        ['0004', 20, true],
      ],
    );
    assert.equal(max.value, 50);
    assert.equal(max.passed, false);
  });

  it('offices per district, population per office and the national minimum count the offices in the structure', () => {
    const report = evaluateCriteria(
      ruleSet([
        { kind: 'district-min-offices', id: 'two', label: 'x', minOffices: 2, source },
        { kind: 'population-per-office', id: 'band', label: 'x', min: 500, max: 700, source },
        { kind: 'min-total-offices', id: 'four', label: 'x', minOffices: 4, source },
        { kind: 'min-total-offices', id: 'many', label: 'x', minOffices: 211, source },
      ]),
      { snapshot, points },
    );
    const [two, band, four, many] = report.rules;
    assert.deepEqual(
      two!.items.map((i) => [i.id, i.value, i.passed]),
      [
        ['nord', 3, true],
        ['sor', 1, false],
      ],
    );
    assert.equal(two!.value, 1);
    // Nord 1 700 people / 3 offices = 566.67 → 567; Sør 800 / 1.
    assert.deepEqual(
      band!.items.map((i) => [i.id, i.value, i.passed, i.numbers]),
      [
        ['nord', 567, true, { population: 1700, offices: 3 }],
        ['sor', 800, false, { population: 800, offices: 1 }],
      ],
    );
    assert.equal(band!.value, 800);
    assert.deepEqual([four!.passed, four!.value, four!.total, many!.passed], [true, 4, 0, false]);
    assert.equal(report.passedCount, 1);
    assert.equal(report.failedCount, 3);
  });

  it('every municipality served: a scenario that leaves one without a unit fails it, naming why', () => {
    const rules = ruleSet([{ kind: 'municipality-served', id: 'served', label: 'x', source }]);
    assert.equal(evaluateCriteria(rules, { snapshot, points }).passed, true);
    const moved = applyScenario(register, BASE as IsoDate, [{ type: 'move-municipality', municipalityNumber: '0003', toDistrictId: 'sor' }]);
    const rule = evaluateCriteria(rules, { snapshot: moved.snapshot, points: pointsOf(moved.snapshot), label: 'scenario 1' }).rules[0]!;
    assert.equal(rule.passed, false);
    assert.equal(rule.value, 1);
    const gamma = rule.items.find((i) => i.id === '0003')!;
    assert.equal(gamma.passed, false);
    assert.match(gamma.note!, /municipality 0003 Gamma belongs to no station district, but Sør has had its final local structure since 2018-01-01/);
  });

  it('the report matches its schema', () => {
    const text = readFileSync(DEFAULT_FILE, 'utf8');
    const parsed = parseRuleSet(text, 'default.json');
    assert.ok(parsed.ok);
    const report = evaluateCriteria(parsed.value, { snapshot, points });
    assert.ok(Compile(CriteriaReportSchema).Check(report));
  });
});

describe('criteria files', () => {
  const valid = () => JSON.parse(readFileSync(DEFAULT_FILE, 'utf8')) as { rules: Record<string, unknown>[] };
  const refuse = (doc: unknown) => {
    const r = parseRuleSet(JSON.stringify(doc), 'mine.json');
    assert.ok(!r.ok, 'expected the file to be refused');
    return r.error;
  };

  it('the default rule set parses: English ids, Norwegian labels, a source with a link for every rule', () => {
    const r = parseRuleSet(readFileSync(DEFAULT_FILE, 'utf8'), 'default.json');
    assert.ok(r.ok, r.ok ? '' : r.error.map((e) => e.message).join('\n'));
    assert.deepEqual(
      r.value.rules.map((x) => x.kind),
      ['district-share-within', 'municipality-travel-time', 'district-min-offices', 'municipality-served', 'population-per-office', 'min-total-offices'],
    );
    for (const rule of r.value.rules) {
      assert.ok(rule.source.urls.length > 0, rule.id);
      assert.match(rule.label, /[a-zæøå]/);
    }
  });

  it("the default population band is the decided 2017 structure's range (2018-07-01), rounded outwards to thousands", () => {
    const r = parseRuleSet(readFileSync(DEFAULT_FILE, 'utf8'), 'default.json');
    assert.ok(r.ok);
    const band = r.value.rules.find((x) => x.kind === 'population-per-office');
    assert.ok(band && band.kind === 'population-per-office');
    const s = seedRegister().snapshot('2018-07-01' as IsoDate);
    const perOffice = [...s.districts.values()].map((d) => (s.municipalitiesByDistrict.get(d.id) ?? []).reduce((a, m) => a + m.population, 0) / (s.officesByDistrict.get(d.id) ?? []).length);
    assert.equal(band.min, Math.floor(Math.min(...perOffice) / 1000) * 1000);
    assert.equal(band.max, Math.ceil(Math.max(...perOffice) / 1000) * 1000);
  });

  it('a wrong value, kind or missing field is refused with its JSON path', () => {
    const share = valid();
    share.rules[0]!['minShare'] = 1.5;
    const [e1] = refuse(share);
    assert.equal(e1!.path, '/rules/0/minShare');
    assert.match(e1!.message, /^mine\.json: \/rules\/0\/minShare must be/);
    const kind = valid();
    kind.rules[1]!['kind'] = 'response-time';
    const [e2] = refuse(kind);
    assert.equal(e2!.path, '/rules/1/kind');
    assert.match(e2!.message, /must be one of "district-share-within", "municipality-travel-time"/);
    const missing = valid();
    delete missing.rules[2]!['minOffices'];
    assert.equal(refuse(missing)[0]!.message, 'mine.json: /rules/2/minOffices is missing');
    const measure = valid();
    measure.rules[1]!['measure'] = 'median';
    assert.equal(refuse(measure)[0]!.path, '/rules/1/measure');
  });

  it('ids used twice and an empty population band are refused; so is text that is not JSON', () => {
    const doc = valid();
    doc.rules[1]!['id'] = doc.rules[0]!['id'];
    const band = doc.rules.find((r) => r['kind'] === 'population-per-office')!;
    band['min'] = 9000;
    band['max'] = 100;
    assert.deepEqual(
      refuse(doc).map((e) => [e.code, e.path]),
      [
        ['criteria.duplicate-id', '/rules/1/id'],
        ['criteria.empty-band', '/rules/4/max'],
      ],
    );
    const notJson = parseRuleSet('{ "rules": [', 'broken.json');
    assert.ok(!notJson.ok);
    assert.match(notJson.error[0]!.message, /^broken\.json: is not valid JSON/);
  });
});
