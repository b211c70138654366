import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateAccessibility } from '../../src/analysis/evaluate.js';
import { demandOf, handModel, seeded, sitesOf } from './helpers/fixtures.js';
import type { PopulationPoint } from '../../src/analysis/population-points.js';

/** A random country: points in municipalities in districts, offices in districts, random minutes. */
function randomCountry(seed: number, n = 200, m = 25, municipalities = 30, districts = 5) {
  const rand = seeded(seed);
  const pts: PopulationPoint[] = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    municipalityNumber: String(1000 + Math.floor(rand() * municipalities)),
    lat: 60,
    lon: 10,
    // Whole people, some points empty: integer sums are exact, so equalities can be exact.
    population: rand() < 0.1 ? 0 : Math.floor(rand() * 5000),
  }));
  const demand = demandOf(pts);
  const districtOf = (k: number) => `d${k % districts}`;
  const sites = sitesOf(Array.from({ length: m }, (_, j) => ({ id: `o${j}`, districtId: districtOf(j) })));
  // Minutes on a coarse grid so that ties happen.
  const minutes = Float32Array.from({ length: n * m }, () => Math.floor(rand() * 40) * 2.5);
  const matrix = { rows: n, cols: m, originIds: demand.ids, destinationIds: sites.ids, minutes };
  const municipalitiesMap = new Map(demand.municipalityNumbers.map((num, k) => [num, { name: `M${num}`, districtId: districtOf(k) }]));
  const districtsMap = new Map(Array.from({ length: districts }, (_, g) => [`d${g}`, { name: `District ${g}` }]));
  const open = Uint8Array.from({ length: m }, () => (rand() < 0.7 ? 1 : 0));
  open[Math.floor(rand() * m)] = 1;
  return { rand, input: { at: 'x', demand, sites, matrix, travelModel: handModel, municipalities: municipalitiesMap, districts: districtsMap, open } };
}

function evaluate(input: Parameters<typeof evaluateAccessibility>[0]) {
  const r = evaluateAccessibility(input);
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
}

describe('accessibility invariants (random countries)', () => {
  it('national totals equal the sum over districts', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const { report } = evaluate(randomCountry(seed).input);
      const sum = (f: (d: (typeof report.districts)[number]) => number) => report.districts.reduce((a, d) => a + f(d), 0);
      assert.equal(sum((d) => d.population), report.national.population, `seed ${seed}: population`);
      assert.equal(sum((d) => d.withinThreshold), report.national.withinThreshold, `seed ${seed}: within threshold`);
      assert.equal(sum((d) => d.offices), report.national.offices, `seed ${seed}: offices`);
      report.national.thresholds.forEach((t, k) => {
        assert.equal(sum((d) => d.thresholds[k].population), t.population, `seed ${seed}: within ${t.minutes}`);
      });
      // Means are rounded to 0.01 in the report: the population-weighted sum agrees to that.
      const weighted = sum((d) => (d.meanMinutes ?? 0) * d.population) / report.national.population;
      assert.ok(Math.abs(weighted - (report.national.meanMinutes ?? 0)) <= 0.01, `seed ${seed}: mean`);
      const municipalitiesTotal = report.municipalities.reduce((a, m) => a + m.population, 0);
      assert.equal(municipalitiesTotal, report.national.population, `seed ${seed}: municipalities`);
    }
  });

  it('closing an office never brings anyone closer, and only moves the people it served', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const { rand, input } = randomCountry(seed);
      const before = evaluate(input);
      const openList = [...input.open.keys()].filter((j) => input.open[j]);
      if (openList.length < 2) continue;
      const j = openList[Math.floor(rand() * openList.length)];
      const open = input.open.slice();
      open[j] = 0;
      const after = evaluate({ ...input, open });
      for (let i = 0; i < input.demand.ids.length; i++) {
        assert.ok(after.points.minutes[i] >= before.points.minutes[i], `seed ${seed}: point ${i} got closer`);
        if (before.points.siteIndex[i] !== j) assert.equal(after.points.siteIndex[i], before.points.siteIndex[i], `seed ${seed}: point ${i} moved`);
      }
      assert.ok(after.report.national.withinThreshold <= before.report.national.withinThreshold);
    }
  });
});
