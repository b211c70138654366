import { DomainError } from '../../domain/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { LocationProblem, Objective, OptimizeError, OptimizeSpec } from './types.js';

/**
 * A problem checked against a spec, with ids turned into indices and the constraints into flat arrays.
 * Everything downstream (heuristic, models, bounds) works on this.
 */
export interface PreparedProblem {
  readonly objective: Objective;
  /** N demand points, M candidates, K to select. */
  readonly n: number;
  readonly m: number;
  readonly k: number;
  readonly weights: Float64Array;
  readonly minutes: Float32Array;
  readonly candidateIds: readonly string[];
  /** null for p-median without a reporting threshold. */
  readonly thresholdMinutes: number | null;
  /** 1 where the candidate may be selected (not in mustNot). */
  readonly allowed: Uint8Array;
  /** 1 where the candidate must be selected (mustKeep). */
  readonly forced: Uint8Array;
  /** 1 where the candidate is preferred in ties (`spec.prefer`). */
  readonly preferred: Uint8Array;
  /** Group index per candidate, −1 for none. Indices refer to `groupIds`. */
  readonly group: Int32Array;
  readonly groupIds: readonly string[];
  /** Minimum selected per group index (0 when none was asked). */
  readonly groupMin: Int32Array;
  readonly totalWeight: number;
}

const fail = (code: OptimizeError['code'], message: string, details: Record<string, unknown> = {}) =>
  err<OptimizeError>({ code, message, details });

/** Throws on arrays that do not fit together: that is a bug in whoever built the problem. */
function assertProblemShape(problem: LocationProblem): void {
  const n = problem.demandWeights.length;
  const m = problem.candidateIds.length;
  if (problem.minutes.length !== n * m) {
    throw new DomainError(
      'optimize.invalid-problem',
      `minutes has ${problem.minutes.length} entries, expected demand × candidates = ${n} × ${m} = ${n * m}`,
    );
  }
  if (problem.demandIds && problem.demandIds.length !== n) {
    throw new DomainError('optimize.invalid-problem', `demandIds has ${problem.demandIds.length} entries, expected ${n}`);
  }
  if (problem.candidateGroups && problem.candidateGroups.length !== m) {
    throw new DomainError(
      'optimize.invalid-problem',
      `candidateGroups has ${problem.candidateGroups.length} entries, expected ${m}`,
    );
  }
  const seen = new Set<string>();
  for (const id of problem.candidateIds) {
    if (seen.has(id)) throw new DomainError('optimize.invalid-problem', `candidate id "${id}" occurs more than once`);
    seen.add(id);
  }
  for (let i = 0; i < n; i++) {
    const w = problem.demandWeights[i];
    if (!(w >= 0) || !Number.isFinite(w)) {
      const name = problem.demandIds?.[i] ?? `#${i}`;
      throw new DomainError('optimize.invalid-problem', `demand point ${name} has weight ${w}; weights must be finite and ≥ 0`);
    }
  }
  for (let x = 0; x < problem.minutes.length; x++) {
    const v = problem.minutes[x];
    if (!(v >= 0) || !Number.isFinite(v)) {
      const i = Math.floor(x / m);
      const name = problem.demandIds?.[i] ?? `#${i}`;
      throw new DomainError(
        'optimize.invalid-problem',
        `minutes from demand point ${name} to candidate ${problem.candidateIds[x % m]} is ${v}; minutes must be finite and ≥ 0`,
      );
    }
  }
}

/**
 * Checks the spec against the problem and resolves ids. Infeasible requests (K below the mustKeep count,
 * group minimums that do not fit in K, too few candidates left in a group, …) come back as errors that
 * say which parameter is at fault; a malformed problem throws.
 */
