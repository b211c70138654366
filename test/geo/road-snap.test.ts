import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EdgeSnapIndex } from '../../src/geo/road-network/edge-snap.js';
import { buildRoadGraph } from '../../src/geo/road-network/road-graph.js';
import { greatCircleKm } from '../../src/shared/great-circle.js';
import { roadData } from '../helpers/road-fixtures.js';

describe('snapping a point to the nearest edge', () => {
  // An east–west road at 63° N from 10.0° to 10.2° E (about 10 km), a north–south one from its west
  // end, and a ferry further north that must never be snapped to.
  const g = buildRoadGraph(
    roadData(
      [
        { id: 'w', lat: 63, lon: 10 },
        { id: 'e', lat: 63, lon: 10.2 },
        { id: 's', lat: 62.9, lon: 10 },
        { id: 'f1', lat: 63.05, lon: 10.05 },
        { id: 'f2', lat: 63.05, lon: 10.15 },
      ],
      [
        { from: 0, to: 1, km: 10.1, minutes: 8 },
        { from: 0, to: 2, km: 11.1, minutes: 9 },
        { from: 3, to: 4, km: 5, minutes: 27, ferry: true, wait: 15 },
      ],
    ),
  );
  const index = EdgeSnapIndex.build(g);

  it('lands inside an edge, not on its nearest node, with the fraction along it and the distance in km', () => {
    const s = index.snap(63.01, 10.05);
    assert.ok(s);
    assert.equal(s.edge, 0);
    assert.ok(Math.abs(s.fraction - 0.25) < 1e-9, `fraction ${s.fraction}`);
    assert.ok(Math.abs(s.lat - 63) < 1e-9 && Math.abs(s.lon - 10.05) < 1e-9);
    const exact = greatCircleKm(63.01, 10.05, 63, 10.05);
    assert.ok(Math.abs(s.distanceKm - exact) / exact < 0.01, `${s.distanceKm} vs ${exact}`);
  });

  it('never snaps to a ferry, even when the ferry line is nearer', () => {
    const s = index.snap(63.049, 10.1);
    assert.ok(s);
    assert.equal(s.edge, 0);
    assert.ok(s.distanceKm > 5);
  });

  it('clamps to an end node beyond the segment, and says null beyond the limit', () => {
    const s = index.snap(63, 10.3);
    assert.ok(s);
    assert.equal(s.edge, 0);
    assert.equal(s.fraction, 1);
    assert.equal(index.snap(63.5, 10.1, 20), null);
    assert.ok(index.snap(63.5, 10.1, 100));
  });

  it('finds the same edge as checking every edge, at many points', () => {
    for (let k = 0; k < 200; k++) {
      const lat = 62.85 + (k % 20) * 0.015;
      const lon = 9.9 + Math.floor(k / 20) * 0.04;
      const s = index.snap(lat, lon);
      assert.ok(s);
      let best = Infinity;
      for (const e of [0, 1]) {
        const a = g.edgeFrom[e];
        const b = g.edgeTo[e];
        for (let t = 0; t <= 1000; t++) {
          const f = t / 1000;
          best = Math.min(best, greatCircleKm(lat, lon, g.nodeLat[a] + f * (g.nodeLat[b] - g.nodeLat[a]), g.nodeLon[a] + f * (g.nodeLon[b] - g.nodeLon[a])));
        }
      }
      assert.ok(Math.abs(s.distanceKm - best) <= 0.01 * best + 0.02, `(${lat}, ${lon}): ${s.distanceKm} vs ${best}`);
    }
  });
});
