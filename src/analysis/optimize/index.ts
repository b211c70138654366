/**
 * Location-allocation optimiser: which K offices to keep or open so the population is served best.
 * `solveHeuristic` answers at once (greedy + swap); the exact phase (a time-limited HiGHS MIP or a
 * Lagrangian bound, in a worker thread) lives with the services: src/services/optimize/solve-exact.ts.
 * `problem-files` turns CSV text into a `LocationProblem`; `measureSelection` measures any candidate set
 * (e.g. the actual structure) the way results are measured; `parseCandidatePositions` reads proposed sites.
 */
export * from './types.js';
export { prepareProblem, type PreparedProblem } from './prepare.js';
export { solveHeuristic } from './heuristic.js';
export { measureSelection, type SelectionMeasure } from './evaluate.js';
export { parseCandidatePositions, type CandidatePosition } from './candidate-positions-file.js';
export {
  parseCandidatesCsv,
  parseMatrixCsv,
  parseProblemFiles,
  parseWeightsCsv,
  PROBLEM_FILE_ERROR_CODES,
  type ParsedCandidates,
  type ParsedMatrix,
  type ParsedWeights,
  type ProblemFileError,
  type ProblemFileErrorCode,
  type TextFile,
} from './problem-files.js';