export function prepareProblem(problem: LocationProblem, spec: OptimizeSpec): Result<PreparedProblem, OptimizeError> {
  assertProblemShape(problem);
  const n = problem.demandWeights.length;
  const m = problem.candidateIds.length;
  const k = spec.keep;

  if (!Number.isInteger(k) || k < 1) {
    return fail('optimize.invalid-parameter', `keep must be an integer ≥ 1, got ${k}`, { parameter: 'keep', value: k });
  }
  const threshold = spec.thresholdMinutes ?? null;
  if (spec.objective === 'mclp' && threshold === null) {
    return fail('optimize.invalid-parameter', 'thresholdMinutes is required for the mclp objective', {
      parameter: 'thresholdMinutes',
    });
  }
  if (threshold !== null && !(Number.isFinite(threshold) && threshold >= 0)) {
    return fail('optimize.invalid-parameter', `thresholdMinutes must be a finite number ≥ 0, got ${threshold}`, {
      parameter: 'thresholdMinutes',
      value: threshold,
    });
  }

  const index = new Map<string, number>();
  problem.candidateIds.forEach((id, j) => index.set(id, j));
  const allowed = new Uint8Array(m).fill(1);
  const forced = new Uint8Array(m);
  for (const [parameter, ids] of [
    ['mustNot', spec.mustNot ?? []],
    ['mustKeep', spec.mustKeep ?? []],
  ] as const) {
    for (const id of ids) {
      const j = index.get(id);
      if (j === undefined) {
        return fail('optimize.unknown-candidate', `${parameter} names "${id}", which is not a candidate`, {
          parameter,
          id,
        });
      }
      if (parameter === 'mustNot') allowed[j] = 0;
      else if (!allowed[j]) {
        return fail('optimize.infeasible', `"${id}" is in both mustKeep and mustNot`, { parameter, id });
      } else forced[j] = 1;
    }
  }
  const preferred = new Uint8Array(m);
  for (const id of spec.prefer ?? []) {
    const j = index.get(id);
    if (j === undefined) {
      return fail('optimize.unknown-candidate', `prefer names "${id}", which is not a candidate`, { parameter: 'prefer', id });
    }
    preferred[j] = 1;
  }
  let allowedCount = 0;
  let forcedCount = 0;
  for (let j = 0; j < m; j++) {
    allowedCount += allowed[j];
    forcedCount += forced[j];
  }
  if (forcedCount > k) {
    return fail('optimize.infeasible', `mustKeep names ${forcedCount} candidates but keep is only ${k}`, {
      parameter: 'mustKeep',
      mustKeep: forcedCount,
      keep: k,
    });
  }
  if (allowedCount < k) {
    return fail(
      'optimize.infeasible',
      `keep is ${k} but only ${allowedCount} candidates are available (${m} minus ${m - allowedCount} in mustNot)`,
      { parameter: 'keep', keep: k, available: allowedCount },
    );
  }

  const groupIds: string[] = [];
  const groupIndex = new Map<string, number>();
  const group = new Int32Array(m).fill(-1);
  problem.candidateGroups?.forEach((g, j) => {
    if (g === null) return;
    let gi = groupIndex.get(g);
    if (gi === undefined) {
      gi = groupIds.length;
      groupIds.push(g);
      groupIndex.set(g, gi);
    }
    group[j] = gi;
  });
  const groupMin = new Int32Array(groupIds.length);
  const minPerGroup = spec.minPerGroup ?? new Map<string, number>();
  if (minPerGroup.size > 0 && !problem.candidateGroups) {
    return fail('optimize.invalid-parameter', 'minPerGroup is given but the candidates have no groups', {
      parameter: 'minPerGroup',
    });
  }
  for (const [g, min] of minPerGroup) {
    const gi = groupIndex.get(g);
    if (gi === undefined) {
      return fail('optimize.unknown-group', `minPerGroup names group "${g}", which no candidate belongs to`, {
        parameter: 'minPerGroup',
        group: g,
      });
    }
    if (!Number.isInteger(min) || min < 0) {
      return fail('optimize.invalid-parameter', `minPerGroup for "${g}" must be an integer ≥ 0, got ${min}`, {
        parameter: 'minPerGroup',
        group: g,
        value: min,
      });
    }
    groupMin[gi] = min;
  }
  const available = new Int32Array(groupIds.length);
  const forcedIn = new Int32Array(groupIds.length);
  for (let j = 0; j < m; j++) {
    const g = group[j];
    if (g < 0) continue;
    available[g] += allowed[j];
    forcedIn[g] += forced[j];
  }
  let required = forcedCount;
  for (let g = 0; g < groupIds.length; g++) {
    if (available[g] < groupMin[g]) {
      return fail(
        'optimize.infeasible',
        `minPerGroup asks for ${groupMin[g]} in "${groupIds[g]}" but only ${available[g]} of its candidates are available`,
        { parameter: 'minPerGroup', group: groupIds[g], minimum: groupMin[g], available: available[g] },
      );
    }
    required += Math.max(0, groupMin[g] - forcedIn[g]);
  }
  if (required > k) {
    return fail(
      'optimize.infeasible',
      `mustKeep and minPerGroup together need at least ${required} sites but keep is only ${k}`,
      { parameter: 'keep', keep: k, required },
    );
  }

  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += problem.demandWeights[i];

  return ok({
    objective: spec.objective,
    n,
    m,
    k,
    weights: problem.demandWeights,
    minutes: problem.minutes,
    candidateIds: problem.candidateIds,
    thresholdMinutes: threshold,
    allowed,
    forced,
    preferred,
    group,
    groupIds,
    groupMin,
    totalWeight,
  });
}
