import { DomainError } from '../../domain/errors.js';
import type { EdgeSnapIndex } from '../../geo/road-network/edge-snap.js';
import type { RoadGraph } from '../../geo/road-network/road-graph.js';
import { withRoadSpeeds, type RoadSpeeds } from '../../geo/road-network/road-speeds.js';
import { greatCircleKm } from '../../shared/great-circle.js';
import type { PointSet } from '../sites.js';
import type { TravelModel } from '../travel-model.js';
import type { PublishedDrivingTime } from './published-driving-times.js';
import { roadNetworkTravel, type RoadNetworkInfo, type RoadTravelParams } from './road-travel-model.js';

/** Towns as points: `ids` are the town names the published times use. */
export type TownPoints = PointSet;

/** One published pair beside what each model says. */
export interface PairComparison {
  readonly from: string;
  readonly to: string;
  readonly published: number;
  readonly straightKm: number;
  /** Minutes per model id. */
  readonly minutes: Readonly<Record<string, number>>;
}

/** A model's fit to the published times. */
export interface FitSummary {
  readonly model: string;
  readonly pairs: number;
  /** Median and mean of |model − published|, minutes. */
  readonly medianAbsErrorMinutes: number;
  readonly meanAbsErrorMinutes: number;
  /** Median and mean of model ÷ published. */
  readonly medianRatio: number;
  readonly meanRatio: number;
  /** Mean |ln(model ÷ published)|: the tuning objective (a symmetric relative error). */
  readonly meanAbsLogRatio: number;
  /**
   * Standard deviation of ln(model ÷ published): the error left once one common factor is taken out,
   * i.e. how well the model ranks trips against each other whatever its overall speed.
   */
  readonly sdLogRatio: number;
}

/** Each model's minutes for each published pair (one matrix call per model over the towns). */
export function comparePublished(towns: TownPoints, published: readonly PublishedDrivingTime[], models: readonly TravelModel[]): PairComparison[] {
  const index = new Map(towns.ids.map((id, k) => [id, k]));
  const at = (town: string) => {
    const k = index.get(town);
    if (k === undefined) throw new DomainError('analysis.unknown-town', `published pair names "${town}", which is not among the towns given`);
    return k;
  };
  const matrices = models.map((m) => {
    const r = m.matrix(towns, towns);
    if (!r.ok) throw new DomainError(`analysis.${r.error.code}`, r.error.message);
    return r.value;
  });
  return published.map((p) => {
    const i = at(p.from);
    const j = at(p.to);
    const minutes: Record<string, number> = {};
    models.forEach((m, k) => {
      // Undirected network: both directions are equal; take the one the row names.
      minutes[m.id] = matrices[k].minutes[i * towns.ids.length + j];
    });
    return { from: p.from, to: p.to, published: p.minutes, straightKm: greatCircleKm(towns.lat[i], towns.lon[i], towns.lat[j], towns.lon[j]), minutes };
  });
}

export function summariseFit(rows: readonly PairComparison[], model: string): FitSummary {
  const abs = rows.map((r) => Math.abs(r.minutes[model] - r.published));
  const ratio = rows.map((r) => r.minutes[model] / r.published);
  const mean = (xs: number[]) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
  return {
    model,
    pairs: rows.length,
    medianAbsErrorMinutes: median(abs),
    meanAbsErrorMinutes: mean(abs),
    medianRatio: median(ratio),
    meanRatio: mean(ratio),
    meanAbsLogRatio: mean(ratio.map((x) => Math.abs(Math.log(x)))),
    sdLogRatio: standardDeviation(ratio.map((x) => Math.log(x))),
  };
}

