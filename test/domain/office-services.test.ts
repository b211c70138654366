import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChangeOp } from '../../src/domain/changes.js';
import type { IsoDate } from '../../src/shared/dates.js';
import { ENTITY_TYPES, type AttrsByType } from '../../src/domain/entities.js';
import { checkSnapshot } from '../../src/domain/invariants.js';
import { officeServiceIntervals, serviceId } from '../../src/domain/office-services.js';
import { Register } from '../../src/domain/register.js';
import { applyScenario } from '../../src/domain/scenario/index.js';
import { countStructure } from '../../src/domain/structure-counts.js';
import { LogBuilder, district, municipality, office } from '../helpers/changes.js';
import { BASE, FROM, plannerLog } from '../helpers/planner-geography.js';

const d = (s: string) => s as IsoDate;
const pass = (officeId: string, note: string | null = null): AttrsByType['officeService'] => ({ officeId, kind: 'pass-id', note, season: null });

function town() {
  return new LogBuilder()
    .establish('district', 'n', '2015-01-01', district('Nord'))
    .establish('municipality', '0001', '2015-01-01', municipality('Alfa', 'n'))
    .establish('office', 'alfa', '2015-01-01', office('Alfa lensmannskontor', 'n', '0001'))
    .establish('office', 'beta', '2015-01-01', office('Beta politistasjon', 'n', '0001', 'politistasjon'));
}

test('a service is a dated fact of its office: the snapshot lists it on the dates it is in force', () => {
  const log = town()
    .establish('officeService', serviceId('alfa', 'pass-id'), '2015-01-01', pass('alfa'), { datePrecision: 'on-or-before' })
    .dissolve('officeService', serviceId('alfa', 'pass-id'), '2019-01-01')
    .establish('officeService', serviceId('beta', 'pass-id'), '2018-11-21', pass('beta'));
  const r = Register.of(log.recorded());
  const early = r.snapshot(d('2018-07-01'));
  assert.deepEqual(early.servicesOf('alfa').map((s) => s.kind), ['pass-id']);
  assert.deepEqual(early.officesOffering('pass-id').map((o) => o.id), ['alfa']);
  assert.deepEqual(countStructure(early).services, { 'pass-id': 1 }, 'a kind without data is absent (unknown), not 0');
  const late = r.snapshot(d('2020-06-01'));
  assert.deepEqual(late.servicesOf('alfa'), []);
  assert.deepEqual(late.officesOffering('pass-id').map((o) => o.id), ['beta']);
  assert.deepEqual(countStructure(late).services, { 'pass-id': 1 });
  assert.deepEqual(countStructure(r.snapshot(d('2014-06-01'))).services, {}, 'before the register knows of any service');
  assert.deepEqual(r.validateRange(d('2015-01-01'), d('2024-01-01')).violations, []);
});

test('the register refuses a service on an office that is not in force, and an office closing with its services open', () => {
  const closedFirst = town()
    .establish('officeService', 'alfa-pass-id', '2015-01-01', pass('alfa'))
    .dissolve('office', 'alfa', '2018-01-01');
  const v = Register.of(closedFirst.recorded()).validateRange(d('2015-01-01'), d('2020-01-01')).violations;
  assert.deepEqual(v.map((x) => [x.rule, x.subject, x.at]), [['service-at-office', 'alfa-pass-id', '2018-01-01']]);
  assert.match(v[0]!.message, /service alfa-pass-id \(pass-id\) belongs to office "alfa", which is not in force on 2018-01-01/);

  const onNothing = town().establish('officeService', 'gamma-pass-id', '2016-01-01', pass('gamma'));
  assert.deepEqual(checkSnapshot(Register.of(onNothing.recorded()).snapshot(d('2016-01-01'))).map((x) => x.rule), ['service-at-office']);

  // Closing the service with (or before) its office keeps the register whole.
  const closedTogether = town()
    .establish('officeService', 'alfa-pass-id', '2015-01-01', pass('alfa'))
    .dissolve('officeService', 'alfa-pass-id', '2018-01-01')
    .dissolve('office', 'alfa', '2018-01-01');
  assert.deepEqual(Register.of(closedTogether.recorded()).validateRange(d('2015-01-01'), d('2020-01-01')).violations, []);
});

test("an office's service intervals say when each began and ended, how exactly, and from which sources", () => {
  const log = town()
    .establish('officeService', 'alfa-pass-id', '2015-01-01', pass('alfa'), { datePrecision: 'on-or-before', sources: ['https://example.org/before'] })
    .amend('officeService', 'alfa-pass-id', '2017-01-01', { note: 'Timebestilling' }, { sources: ['https://example.org/note'] })
    .dissolve('officeService', 'alfa-pass-id', '2019-01-01', [], { sources: ['https://example.org/closing'], certainty: 'inferred' })
    .reestablish('officeService', 'alfa-pass-id', '2024-03-01', {}, { datePrecision: 'month', sources: ['https://example.org/again'] })
    .establish('officeService', 'beta-pass-id', '2016-05-02', pass('beta'));
  const intervals = officeServiceIntervals(Register.of(log.recorded()), 'alfa');
  assert.deepEqual(
    intervals.map(({ kind, from, datePrecision, startUnknown, to, toPrecision, note, sources, certainty }) => ({ kind, from, datePrecision, startUnknown, to, toPrecision, note, sources, certainty })),
    [
      { kind: 'pass-id', from: '2015-01-01', datePrecision: 'on-or-before', startUnknown: true, to: '2019-01-01', toPrecision: 'day', note: 'Timebestilling', sources: ['https://example.org/before', 'https://example.org/closing'], certainty: 'inferred' },
      { kind: 'pass-id', from: '2024-03-01', datePrecision: 'month', startUnknown: false, to: null, toPrecision: null, note: 'Timebestilling', sources: ['https://example.org/again'], certainty: 'sourced' },
    ],
  );
  assert.equal(intervals[0]!.end!.type, 'officeService.dissolve');
  assert.deepEqual(officeServiceIntervals(Register.of(log.recorded()), 'gamma'), []);
});

test('closing or merging an office in a scenario closes its services with it', () => {
  const log = plannerLog()
    .establish('officeService', 'g-pass-id', FROM, pass('g'))
    .establish('officeService', 'a-pass-id', FROM, pass('a'));
  const register = Register.of(log.recorded());
  const closed = applyScenario(register, d(BASE), [{ type: 'close-office', officeId: 'g' }]);
  assert.deepEqual(closed.issues, []);
  assert.deepEqual(closed.steps[0]!.ops, [
    { type: 'dissolve', entity: 'officeService', id: 'g-pass-id', successorIds: [] },
    { type: 'dissolve', entity: 'office', id: 'g', successorIds: [] },
  ]);
  assert.deepEqual(closed.snapshot.officesOffering('pass-id').map((o) => o.id), ['a']);
  const merged = applyScenario(register, d(BASE), [{ type: 'merge-office', officeId: 'g', intoOfficeId: 'a' }]);
  assert.deepEqual(merged.issues, []);
  assert.deepEqual(merged.steps[0]!.ops.filter((op) => op.entity === 'officeService'), [{ type: 'dissolve', entity: 'officeService', id: 'g-pass-id', successorIds: ['a-pass-id'] }]);
});

test('the op union has five op types for every entity type, services included', () => {
  assert.equal(ChangeOp.anyOf.length, 5 * ENTITY_TYPES.length);
  assert.ok(ENTITY_TYPES.includes('officeService'));
});
