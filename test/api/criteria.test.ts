import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { IsoDate } from '../../src/shared/dates.js';
import { AccessibilityService } from '../../src/services/access/accessibility-service.js';
import { RegisterService } from '../../src/services/register-service.js';
import { accessibilitySource, loadRuleSet, StructureAnalysis } from '../../src/services/planner/structure-analysis.js';
import { startTestApp, type TestApp } from '../helpers/api.js';
import { assertConforms } from '../helpers/api-schemas.js';

let t: TestApp;
let analysis: StructureAnalysis;
let registers: RegisterService;
before(async () => {
  t = await startTestApp();
  analysis = new StructureAnalysis(accessibilitySource(new AccessibilityService()));
  registers = new RegisterService(t.store);
});
after(() => t.close());

const evaluate = (body: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/criteria/evaluate', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

test('GET /criteria judges the date by the default rule set, as the CLI does', async () => {
  const res = await t.get('/criteria?at=2018-07-01');
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assertConforms('CriteriaReport', body);
  assert.deepEqual(body, json(analysis.criteriaAt(await registers.register(), '2018-07-01' as IsoDate, loadRuleSet())));
  assert.equal(body.ruleSet.id, 'default');
  assert.ok(res.headers.etag);
  assert.equal((await t.get('/criteria?at=2018-07-01', { 'if-none-match': res.headers.etag as string })).statusCode, 304);
  const ruleSet = await t.get('/criteria/rule-set');
  assert.deepEqual(ruleSet.json(), json(loadRuleSet()));
  assertConforms('RuleSet', ruleSet.json());
});

test("POST /criteria/evaluate judges by the planner's own rule set", async () => {
  const ruleSet = loadRuleSet();
  const strict = {
    ...ruleSet,
    id: 'strengere',
    label: 'Strengere krav',
    rules: ruleSet.rules.map((r) => (r.kind === 'min-total-offices' ? { ...r, minOffices: 400 } : r.kind === 'district-share-within' ? { ...r, thresholdMinutes: 20 } : r)),
  };
  const res = await evaluate({ at: '2018-07-01', ruleSet: strict });
  assert.equal(res.statusCode, 200, res.body);
  const body = res.json();
  assertConforms('CriteriaReport', body);
  assert.deepEqual(body.ruleSet, { id: 'strengere', label: 'Strengere krav' });
  const total = body.rules.find((r: { kind: string }) => r.kind === 'min-total-offices');
  assert.equal(total.passed, false);
  assert.ok(total.value > 200 && total.value < 400, 'the offices of 2018 are fewer than 400');
  assert.deepEqual(body, json(analysis.criteriaAt(await registers.register(), '2018-07-01' as IsoDate, strict)));
  assert.ok(body.rules.find((r: { kind: string }) => r.kind === 'district-share-within').failing > 0, 'fewer districts reach 90 % within 20 minutes');
});

test('a malformed rule set is a 400 naming the JSON path', async () => {
  const ruleSet = loadRuleSet();
  const cases: [unknown, string, string][] = [
    [{ ruleSet: { ...ruleSet, rules: [{ ...ruleSet.rules[0], minShare: 1.5 }] } }, '/ruleSet/rules/0/minShare', 'criteria.invalid'],
    [{ ruleSet: { ...ruleSet, rules: [{ ...ruleSet.rules[0], kind: 'nearest-pizza' }] } }, '/ruleSet/rules/0/kind', 'criteria.invalid'],
    [{ ruleSet: { ...ruleSet, rules: [ruleSet.rules[0], ruleSet.rules[0]] } }, '/ruleSet/rules/1/id', 'criteria.invalid'],
    [{ ruleSet: { ...ruleSet, format: 'csv' } }, '/ruleSet/format', 'criteria.invalid'],
    [{}, '/ruleSet', 'criteria.invalid'],
    [{ at: '2018-02-30', ruleSet }, '/at', 'request.invalid-parameter'],
    [{ ruleSet, extra: true }, '/extra', 'request.invalid-parameter'],
  ];
  for (const [body, path, code] of cases) {
    const res = await evaluate(body);
    assert.equal(res.statusCode, 400, `${path}: ${res.body}`);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    const p = res.json();
    assert.deepEqual([p.code, p.path, p.parameter], [code, path, path.split('/')[1]], res.body);
    assert.match(p.detail, new RegExp(path.replaceAll('/', '\\/')));
  }
  const duplicate = (await evaluate({ ruleSet: { ...ruleSet, rules: [ruleSet.rules[0], ruleSet.rules[0]] } })).json();
  assert.deepEqual(duplicate.issues.map((i: { code: string }) => i.code), ['criteria.duplicate-id']);
  const notJson = await t.app.inject({ method: 'POST', url: '/api/v1/criteria/evaluate', headers: { 'content-type': 'text/plain' }, payload: 'regler' });
  assert.equal(notJson.statusCode, 415, 'only JSON bodies are read');
  assert.equal(notJson.json().code, 'request.unsupported-media-type');
});

test('GET /closing-costs ranks every open office closed alone, as the CLI does', async () => {
  const res = await t.get('/closing-costs?at=2024-06-01&limit=5');
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assertConforms('ClosingCostsReport', body);
  const register = await registers.register();
  assert.deepEqual(body, json(analysis.closingCostsAt(register, '2024-06-01' as IsoDate, { limit: 5 })));
  assert.deepEqual(body.costs.map((c: { rank: number }) => c.rank), [1, 2, 3, 4, 5]);
  assert.equal(body.offices, register.snapshot('2024-06-01' as IsoDate).openOffices().length);
  const at30 = (await t.get('/closing-costs?at=2024-06-01&threshold=30&limit=1')).json();
  assert.equal(at30.thresholdMinutes, 30);
  const bad = await t.get('/closing-costs?limit=0');
  assert.deepEqual([bad.statusCode, bad.json().parameter], [400, 'limit']);
});