function standardDeviation(xs: readonly number[]): number {
  if (xs.length < 2) return NaN;
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Which speeds tuning may move, the grid step and the bounds (km/h). */
export interface SpeedTuningSpace {
  readonly keys: readonly ('E' | 'Rv' | 'Fv' | 'other' | 'motorway')[];
  readonly stepKmh: number;
  readonly minKmh: number;
  readonly maxKmh: number;
  /** Coordinate-descent sweeps at most (each tries every key up and down until no step helps). */
  readonly maxSweeps: number;
}

export interface SpeedTuningResult {
  readonly start: RoadSpeeds;
  readonly speeds: RoadSpeeds;
  readonly startFit: FitSummary;
  readonly fit: FitSummary;
  /** Objective evaluations run. */
  readonly evaluations: number;
  readonly sweeps: number;
}

/**
 * Per-class speeds fitted to published times only: coordinate descent on a grid (one speed at a time,
 * a step up or down while that lowers the mean |ln(model ÷ published)| over the pairs), from the
 * starting speeds, within the bounds. Deterministic: keys in the given order, ties keep the current
 * value. The ferry speed and wait are not tuned (few published pairs cross a ferry).
 */
export function tuneRoadSpeeds(
  graph: RoadGraph,
  snapIndex: EdgeSnapIndex,
  network: RoadNetworkInfo,
  params: RoadTravelParams,
  towns: TownPoints,
  published: readonly PublishedDrivingTime[],
  start: RoadSpeeds,
  space: SpeedTuningSpace,
): SpeedTuningResult {
  if (published.length === 0) throw new DomainError('analysis.no-published-times', 'tuning needs at least one published driving time');
  let evaluations = 0;
  const objective = (speeds: RoadSpeeds): FitSummary => {
    evaluations++;
    const model = roadNetworkTravel(withRoadSpeeds(graph, speeds), network, params, undefined, { snapIndex });
    return summariseFit(comparePublished(towns, published, [model]), model.id);
  };
  const startFit = objective(start);
  let best = start;
  let bestFit = startFit;
  let sweeps = 0;
  for (; sweeps < space.maxSweeps; sweeps++) {
    let improved = false;
    for (const key of space.keys) {
      for (const direction of [1, -1]) {
        for (;;) {
          const next = best[key] + direction * space.stepKmh;
          if (next < space.minKmh || next > space.maxKmh) break;
          const candidate = { ...best, [key]: next };
          const fit = objective(candidate);
          if (!(fit.meanAbsLogRatio < bestFit.meanAbsLogRatio - 1e-9)) break;
          best = candidate;
          bestFit = fit;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return { start, speeds: best, startFit, fit: bestFit, evaluations, sweeps: sweeps + 1 };
}

export interface SpeedScaleResult {
  readonly start: RoadSpeeds;
  /** The factor all road speeds were multiplied by (ferries untouched). */
  readonly factor: number;
  readonly speeds: RoadSpeeds;
  readonly startFit: FitSummary;
  readonly fit: FitSummary;
  readonly evaluations: number;
}

/**
 * One common factor on every road class's speed (ferries untouched), fitted to published times only:
 * the single parameter to tune when there are too few cited pairs for one speed per class. A grid in
 * steps of 0.05 within [minFactor, maxFactor], then steps of 0.01 around the best, minimising the mean
 * |ln(model ÷ published)|; ties keep the factor nearer 1. Speeds are rounded to 0.1 km/h.
 */
export function tuneRoadSpeedScale(
  graph: RoadGraph,
  snapIndex: EdgeSnapIndex,
  network: RoadNetworkInfo,
  params: RoadTravelParams,
  towns: TownPoints,
  published: readonly PublishedDrivingTime[],
  start: RoadSpeeds,
  bounds: { readonly minFactor: number; readonly maxFactor: number },
): SpeedScaleResult {
  if (published.length === 0) throw new DomainError('analysis.no-published-times', 'tuning needs at least one published driving time');
  let evaluations = 0;
  const scaled = (f: number): RoadSpeeds => {
    const r = (x: number) => Math.round(x * f * 10) / 10;
    return { ...start, E: r(start.E), Rv: r(start.Rv), Fv: r(start.Fv), other: r(start.other), motorway: r(start.motorway) };
  };
  const cache = new Map<number, FitSummary>();
  const fitOf = (f: number): FitSummary => {
    const key = Math.round(f * 100);
    let fit = cache.get(key);
    if (fit === undefined) {
      evaluations++;
      const model = roadNetworkTravel(withRoadSpeeds(graph, scaled(key / 100)), network, params, undefined, { snapIndex });
      fit = summariseFit(comparePublished(towns, published, [model]), model.id);
      cache.set(key, fit);
    }
    return fit;
  };
  const better = (a: number, b: number) => {
    const fa = fitOf(a).meanAbsLogRatio;
    const fb = fitOf(b).meanAbsLogRatio;
    return fa < fb - 1e-12 || (Math.abs(fa - fb) <= 1e-12 && Math.abs(a - 1) < Math.abs(b - 1));
  };
  const lo = Math.round(bounds.minFactor * 100);
  const hi = Math.round(bounds.maxFactor * 100);
  let best = 100;
  for (let k = lo; k <= hi; k += 5) if (better(k / 100, best / 100)) best = k;
  for (let k = Math.max(lo, best - 5); k <= Math.min(hi, best + 5); k++) if (better(k / 100, best / 100)) best = k;
  return { start, factor: best / 100, speeds: scaled(best / 100), startFit: fitOf(1), fit: fitOf(best / 100), evaluations };
}
