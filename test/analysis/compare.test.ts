import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Compile } from 'typebox/compile';
import { compareEvaluations } from '../../src/analysis/compare.js';
import { ComparisonReportSchema, ReformReportSchema } from '../../src/contract/comparison-report.js';
import { evaluateAccessibility, type AccessibilityInput } from '../../src/analysis/evaluate.js';
import { reformReport } from '../../src/analysis/reform-report.js';
import { estimatedRoadTravel } from '../../src/analysis/travel-model.js';
import { DomainError } from '../../src/domain/errors.js';
import { demandOf } from './helpers/fixtures.js';
import { input } from './helpers/hand-geography.js';

/*
 * The hand geography with a 15-minute threshold. Closing o1 moves p1 (100 people) from 10 to 20
 * minutes — beyond 15 — and p3 (30 people) from o1 to o2 at the same 60 minutes; p5 (nobody) goes
 * from 5 to 100 minutes and must not count.
 */
function evaluate(at: string, open: number[], over: Partial<AccessibilityInput> = {}, thresholdMinutes = 15) {
  const r = evaluateAccessibility({ ...input, ...over, at, open: Uint8Array.from(open) }, { thresholdMinutes });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
}

describe('compareEvaluations', () => {
  const before = evaluate('2015-12-31', [1, 1, 1]);
  const after = evaluate('2018-07-01', [0, 1, 1]);
  const c = compareEvaluations(before, after);

  it('finds who got farther away, by how much, and who moved beyond the threshold', () => {
    assert.deepEqual(c.national, {
      population: 200,
      shareBefore: 0.5,
      shareAfter: 0,
      shareChange: -0.5,
      meanMinutesBefore: 27,
      meanMinutesAfter: 32,
      meanMinutesChange: 5,
      populationFarther: 100,
      populationCloser: 0,
      personMinutesAdded: 1000,
      personMinutesSaved: 0,
      meanIncreaseForFarther: 10,
      populationMovedBeyondThreshold: 100,
      populationMovedWithinThreshold: 0,
    });
    assert.deepEqual(c.officesClosed, ['o1']);
    assert.deepEqual(c.officesOpened, []);
    assert.deepEqual([c.before.offices, c.after.offices], [3, 2]);
  });

  it('breaks the change down per district and municipality', () => {
    const nord = c.districts.find((d) => d.id === 'nord');
    assert.ok(nord);
    assert.deepEqual([nord.population, nord.populationFarther, nord.personMinutesAdded, nord.meanMinutesBefore, nord.meanMinutesAfter, nord.meanMinutesChange], [180, 100, 1000, 26.67, 32.22, 5.56]);
    const sor = c.districts.find((d) => d.id === 'sor');
    assert.equal(sor?.populationFarther, 0);
    const a = c.municipalities.find((m) => m.number === '0001');
    assert.deepEqual([a?.nearestOfficeBefore, a?.nearestOfficeAfter, a?.populationFarther, a?.populationMovedBeyondThreshold], ['o1', 'o2', 100, 100]);
    const b = c.municipalities.find((m) => m.number === '0002');
    assert.deepEqual([b?.populationFarther, b?.meanMinutesChange], [0, 0]);
  });

  it('lists the largest increases among inhabited points only', () => {
    assert.deepEqual(c.largestIncreases, [
      { id: 'p1', municipalityNumber: '0001', municipalityName: 'A', districtId: 'nord', population: 100, minutesBefore: 10, minutesAfter: 20, increase: 10, officeBefore: 'o1', officeAfter: 'o2' },
    ]);
  });

  it('is the mirror image the other way round', () => {
    const back = compareEvaluations(after, before);
    assert.equal(back.national.populationCloser, 100);
    assert.equal(back.national.personMinutesSaved, 1000);
    assert.equal(back.national.populationMovedWithinThreshold, 100);
    assert.deepEqual(back.officesOpened, ['o1']);
  });

  it('serialises to JSON valid against its schema', () => {
    const check = Compile(ComparisonReportSchema);
    const json = JSON.parse(JSON.stringify(c));
    assert.ok(check.Check(json), JSON.stringify(check.Errors(json).slice(0, 3)));
  });

  it('refuses to compare different demand or thresholds', () => {
    const other = demandOf([{ id: 'x', municipalityNumber: '0001', lat: 60, lon: 10, population: 1 }]);
    const otherMatrix = { rows: 1, cols: 3, originIds: other.ids, destinationIds: input.sites.ids, minutes: Float32Array.from([1, 2, 3]) };
    const e = evaluate('x', [1, 1, 1], { demand: other, matrix: otherMatrix });
    assert.throws(() => compareEvaluations(before, e), (err: unknown) => err instanceof DomainError && err.code === 'analysis.compare-demand');
    assert.throws(() => compareEvaluations(before, evaluate('y', [1, 1, 1], {}, 45)), /thresholds differ/);
  });
});

