import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Compile } from 'typebox/compile';
import { demandFromPostcodes } from '../../src/analysis/demand-model.js';
import { evaluateAccessibility } from '../../src/analysis/evaluate.js';
import { IncrementalEvaluator } from '../../src/analysis/incremental.js';
import { AccessibilityReportSchema } from '../../src/contract/accessibility-report.js';
import { estimatedRoadTravel } from '../../src/analysis/travel-model.js';
import { loadReferenceData, referenceDataDir } from './helpers/reference-data.js';

const dir = referenceDataDir();

describe('on the real national reference data', { skip: dir === null ? 'shared reference data not found (set NAERPOLITI_REFERENCE_DATA)' : false }, () => {
  // The skip above guarantees dir here.
  const data = loadReferenceData(dir as string);
  const demand = demandFromPostcodes(data.municipalities, data.postcodes);
  const model = estimatedRoadTravel();
  const matrixResult = model.matrix(demand, data.offices2017);
  assert.ok(matrixResult.ok);
  const matrix = matrixResult.value;
  const input = { at: '2018-07-01', demand, sites: data.offices2017, matrix, travelModel: model, ...data.areas };

  it('puts every municipality’s population on points, summing exactly to the national total', () => {
    const expected = data.municipalities.reduce((a, m) => a + m.population, 0);
    assert.equal(demand.population.reduce((a, b) => a + b, 0), expected);
    assert.equal(demand.summary.population, expected);
    assert.equal(demand.municipalityNumbers.length, data.municipalities.length);
    const perMunicipality = new Map<string, number>();
    for (let i = 0; i < demand.ids.length; i++) {
      const n = demand.municipalityNumbers[demand.municipalityIndex[i]];
      perMunicipality.set(n, (perMunicipality.get(n) ?? 0) + demand.population[i]);
    }
    for (const m of data.municipalities) assert.equal(perMunicipality.get(m.number), m.population, m.number);
    // Most municipalities have street-address postcodes; the few without use their representative point.
    assert.ok(demand.summary.fallbackMunicipalities.length < data.municipalities.length / 20);
  });

  it('evaluates the 2017 structure: a valid report whose national totals are the sum of its districts', () => {
    const r = evaluateAccessibility(input);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    const { report } = r.value;
    assert.ok(Compile(AccessibilityReportSchema).Check(JSON.parse(JSON.stringify(report))));
    assert.equal(report.districts.length, data.areas.districts.size);
    assert.equal(report.districts.reduce((a, d) => a + d.population, 0), report.national.population);
    assert.equal(report.districts.reduce((a, d) => a + d.withinThreshold, 0), report.national.withinThreshold);
    assert.equal(report.districts.reduce((a, d) => a + d.offices, 0), report.national.offices);
    assert.equal(report.national.offices, data.offices2017.ids.length);
  });

  it('the incremental evaluator agrees with a full evaluation for closing each office', () => {
    const r = evaluateAccessibility(input);
    assert.ok(r.ok);
    const ev = IncrementalEvaluator.fromEvaluation(r.value.points, matrix);
    const base = r.value.report.national;
    const cols = matrix.cols;
    for (let j = 0; j < cols; j++) {
      const d = ev.closeOffice(j);
      const open = new Uint8Array(cols).fill(1);
      open[j] = 0;
      const after = evaluateAccessibility({ ...input, open });
      assert.ok(after.ok);
      assert.equal(d.populationBeyondChange, base.withinThreshold - after.value.report.national.withinThreshold, `office ${data.offices2017.ids[j]}`);
      assert.deepEqual(ev.nearest().siteIndex, after.value.points.siteIndex);
      ev.openOffice(j);
    }
  });
});
