export * from './types.js';
export { prepareProblem, type PreparedProblem } from './prepare.js';
export { solveHeuristic } from './heuristic.js';