describe('reformReport', () => {
  // Before the reform the same municipalities sat in other (old) districts: A in Gamle Nord, B and C in Gamle Sør.
  const oldAreas = {
    municipalities: new Map([
      ['0001', { name: 'A', districtId: 'gamle-nord' }],
      ['0002', { name: 'B', districtId: 'gamle-sor' }],
      ['0003', { name: 'C', districtId: 'gamle-sor' }],
    ]),
    districts: new Map([
      ['gamle-nord', { name: 'Gamle Nord' }],
      ['gamle-sor', { name: 'Gamle Sør' }],
    ]),
  };
  const before = evaluate('2015-12-31', [1, 1, 1], oldAreas);
  const after = evaluate('2018-07-01', [0, 1, 1]);
  const today = evaluate('2026-11-27', [1, 1, 1]);
  const r = reformReport(before, after, today);

  it('gives the three dates side by side', () => {
    assert.deepEqual(r.dates, { before: '2015-12-31', after: '2018-07-01', today: '2026-11-27' });
    assert.deepEqual(r.offices, { before: 3, after: 2, today: 3 });
    assert.deepEqual([r.national.before.share, r.national.after.share, r.national.today.share], [0.5, 0, 0.5]);
  });

  it('tables today’s districts with the same people on every date', () => {
    const nord = r.districts.find((d) => d.id === 'nord');
    assert.deepEqual(nord?.share, { before: 100 / 180, after: 0, today: 100 / 180 });
    assert.deepEqual(nord?.meetsTarget, { before: false, after: false, today: false });
    assert.deepEqual(nord?.meanMinutes, { before: 26.67, after: 32.22, today: 26.67 });
  });

  it('names each date’s own districts below target (old districts before the reform)', () => {
    assert.deepEqual(r.belowTarget.before.map((d) => d.id), ['gamle-sor', 'gamle-nord']);
    assert.deepEqual(r.belowTarget.after.map((d) => d.id), ['nord', 'sor']);
    assert.equal(r.reform.districts.length, 2);
    assert.deepEqual(r.reform.districts.map((d) => d.id), ['nord', 'sor']);
  });

  it('writes headline sentences from the figures', () => {
    // Intl puts no-break spaces before % and in thousands; compare with plain spaces.
    const nb = r.headline.nb.map((line) => line.replace(/[\u00a0\u202f]/g, ' '));
    assert.equal(nb[0], 'Andel av befolkningen med høyst 15 minutter til nærmeste tjenestested: 50,0 % (31.12.2015), 0,0 % (01.07.2018) og 50,0 % (27.11.2026).');
    assert.equal(nb[2], 'Ved reformen fikk 100 innbyggere lengre vei til nærmeste tjenestested, i snitt 10 minutter lengre; 100 kom over 15 minutter.');
    assert.match(nb[3], /^Distrikter under kravet om 90,0 % innen 15 minutter: Gamle Sør, Gamle Nord \(31\.12\.2015\)/);
    assert.match(r.headline.en[2], /^With the reform 100 people got farther/);
    assert.equal(r.headline.nb.length, 4, 'no "estimated" sentence for a hand-made matrix');
  });

  it('says so when travel times are estimated', () => {
    const estimated = estimatedRoadTravel();
    const e = (at: string, open: number[]) => evaluate(at, open, { travelModel: estimated });
    const lines = reformReport(e('2015-12-31', [1, 1, 1]), e('2018-07-01', [0, 1, 1]), e('2026-11-27', [1, 1, 1])).headline;
    assert.equal(lines.nb[4], 'Reisetidene er beregnet, ikke målt langs veinettet: Beregnet reisetid (luftlinje × omveisfaktor 1,3 ÷ snittfart 60 km/t).');
    assert.equal(lines.en[4], 'Travel times are estimated, not routed on the road network: Estimated travel time (great-circle distance × circuity factor 1.3 ÷ average speed 60 km/h).');
  });

  it('serialises to JSON valid against its schema', () => {
    const check = Compile(ReformReportSchema);
    const json = JSON.parse(JSON.stringify(r));
    assert.ok(check.Check(json), JSON.stringify(check.Errors(json).slice(0, 3)));
  });
});
