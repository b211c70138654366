/**
 * Location-allocation optimiser: which K offices to keep or open so the population is served best.
 * `solveHeuristic` answers at once (greedy + swap); the exact phase (a time-limited HiGHS MIP or a
 * Lagrangian bound, in a worker thread) lives with the services: src/services/optimize/solve-exact.ts.
 * `problem-files` turns CSV text into a `LocationProblem`; `measureSelection` measures any candidate set
 * (e.g. the actual structure) the way results are measured; `parseCandidatePositions` reads proposed sites.
 */
export * from './types.js';
export { prepareProblem,  } from './prepare.js';
export { solveHeuristic } from './heuristic.js';
export { measureSelection,  } from './measure-selection.js';
export { parseCandidatePositions, type CandidatePosition } from './candidate-positions-file.js';
export { parseProblemFiles } from './problem-files.js';
