import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { estimatedRoadTravel, DEFAULT_CIRCUITY_FACTOR, DEFAULT_SPEED_KMH } from '../../src/analysis/travel-model.js';
import { greatCircleKm, EARTH_RADIUS_KM } from '../../src/shared/great-circle.js';
import type { PointSet } from '../../src/analysis/sites.js';
import { DomainError } from '../../src/domain/errors.js';

const points = (ids: string[], latLon: [number, number][]): PointSet => ({
  ids,
  lat: Float64Array.from(latLon.map((p) => p[0])),
  lon: Float64Array.from(latLon.map((p) => p[1])),
});

describe('greatCircleKm', () => {
  it('gives one degree of latitude as R·π/180 and Oslo–Bergen at about 305 km', () => {
    assert.ok(Math.abs(greatCircleKm(60, 10, 61, 10) - (EARTH_RADIUS_KM * Math.PI) / 180) < 1e-9);
    const osloBergen = greatCircleKm(59.9139, 10.7522, 60.3913, 5.3221);
    assert.ok(osloBergen > 303 && osloBergen < 307, `${osloBergen}`);
    assert.equal(greatCircleKm(63, 10, 63, 10), 0);
  });
});

describe('estimatedRoadTravel', () => {
  it('is great-circle km × circuity ÷ speed, row = origin, column = destination', () => {
    const model = estimatedRoadTravel();
    assert.equal(model.estimated, true);
    assert.deepEqual(model.params, { circuityFactor: DEFAULT_CIRCUITY_FACTOR, speedKmh: DEFAULT_SPEED_KMH });
    const origins = points(['a', 'b'], [[60, 10], [61, 10]]);
    const sites = points(['x', 'y', 'z'], [[60, 10], [61, 10], [60, 11]]);
    const r = model.matrix(origins, sites);
    assert.ok(r.ok);
    const m = r.value;
    assert.equal(m.rows, 2);
    assert.equal(m.cols, 3);
    const oneDegreeMinutes = ((EARTH_RADIUS_KM * Math.PI) / 180) * 1.3 / 60 * 60;
    const expected = [0, oneDegreeMinutes, greatCircleKm(60, 10, 60, 11) * 1.3, oneDegreeMinutes, 0, greatCircleKm(61, 10, 60, 11) * 1.3];
    expected.forEach((e, k) => assert.ok(Math.abs(m.minutes[k] - e) < 1e-3, `cell ${k}: ${m.minutes[k]} vs ${e}`));
  });

  it('takes its parameters and puts them in the Norwegian label', () => {
    const model = estimatedRoadTravel({ circuityFactor: 1.5, speedKmh: 50 });
    assert.equal(model.label, 'Beregnet reisetid (luftlinje × omveisfaktor 1,5 ÷ snittfart 50 km/t)');
    const r = model.matrix(points(['a'], [[60, 10]]), points(['x'], [[61, 10]]));
    assert.ok(r.ok);
    const km = (EARTH_RADIUS_KM * Math.PI) / 180;
    assert.ok(Math.abs(r.value.minutes[0] - (km * 1.5 * 60) / 50) < 1e-3);
  });

  it('refuses parameters that make no sense, naming them', () => {
    assert.throws(() => estimatedRoadTravel({ circuityFactor: 0.9 }), (e: unknown) => e instanceof DomainError && /circuityFactor/.test(e.message));
    assert.throws(() => estimatedRoadTravel({ speedKmh: 0 }), /speedKmh/);
    assert.throws(() => estimatedRoadTravel({ speedKmh: NaN }), /speedKmh/);
  });
});
