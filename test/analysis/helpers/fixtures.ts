import assert from 'node:assert/strict';
import type { DemandPoints } from '../../../src/analysis/demand-points.js';
import { demandFromPoints, type PopulationPoint } from '../../../src/analysis/population-points.js';
import type { ServiceSites } from '../../../src/analysis/sites.js';
import type { TravelMatrix, TravelModelInfo } from '../../../src/analysis/travel-model.js';
import type { IsoDate } from '../../../src/shared/dates.js';
import type { EntityType } from '../../../src/domain/entities.js';
import type { EntityState } from '../../../src/domain/fold.js';
import { buildSnapshot, type Snapshot } from '../../../src/domain/snapshot.js';

/** Demand from hand-made points; fails the test if they do not validate. */
export function demandOf(points: PopulationPoint[]): DemandPoints {
  const r = demandFromPoints(points, { source: 'fixture' });
  assert.ok(r.ok, r.ok ? '' : r.error.map((e) => e.message).join('\n'));
  return r.value;
}

export function sitesOf(list: { id: string; districtId: string | null; lat?: number; lon?: number }[]): ServiceSites {
  return {
    ids: list.map((s) => s.id),
    names: list.map((s) => `Office ${s.id}`),
    districtIds: list.map((s) => s.districtId),
    lat: Float64Array.from(list.map((s) => s.lat ?? 60)),
    lon: Float64Array.from(list.map((s) => s.lon ?? 10)),
  };
}

/** A matrix written by hand, one row per demand point. */
export function matrixOf(demand: DemandPoints, sites: ServiceSites, rows: number[][]): TravelMatrix {
  assert.equal(rows.length, demand.ids.length);
  for (const r of rows) assert.equal(r.length, sites.ids.length);
  return { rows: rows.length, cols: sites.ids.length, originIds: demand.ids, destinationIds: sites.ids, minutes: Float32Array.from(rows.flat()) };
}

export const handModel: TravelModelInfo = { id: 'hand', label: 'Håndlaget matrise', labelEn: 'Hand-made matrix', estimated: false, params: {} };

/** Deterministic pseudo-random numbers for property tests (a seed reproduces a failure). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/** A snapshot from plain attributes, for tests of the snapshot-level entry points. */
export function snapshotOf(at: string, entities: { id: string; type: EntityType; attrs: Record<string, unknown> }[]): Snapshot {
  const state = new Map<string, EntityState>();
  for (const e of entities) {
    state.set(e.id, { id: e.id, type: e.type, attrs: e.attrs, active: true, since: '2016-01-01', sinceKnown: true, updated: '2016-01-01', dissolvedOn: null, successorIds: [] });
  }
  return buildSnapshot(state, at as IsoDate, null);
}
