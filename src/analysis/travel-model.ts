import Type from 'typebox';
import { DomainError } from '../domain/errors.js';
import { ok, type Result } from '../shared/result.js';
import { EARTH_RADIUS_KM } from '../shared/great-circle.js';
import { circuityRoadKm, compileCircuity, type CircuityTable } from './circuity-table.js';
import type { PointSet } from './sites.js';

/**
 * Travel minutes from every origin (demand point) to every destination (site), dense and row-major:
 * `minutes[i * cols + j]` is origin i to destination j. Evaluation is then one loop over a flat array.
 * Float32 keeps a national matrix (5,000 × 350) at 7 MB; its 24-bit precision is far finer than any
 * travel-time estimate.
 */
export interface TravelMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly originIds: readonly string[];
  readonly destinationIds: readonly string[];
  readonly minutes: Float32Array;
  /**
   * Points whose minutes (some or all of them) came from a fallback model, and why — a routed model
   * says here which points it could not route (no road near, or not on the office's road network)
   * instead of dropping them. Absent or empty when every cell is the model's own.
   */
  readonly fallbacks?: readonly TravelFallback[];
}

/** A demand point or site some of whose matrix cells are the fallback model's, and why. */
export interface TravelFallback {
  readonly id: string;
  readonly role: 'origin' | 'destination';
  /**
   * `no-road-nearby`: the nearest road is farther than the model's snapping limit (an island without
   * a road link in the network, e.g. Røst); `separate-road-network`: the point is on roads that the
   * network does not connect to the other end (an island whose ferry is missing).
   */
  readonly reason: 'no-road-nearby' | 'separate-road-network';
  /** Distance from the point to its nearest road, km (null when there is none within the search limit). */
  readonly nearestRoadKm: number | null;
  /** How many of this point's cells in the matrix are the fallback's. */
  readonly cells: number;
  /** The fallback model's id. */
  readonly fallbackModel: string;
  /** English, naming the point and the reason. */
  readonly message: string;
}

/** What a report says about the travel model behind its figures. */
export interface TravelModelInfo {
  readonly id: string;
  /** Norwegian label for outputs. */
  readonly label: string;
  /** The same in English. */
  readonly labelEn: string;
  /** True when the minutes are modelled from straight-line distance rather than routed on roads. */
  readonly estimated: boolean;
  readonly params: Readonly<Record<string, number | string>>;
  /** Where the model's data comes from (a routed model's network and version); absent for a formula. */
  readonly source?: string;
  /** Terms of that data, to be shown with every result computed from it (e.g. the OpenStreetMap credit). */
  readonly terms?: string;
  /**
   * Points an answer's matrix could not route and gave the fallback model's minutes (set by the
   * evaluation from the matrix it used; a model itself has none).
   */
  readonly unrouted?: UnroutedPoint[];
}

/** A point reported as unrouted in an answer: the fallback's reason without the English message. */
interface UnroutedPoint {
  readonly id: string;
  readonly role: 'origin' | 'destination';
  readonly reason: TravelFallback['reason'];
  readonly nearestRoadKm: number | null;
  readonly fallbackModel: string;
}

export interface TravelModelError {
  readonly code: 'unknown-origin' | 'unknown-destination';
  readonly message: string;
  readonly ids: readonly string[];
}

/** A way to get travel minutes: estimated from coordinates, or looked up in an imported matrix. */
export interface TravelModel extends TravelModelInfo {
  matrix(origins: PointSet, destinations: PointSet): Result<TravelMatrix, TravelModelError>;
}

/**
 * What a report says about a model: its description, and with `matrix` the points that matrix had to
 * give the fallback's minutes (so an answer names them rather than dropping them silently).
 */
