import type { DemandPoints } from './demand-points.js';
import type { ServiceSites } from './sites.js';
import type { TravelModelInfo } from './travel-model.js';

/**
 * Per-point outcome of an evaluation, kept next to the report for comparisons and the planner. Not
 * for JSON (typed arrays); serialise `AccessibilityEvaluation.report`.
 */
export interface PointOutcomes {
  readonly at: string;
  readonly demand: DemandPoints;
  readonly sites: ServiceSites;
  readonly open: Uint8Array;
  /** Nearest open site (column of `sites`) per demand point. */
  readonly siteIndex: Int32Array;
  readonly minutes: Float32Array;
  /** Districts of this evaluation, ordered by name; `districtIndex[i]` points into it. */
  readonly districtIds: readonly string[];
  readonly districtNames: readonly string[];
  readonly districtIndex: Int32Array;
  /** Per demand municipality (index as in `demand.municipalityNumbers`): name and district index. */
  readonly municipalityNames: readonly string[];
  readonly municipalityDistrict: Int32Array;
  readonly thresholdMinutes: number;
  readonly targetShare: number;
  readonly travelModel: TravelModelInfo;
}
