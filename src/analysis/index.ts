// The accessibility analysis: how far people live from their nearest police service location,
// nationally, per district and per municipality, for a date or a scenario. Pure: no I/O, no clock.
// See docs/accessibility.md for the methods.

// Demand: where people live.
export { demandFromPostcodes, municipalityDemandInputs, RESIDENTIAL_POSTCODE_CATEGORIES } from './demand-model.js';
export type { MunicipalityDemandInput, PostcodePoint } from './demand-model.js';
export { demandModelInfo } from './demand-points.js';
export type { DemandPoints, DemandMethod, DemandSummary } from './demand-points.js';
export { demandFromPoints } from './population-points.js';
export type { PopulationPoint, DemandFromPointsOptions } from './population-points.js';
export { parsePopulationPoints } from './population-points-file.js';
export type { ParsedPopulationPoint } from './population-points-file.js';
export { parsePostcodePoints } from './postcodes-file.js';
export { INPUT_ISSUE_CODES, MAX_ISSUES } from './input-issues.js';
export type { InputIssue, InputIssueCode } from './input-issues.js';

// Sites and travel.
export { sitesFromOffices } from './sites.js';
export type { PointSet, ServiceSites } from './sites.js';
export { estimatedRoadTravel, travelModelInfo, EstimatedRoadTravelParams, DEFAULT_CIRCUITY_FACTOR, DEFAULT_SPEED_KMH } from './travel-model.js';
export type { TravelMatrix, TravelModel, TravelModelInfo, TravelModelError } from './travel-model.js';
export { parseTravelTimeMatrix, travelTimeMatrix } from './travel-time-matrix.js';
export type { MatrixIds } from './travel-time-matrix.js';

// Evaluation and metrics.
export { evaluateAccessibility, evaluateSnapshot } from './evaluate.js';
export type { AccessibilityInput, AccessibilityEvaluation, AreaLookup, EvaluationError } from './evaluate.js';
export type { PointOutcomes } from './point-outcomes.js';
export { resolveOptions } from './accessibility-options.js';
export type { ResolvedOptions } from './accessibility-options.js';
export { nearestOpenSites, openColumns } from './nearest.js';
export type { NearestSites } from './nearest.js';
export { populationShort, roundMinutes } from './metrics.js';
export { weightedQuantile, groupedWeightedQuantiles, ascendingOrder } from './weighted-quantile.js';

// Comparison and the reform report.
export { compareEvaluations, DEFAULT_LARGEST_INCREASES } from './compare.js';
export { reformReport, REFORM_AFTER_DATE, REFORM_BEFORE_DATE } from './reform-report.js';

// The planner's incremental evaluator.
export { IncrementalEvaluator } from './incremental.js';
export type { IncrementalDelta, IncrementalInput, IncrementalTotals } from './incremental.js';

// What closing each office would cost, for the planner.
export { rankClosingCosts } from './closing-costs.js';
export type { ClosingCost } from './closing-costs.js';
