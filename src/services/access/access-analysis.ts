import { compareEvaluations, reformReport, REFORM_AFTER_DATE, REFORM_BEFORE_DATE, type AccessibilityEvaluation } from '../../analysis/index.js';
import type { IsoDate } from '../../shared/dates.js';
import type { Register } from '../../domain/register.js';
import type { AccessibilityService } from './accessibility-service.js';
import type { DatedDirectory } from '../directory/directory.js';
import type { Resolution } from '../directory/geo-data.js';
import { etagOf } from '../answer-etag.js';
import { datedTextOf, textOn } from '../dated-text.js';
import { RegisterMemo } from '../register-memo.js';
import { BOUNDARY_ATTRIBUTION } from '../views/geojson.js';
import type { AccessibilityOptions, TravelMode } from '../../contract/accessibility-options.js';
import type { ServiceKind } from '../../domain/entities.js';

/**
 * The accessibility analysis as the API serves it: evaluations per register, date and options,
 * kept in memory (an evaluation takes a few milliseconds, but its report is large, and a map, a
 * chart and a table ask for the same one), and each answer's JSON text with its ETag built once.
 * The same AccessibilityService, demand and estimated travel model as `naerpoliti access`.
 */

/** What a request may vary: the report's options and the estimated travel model's parameters. */
export interface AccessParams {
  readonly thresholdMinutes?: number;
  readonly targetShare?: number;
  readonly thresholds?: readonly number[];
  readonly circuityFactor?: number;
  readonly speedKmh?: number;
  /** `road` or `estimated` (default: road when a network is present). */
  readonly travel?: TravelMode;
  /** Only offices offering this service count (e.g. `pass-id`). */
  readonly service?: ServiceKind;
}

export interface JsonText {
  readonly body: string;
  readonly etag: string;
}

const CACHED_PER_REGISTER = 64;
/** Choropleth texts are up to 2 MB each (full resolution): fewer of them. */
const LAYERS_PER_REGISTER = 8;

// JSON writes Infinity and NaN as null, the mark of a default: keep them apart, or a refused
// threshold of Infinity would find the default's cached answer (the API refuses them first anyway).
const keepNonFinite = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value);

const keyOf = (kind: string, dates: readonly string[], p: AccessParams, extra: unknown = null) =>
  JSON.stringify([kind, dates, p.thresholdMinutes ?? null, p.targetShare ?? null, p.thresholds ?? null, p.circuityFactor ?? null, p.speedKmh ?? null, p.travel ?? null, p.service ?? null, extra], keepNonFinite);

export const jsonTextOf = (value: unknown): JsonText => {
  const body = JSON.stringify(value);
  return { body, etag: etagOf(body) };
};

export class AccessAnalysis {
  private readonly memo = new RegisterMemo(CACHED_PER_REGISTER);
  private readonly layers = new RegisterMemo(LAYERS_PER_REGISTER);

  constructor(readonly service: AccessibilityService) {}

  /**
   * Answers are kept per register and per road network version: the travel mode a request comes to
   * (its own or the default) and the network's version are part of every key, so an imported network
   * gives new answers.
   */
  private cached<T>(register: Register, key: string, build: () => T): T {
    return this.memo.get(register, `${this.networkKey()}${key}`, build);
  }

  private networkKey(): string {
    return `${this.service.roads.current()?.info.version ?? 'none'}|`;
  }

  /**
   * The evaluation of the structure on `at` (the report and the per-point outcomes), computed once
   * per epoch (Register.epochOf): the other dates of the epoch get it with their own date.
   */
  evaluation(register: Register, at: IsoDate, p: AccessParams): AccessibilityEvaluation {
    const epoch = register.epochOf(at);
    const evaluation = this.cached(register, keyOf('evaluation', [epoch], p), () => {
      const demand = this.service.demand(register);
      const model = this.service.travelModel(register, demand, { travel: p.travel, circuityFactor: p.circuityFactor, speedKmh: p.speedKmh }, [at]);
      const options: AccessibilityOptions = { thresholdMinutes: p.thresholdMinutes, targetShare: p.targetShare, thresholds: p.thresholds ? [...p.thresholds] : undefined };
      return this.service.evaluate(register, at, options, model, demand, p.service);
    });
    return evaluation.report.at === at ? evaluation : { ...evaluation, report: { ...evaluation.report, at } };
  }

  report(register: Register, at: IsoDate, p: AccessParams): JsonText {
    return this.cached(register, keyOf('report', [at], p), () => jsonTextOf(this.evaluation(register, at, p).report));
  }