export function travelModelInfo(model: TravelModelInfo, matrix?: TravelMatrix): TravelModelInfo {
  const unrouted = matrix?.fallbacks?.map((f) => ({ id: f.id, role: f.role, reason: f.reason, nearestRoadKm: f.nearestRoadKm === null ? null : Math.round(f.nearestRoadKm * 10) / 10, fallbackModel: f.fallbackModel }));
  return {
    id: model.id,
    label: model.label,
    labelEn: model.labelEn,
    estimated: model.estimated,
    params: { ...model.params },
    ...(model.source === undefined ? {} : { source: model.source }),
    ...(model.terms === undefined ? {} : { terms: model.terms }),
    ...(unrouted && unrouted.length > 0 ? { unrouted } : model.unrouted ? { unrouted: [...model.unrouted] } : {}),
  };
}

/**
 * Defaults, and why:
 * - circuity 1.3: road distance over great-circle distance is typically 1.3 ± 0.1 on large road
 *   networks (Wang, Bette, Schreckenberg & Guhr 2024, "How much longer do you have to drive than the
 *   crow has to fly?"); a national study for South Korea found 1.26 (Kim et al. 2015). Straight-line
 *   and road measures correlate strongly (r² > 0.9) except near shorelines and other barriers (Boscoe,
 *   Henry & Zdeb 2012) — exactly Norway's fjords and islands, which the factor cannot see, so it is a
 *   national average and the label says "beregnet".
 * - 60 km/h: car trips between Norway's largest cities average 65–68.5 km/h on the main roads
 *   (Rambøll for OFV); a local trip to an office starts and ends on town streets (30–50 km/h) and runs
 *   mostly on 60–80 km/h county and national roads, so a door-to-door average a little below the
 *   inter-city figure. Together: 45 minutes ≈ 45 km of road ≈ 34.6 km as the crow flies.
 * Ferries, waiting times and congestion are not modelled. For real road times import a matrix.
 */
export const DEFAULT_CIRCUITY_FACTOR = 1.3;
export const DEFAULT_SPEED_KMH = 60;

/** Parameters as an API schema, so the HTTP layer validates them from the same source. */
export const EstimatedRoadTravelParams = Type.Object(
  {
    circuityFactor: Type.Optional(Type.Number({ minimum: 1, maximum: 5, default: DEFAULT_CIRCUITY_FACTOR })),
    speedKmh: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 200, default: DEFAULT_SPEED_KMH })),
  },
  { additionalProperties: false },
);
export type EstimatedRoadTravelParams = Type.Static<typeof EstimatedRoadTravelParams>;

const RAD = Math.PI / 180;
const nb = (x: number) => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 }).format(x);

export interface EstimatedRoadTravelOptions {
  /**
   * Circuity by distance band (measured on a road network) instead of the single factor: road km =
   * the table's interpolated road distance for the great-circle distance (see `circuity-table.ts`).
   * Not set: the single `circuityFactor`, as before.
   */
  readonly circuityTable?: CircuityTable;
}

