/**
 * Location-allocation optimiser: which K offices to keep or open so the population is served best.
 * `solveHeuristic` answers at once (greedy + swap); `solveExact` adds a time-limited HiGHS MIP (MCLP,
 * small p-median) or a Lagrangian bound (large p-median) in a worker thread and reports bound and gap.
 * `problem-files` turns CSV text into a `LocationProblem`.
 */
export * from './types.js';
export { prepareProblem, type PreparedProblem } from './prepare.js';
export { solveHeuristic } from './heuristic.js';
export { solveExact } from './solve-exact.js';
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
