import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Compile } from 'typebox/compile';
import { evaluateAccessibility, evaluateSnapshot } from '../../src/analysis/evaluate.js';
import { nearestOpenSites } from '../../src/analysis/nearest-open-site.js';
import { populationShort } from '../../src/analysis/metrics.js';
import { AccessibilityReportSchema } from '../../src/contract/accessibility-report.js';
import { estimatedRoadTravel } from '../../src/analysis/travel-model.js';
import { demandFromPostcodes } from '../../src/analysis/demand-model.js';
import { snapshotOf } from './helpers/fixtures.js';
import { areas, input } from './helpers/hand-geography.js';

function evaluate(open?: number[], options = {}) {
  const r = evaluateAccessibility({ ...input, open: open ? Uint8Array.from(open) : undefined }, { worstServedCount: 2, ...options });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
}

describe('nearestOpenSites', () => {
  it('picks the fewest minutes, ties to the lowest office index, among open offices only', () => {
    const m = Float32Array.from([7, 5, 5, 9, 2, 2, 2, 2]);
    const all = nearestOpenSites(m, 2, 4, Uint8Array.from([1, 1, 1, 1]));
    assert.deepEqual([...all.siteIndex], [1, 0]);
    assert.deepEqual([...all.minutes], [5, 2]);
    const some = nearestOpenSites(m, 2, 4, Uint8Array.from([1, 0, 1, 0]));
    assert.deepEqual([...some.siteIndex], [2, 0]);
    const none = nearestOpenSites(m, 2, 4, new Uint8Array(4));
    assert.deepEqual([...none.siteIndex], [-1, -1]);
    assert.equal(none.minutes[0], Infinity);
  });
});

describe('evaluateAccessibility on a hand-made geography', () => {
  const { report, points } = evaluate();

  it('finds each point’s nearest office and time', () => {
    assert.deepEqual([...points.siteIndex], [0, 1, 0, 2, 0]);
    assert.deepEqual([...points.minutes], [10, 40, 60, 30, 5]);
  });

  it('gives the national figures worked out by hand', () => {
    assert.deepEqual(report.national, {
      population: 200,
      withinThreshold: 170,
      share: 0.85,
      meanMinutes: 27, // (100·10 + 50·40 + 30·60 + 20·30) / 200
      medianMinutes: 10, // 100 of 200 people are at ≤ 10 minutes
      p90Minutes: 60, // at ≤ 40 minutes only 170/200 = 85 %
      offices: 3,
      populationPerOffice: 200 / 3,
      thresholds: [
        { minutes: 15, population: 100, share: 0.5 },
        { minutes: 30, population: 120, share: 0.6 },
        { minutes: 45, population: 170, share: 0.85 },
        { minutes: 60, population: 200, share: 1 },
      ],
    });
  });

  it('gives districts (ordered by name), with the 90 % within 45 minutes test', () => {
    const [nord, sor] = report.districts;
    assert.equal(nord.id, 'nord');
    assert.equal(nord.name, 'Nord');
    assert.equal(nord.population, 180);
    assert.equal(nord.withinThreshold, 150);
    assert.equal(nord.share, 150 / 180);
    assert.equal(nord.meetsTarget, false);
    assert.equal(nord.meanMinutes, 26.67);
    assert.equal(nord.medianMinutes, 10);
    assert.equal(nord.p90Minutes, 60);
    assert.equal(nord.offices, 2);
    assert.equal(nord.populationPerOffice, 90);
    assert.equal(sor.id, 'sor');
    assert.equal(sor.meetsTarget, true);
    assert.deepEqual([sor.population, sor.share, sor.meanMinutes, sor.medianMinutes, sor.p90Minutes, sor.offices], [20, 1, 30, 30, 30, 1]);
    // Nord needs 162 of 180 within 45 minutes: 12 more people.
    assert.deepEqual(report.districtsBelowTarget, [{ id: 'nord', name: 'Nord', population: 180, withinThreshold: 150, share: 150 / 180, populationShort: 12 }]);
  });

  it('gives municipalities, with the office nearest to most of their people', () => {
    assert.deepEqual(report.municipalities, [
      { number: '0001', name: 'A', districtId: 'nord', population: 150, meanMinutes: 20, maxMinutes: 40, nearestOfficeId: 'o1', withinThreshold: 150, share: 1 },
      { number: '0002', name: 'B', districtId: 'nord', population: 30, meanMinutes: 60, maxMinutes: 60, nearestOfficeId: 'o1', withinThreshold: 0, share: 0 },
      { number: '0003', name: 'C', districtId: 'sor', population: 20, meanMinutes: 30, maxMinutes: 30, nearestOfficeId: 'o3', withinThreshold: 20, share: 1 },
    ]);
    assert.deepEqual(report.worstMunicipalities, ['0002', '0003']);
  });

  it('lists the worst-served inhabited places, longest first', () => {
    assert.deepEqual(report.worstServed.map((w) => [w.id, w.minutes, w.nearestOfficeId, w.municipalityName, w.districtId]), [
      ['p3', 60, 'o1', 'B', 'nord'],
      ['p2', 40, 'o2', 'A', 'nord'],
    ]);
  });

  it('serialises to JSON that validates against the published schema', () => {
    const json = JSON.parse(JSON.stringify(report));
    assert.deepEqual(json, report);
    const check = Compile(AccessibilityReportSchema);
    assert.ok(check.Check(json), JSON.stringify(check.Errors(json).slice(0, 3)));
    assert.equal(report.travelModel.label, 'Håndlaget matrise');
    assert.equal(report.demandModel.points, 5);
  });

  it('evaluates a scenario by closing offices in the open mask', () => {
    const closed = evaluate([0, 1, 1]);
    assert.deepEqual([...closed.points.siteIndex], [1, 1, 1, 2, 1]);
    assert.equal(closed.report.national.meanMinutes, 32);
    assert.equal(closed.report.national.offices, 2);
    assert.equal(closed.report.districts[0].offices, 1);
  });

  it('honours other thresholds and targets', () => {
    const r = evaluate(undefined, { thresholdMinutes: 60, targetShare: 0.8, thresholds: [60, 10] }).report;
    assert.equal(r.national.withinThreshold, 200);
    assert.deepEqual(r.national.thresholds.map((t) => t.minutes), [10, 60]);
    assert.ok(r.districts.every((d) => d.meetsTarget));
  });

  it('says so when the structure lacks a municipality of the demand, or no office is open', () => {
    const r = evaluateAccessibility({ ...input, municipalities: new Map([...areas.municipalities].slice(0, 2)) });
    assert.equal(r.ok, false);
    if (!r.ok) assert.deepEqual([r.error.code, r.error.ids], ['unknown-municipality', ['0003']]);
    const none = evaluateAccessibility({ ...input, open: new Uint8Array(3) });
    assert.equal(none.ok, false);
    if (!none.ok) assert.equal(none.error.code, 'no-open-office');
  });
});