/** Road travel estimated as great-circle distance × circuity factor ÷ average speed. */
export function estimatedRoadTravel(params: EstimatedRoadTravelParams = {}, options: EstimatedRoadTravelOptions = {}): TravelModel {
  if (options.circuityTable) return estimatedBandedRoadTravel(params.speedKmh ?? DEFAULT_SPEED_KMH, options.circuityTable);
  const circuityFactor = params.circuityFactor ?? DEFAULT_CIRCUITY_FACTOR;
  const speedKmh = params.speedKmh ?? DEFAULT_SPEED_KMH;
  if (!Number.isFinite(circuityFactor) || circuityFactor < 1) {
    throw new DomainError('analysis.travel-params', `circuityFactor must be a number ≥ 1 (road is never shorter than the great circle), got ${circuityFactor}`);
  }
  if (!Number.isFinite(speedKmh) || speedKmh <= 0) {
    throw new DomainError('analysis.travel-params', `speedKmh must be a number > 0, got ${speedKmh}`);
  }
  // minutes = 2R·asin(√a) [km] × circuity ÷ speed [km/h] × 60
  const minutesPerUnit = (2 * EARTH_RADIUS_KM * circuityFactor * 60) / speedKmh;
  return {
    id: 'estimated-road',
    label: `Beregnet reisetid (luftlinje × omveisfaktor ${nb(circuityFactor)} ÷ snittfart ${nb(speedKmh)} km/t)`,
    labelEn: `Estimated travel time (great-circle distance × circuity factor ${circuityFactor} ÷ average speed ${speedKmh} km/h)`,
    estimated: true,
    params: { circuityFactor, speedKmh },
    matrix(origins, destinations) {
      const rows = origins.ids.length;
      const cols = destinations.ids.length;
      const dLat = new Float64Array(cols);
      const dLon = new Float64Array(cols);
      const dCos = new Float64Array(cols);
      for (let j = 0; j < cols; j++) {
        dLat[j] = destinations.lat[j] * RAD;
        dLon[j] = destinations.lon[j] * RAD;
        dCos[j] = Math.cos(dLat[j]);
      }
      const minutes = new Float32Array(rows * cols);
      for (let i = 0; i < rows; i++) {
        const lat = origins.lat[i] * RAD;
        const lon = origins.lon[i] * RAD;
        const cos = Math.cos(lat);
        const base = i * cols;
        for (let j = 0; j < cols; j++) {
          const s = Math.sin((dLat[j] - lat) / 2);
          const t = Math.sin((dLon[j] - lon) / 2);
          const a = s * s + cos * dCos[j] * t * t;
          minutes[base + j] = minutesPerUnit * Math.asin(Math.min(1, Math.sqrt(a)));
        }
      }
      return ok({ rows, cols, originIds: origins.ids, destinationIds: destinations.ids, minutes });
    },
  };
}

/**
 * The estimate with circuity by distance band: per pair the great-circle km, then the table's road km,
 * at the average speed. A second loop rather than a branch in the first keeps the default path as it was.
 */
function estimatedBandedRoadTravel(speedKmh: number, table: CircuityTable): TravelModel {
  if (!Number.isFinite(speedKmh) || speedKmh <= 0) {
    throw new DomainError('analysis.travel-params', `speedKmh must be a number > 0, got ${speedKmh}`);
  }
  const compiled = compileCircuity(table);
  const minutesPerRoadKm = 60 / speedKmh;
  const bandsText = table.bands.map((b) => `${b.fromKm}–${b.toKm ?? ''} km: ${b.factor}`).join('; ');
  return {
    id: 'estimated-road',
    label: `Beregnet reisetid (luftlinje × målt omveisfaktor etter avstand ÷ snittfart ${nb(speedKmh)} km/t)`,
    labelEn: `Estimated travel time (great-circle distance × circuity by distance band measured on the road network ÷ average speed ${speedKmh} km/h)`,
    estimated: true,
    params: { circuityTable: table.source, circuityBands: bandsText, speedKmh },
    matrix(origins, destinations) {
      const rows = origins.ids.length;
      const cols = destinations.ids.length;
      const dLat = new Float64Array(cols);
      const dLon = new Float64Array(cols);
      const dCos = new Float64Array(cols);
      for (let j = 0; j < cols; j++) {
        dLat[j] = destinations.lat[j] * RAD;
        dLon[j] = destinations.lon[j] * RAD;
        dCos[j] = Math.cos(dLat[j]);
      }
      const minutes = new Float32Array(rows * cols);
      for (let i = 0; i < rows; i++) {
        const lat = origins.lat[i] * RAD;
        const lon = origins.lon[i] * RAD;
        const cos = Math.cos(lat);
        const base = i * cols;
        for (let j = 0; j < cols; j++) {
          const s = Math.sin((dLat[j] - lat) / 2);
          const t = Math.sin((dLon[j] - lon) / 2);
          const a = s * s + cos * dCos[j] * t * t;
          const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
          minutes[base + j] = circuityRoadKm(compiled, km) * minutesPerRoadKm;
        }
      }
      return ok({ rows, cols, originIds: origins.ids, destinationIds: destinations.ids, minutes });
    },
  };
}
