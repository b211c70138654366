// The accessibility analysis: how far people live from their nearest police service location,
// nationally, per district and per municipality, for a date or a scenario. Pure: no I/O, no clock.
// See docs/accessibility.md for the methods.

// Demand: where people live.
export { demandFromPostcodes, municipalityDemandInputs,  } from './demand-model.js';
;
;
export type { DemandPoints,   } from './demand-points.js';
export { demandFromPoints } from './population-points.js';
;
export { parsePopulationPoints } from './population-points-file.js';
;
export { parsePostcodePoints } from './postcodes-file.js';
;
export type { InputIssue } from '../shared/csv/file-issues.js';

// Sites and travel.
export { sitesFromOffices } from './sites.js';
export type {  ServiceSites } from './sites.js';
export { estimatedRoadTravel,     } from './travel-model.js';
export type { TravelMatrix, TravelModel,   } from './travel-model.js';
export { parseTravelTimeMatrix, travelTimeMatrix } from './travel-time-matrix.js';
;

// Evaluation and metrics.
export { evaluateAccessibility, evaluateSnapshot } from './evaluate.js';
export type {  AccessibilityEvaluation,   } from './evaluate.js';
;
;
;
;
;
export {  roundMinutes } from './metrics.js';
;

// Comparison and the reform report.
export { compareEvaluations,  } from './compare.js';
export { reformReport, REFORM_AFTER_DATE, REFORM_BEFORE_DATE } from './reform-report.js';

// The planner's incremental evaluator.
export { IncrementalEvaluator } from './incremental.js';
;

// What closing each office would cost, for the planner.
export { rankClosingCosts } from './closing-costs.js';
export type { ClosingCost } from './closing-costs.js';