describe('populationShort', () => {
  it('is exact where 0.9 × population is not', () => {
    assert.equal(populationShort(26, 30, 0.9), 1);
    assert.equal(populationShort(27, 30, 0.9), 0);
    assert.equal(populationShort(0, 7, 0.9), 7);
    assert.equal(populationShort(0, 0, 0.9), 0);
  });
});

describe('evaluateSnapshot', () => {
  const district = (id: string, name: string) => ({ id, type: 'district' as const, attrs: { name, seat: name, localStructureFrom: null } });
  const municipality = (id: string, name: string, districtId: string, population: number, lat: number, lon: number) => ({
    id,
    type: 'municipality' as const,
    attrs: { name, countyNumber: '03', countyName: 'X', population, populationDate: '2024-01-01', areaKm2: 10, adminCentre: null, point: { lat, lon }, districtId, stationDistrictIds: [] },
  });
  const office = (id: string, districtId: string, lat: number, lon: number, season: unknown = null) => ({
    id,
    type: 'office' as const,
    attrs: { name: id, kind: 'politistasjon', districtId, stationDistrictId: null, municipalityNumber: '0001', address: null, postcode: null, position: { lat, lon, precision: 'town' }, season },
  });
  const entities = [
    district('nord', 'Nord'),
    municipality('0001', 'A', 'nord', 10, 60, 10),
    municipality('0002', 'B', 'nord', 5, 61, 10),
    office('a-stasjon', 'nord', 60, 10),
    office('sommerkontor', 'nord', 61, 10, { label: 'summer', from: '06-01', to: '08-31' }),
  ];

  it('uses the snapshot’s open offices (seasonal ones only in season) and its districts', () => {
    const demand = demandFromPostcodes(
      [
        { number: '0001', population: 10, lat: 60, lon: 10 },
        { number: '0002', population: 5, lat: 61, lon: 10 },
      ],
      [],
    );
    const model = estimatedRoadTravel();
    const winter = evaluateSnapshot(snapshotOf('2024-01-15', entities), demand, model);
    const summer = evaluateSnapshot(snapshotOf('2024-07-15', entities), demand, model);
    assert.ok(winter.ok && summer.ok);
    assert.equal(winter.value.report.national.offices, 1);
    assert.equal(summer.value.report.national.offices, 2);
    // B lies one degree of latitude (≈ 144.6 minutes at 1.3 × / 60 km/h) from the year-round office.
    assert.equal(winter.value.report.municipalities[1].maxMinutes, 144.55);
    assert.equal(summer.value.report.municipalities[1].maxMinutes, 0);
    assert.equal(winter.value.report.at, '2024-01-15');
    assert.equal(winter.value.report.travelModel.estimated, true);
  });
});
