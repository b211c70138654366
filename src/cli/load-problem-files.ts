import { readFile } from 'node:fs/promises';
import { err, type Result } from '../shared/result.js';
import type { InputIssue } from '../shared/csv/file-issues.js';
import { parseProblemFiles, type TextFile } from '../analysis/optimize/problem-files.js';
import type { LocationProblem } from '../analysis/optimize/types.js';
import { unreadableFileNb } from './input-files.js';

/** Paths of a standalone optimiser problem; see `analysis/optimize/problem-files.ts` for the formats. */
export interface ProblemFilePaths {
  readonly matrix: string;
  readonly weights?: string;
  readonly candidates?: string;
}

async function read(path: string): Promise<Result<TextFile, InputIssue[]>> {
  try {
    return { ok: true, value: { name: path, text: await readFile(path, 'utf8') } };
  } catch (error) {
    return err([{ code: 'unreadable', file: path, row: null, feature: null, field: null, message: `${path}: ${unreadableFileNb(error)}` }]);
  }
}

/** Reads the files and hands their text to the pure parser; the only I/O of a standalone problem. */
export async function loadProblemFiles(paths: ProblemFilePaths): Promise<Result<LocationProblem, InputIssue[]>> {
  const matrix = await read(paths.matrix);
  if (!matrix.ok) return matrix;
  let weights: TextFile | undefined;
  if (paths.weights !== undefined) {
    const w = await read(paths.weights);
    if (!w.ok) return w;
    weights = w.value;
  }
  let candidates: TextFile | undefined;
  if (paths.candidates !== undefined) {
    const c = await read(paths.candidates);
    if (!c.ok) return c;
    candidates = c.value;
  }
  return parseProblemFiles({ matrix: matrix.value, weights, candidates });
}
