import { readFile } from 'node:fs/promises';
import { err, ok, type Result } from '../shared/result.js';
import { parseProblemFiles, type ProblemFileError, type TextFile } from '../analysis/optimize/problem-files.js';
import type { LocationProblem } from '../analysis/optimize/types.js';

/** Paths of a standalone optimiser problem; see `analysis/optimize/problem-files.ts` for the formats. */
export interface ProblemFilePaths {
  readonly matrix: string;
  readonly weights?: string;
  readonly candidates?: string;
}

export type LoadProblemError = ProblemFileError | { readonly code: 'optimize.file.unreadable'; readonly message: string; readonly file: string };

async function read(path: string): Promise<Result<TextFile, LoadProblemError>> {
  try {
    return ok({ name: path, text: await readFile(path, 'utf8') });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err({ code: 'optimize.file.unreadable', message: `${path}: cannot be read: ${reason}`, file: path });
  }
}

/** Reads the files and hands their text to the pure parser; the only I/O of a standalone problem. */
export async function loadProblemFiles(paths: ProblemFilePaths): Promise<Result<LocationProblem, LoadProblemError>> {
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