  compare(register: Register, from: IsoDate, to: IsoDate, p: AccessParams): JsonText {
    return this.cached(register, keyOf('compare', [from, to], p), () => jsonTextOf(compareEvaluations(this.evaluation(register, from, p), this.evaluation(register, to, p))));
  }

  reform(register: Register, today: IsoDate, p: AccessParams): JsonText {
    return this.cached(register, keyOf('reform', [today], p), () =>
      jsonTextOf(
        reformReport(
          this.evaluation(register, REFORM_BEFORE_DATE as IsoDate, p),
          this.evaluation(register, REFORM_AFTER_DATE as IsoDate, p),
          this.evaluation(register, today, p),
        ),
      ),
    );
  }

  /**
   * Population by travel time: bins (from, to] with the given ascending upper edges, the first also
   * holding 0 and a last, open bin beyond the highest edge; nationally and, asked, per district.
   */
  distribution(register: Register, at: IsoDate, p: AccessParams, edges: readonly number[], byDistrict: boolean): JsonText {
    return this.cached(register, keyOf('distribution', [at], p, [edges, byDistrict]), () => {
      const { report, points } = this.evaluation(register, at, p);
      const binCount = edges.length + 1;
      const groups = byDistrict ? points.districtIds.length : 0;
      const national = new Float64Array(binCount);
      const perGroup = new Float64Array(groups * binCount);
      const weights = points.demand.population;
      for (let i = 0; i < weights.length; i++) {
        const b = binOf(points.minutes[i]!, edges);
        national[b]! += weights[i]!;
        if (byDistrict) perGroup[points.districtIndex[i]! * binCount + b]! += weights[i]!;
      }
      const bins = Array.from({ length: binCount }, (_, b) => ({ fromMinutes: b === 0 ? 0 : edges[b - 1]!, toMinutes: b < edges.length ? edges[b]! : null }));
      const area = (counts: ArrayLike<number>) => {
        let population = 0;
        for (let b = 0; b < binCount; b++) population += counts[b]!;
        let cumulative = 0;
        return {
          population,
          bins: bins.map((bin, b) => {
            cumulative += counts[b]!;
            return { ...bin, population: counts[b]!, share: population > 0 ? counts[b]! / population : null, cumulativeShare: population > 0 ? cumulative / population : null };
          }),
        };
      };
      return jsonTextOf({
        at,
        thresholdMinutes: report.thresholdMinutes,
        travelModel: report.travelModel,
        demandModel: report.demandModel,
        bins,
        national: area(national),
        districts: points.districtIds.slice(0, groups).map((id, g) => ({ id, name: points.districtNames[g]!, ...area(perGroup.subarray(g * binCount, (g + 1) * binCount)) })),
      });
    });
  }

  /** The municipality boundaries on the directory's date with each municipality's travel figures. */
  municipalitiesGeoJson(dir: DatedDirectory, p: AccessParams, resolution: Resolution): JsonText {
    // Built once per epoch (up to 2 MB of text); other dates of the epoch get it with their date.
    const text = this.layers.get(dir.register, this.networkKey() + keyOf('municipalities.geojson', [dir.register.epochOf(dir.at)], p, resolution), () => {
      const { report } = this.evaluation(dir.register, dir.at, p);
      const s = dir.snapshot;
      const figures = new Map(report.municipalities.map((m) => [m.number, m]));
      const features = [...s.municipalities.values()].map((m) => {
        const f = figures.get(m.id);
        const nearest = f ? s.offices.get(f.nearestOfficeId) : undefined;
        return {
          type: 'Feature',
          id: m.id,
          properties: {
            number: m.id,
            name: m.name,
            districtId: m.districtId,
            districtName: s.districts.get(m.districtId)?.name ?? null,
            population: m.population,
            meanMinutes: f?.meanMinutes ?? null,
            maxMinutes: f?.maxMinutes ?? null,
            withinThreshold: f?.withinThreshold ?? null,
            share: f?.share ?? null,
            nearestOfficeId: f?.nearestOfficeId ?? null,
            nearestOfficeName: nearest?.name ?? null,
          },
          geometry: dir.geo.municipalityFeature(resolution, m.id)?.geometry ?? null,
        };
      });
      return datedTextOf(dir.at, JSON.stringify({
        type: 'FeatureCollection',
        at: dir.at,
        resolution,
        attribution: BOUNDARY_ATTRIBUTION,
        thresholdMinutes: report.thresholdMinutes,
        targetShare: report.targetShare,
        travelModel: report.travelModel,
        features,
      }));
    });
    return textOn(text, dir.at);
  }
}

/** The bin of `minutes`: the first upper edge it does not exceed, else the open bin after the last. */
function binOf(minutes: number, edges: readonly number[]): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (minutes <= edges[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
