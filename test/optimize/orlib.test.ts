import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseProblemFiles, solveHeuristic } from '../../src/analysis/optimize/index.js';
import { orLibMatrixCsv, parseOrLib } from './orlib.js';
import { solveExact } from '../../src/services/optimize/solve-exact.js';

// Known optima from OR-Library's pmedopt (Beasley 1985); see test/fixtures/orlib/README.md.
const INSTANCES = [
  { name: 'pmed1', optimum: 5819 },
  { name: 'pmed5', optimum: 1355 },
];

function problemOf(name: string) {
  const instance = parseOrLib(readFileSync(new URL(`../fixtures/orlib/${name}.txt`, import.meta.url), 'utf8'));
  const parsed = parseProblemFiles({ matrix: { name: `${name}.csv`, text: orLibMatrixCsv(instance) } });
  if (!parsed.ok) throw new Error(parsed.error.map((i) => i.message).join('; '));
  return { problem: parsed.value, p: instance.p, n: instance.n };
}

test('the converter reads the edge list and keeps the last cost of a repeated edge', () => {
  const tiny = parseOrLib(' 3 3 1\n 1 2 5\n 2 3 4\n 1 2 2\n');
  assert.deepEqual(Array.from(tiny.cost), [0, 2, 6, 2, 0, 4, 6, 4, 0]);
  const { problem, p, n } = problemOf('pmed5');
  assert.equal(p, 33);
  assert.equal(problem.candidateIds.length, n);
  assert.equal(problem.minutes.length, n * n);
});

for (const { name, optimum } of INSTANCES) {
  test(`OR-Library ${name}: heuristic, HiGHS and the Lagrangian bound reach the known optimum ${optimum}`, async () => {
    const { problem, p } = problemOf(name);
    const spec = { objective: 'p-median' as const, keep: p };
    const h = solveHeuristic(problem, spec);
    assert.ok(h.ok);
    // Not guaranteed for a local search, but it does reach both optima; a change that loses them is a regression.
    assert.equal(h.value.objectiveValue, optimum);

    const mip = await solveExact(problem, spec, { timeLimitSeconds: 120 });
    assert.ok(mip.ok);
    assert.equal(mip.value.status, 'optimal', mip.value.solver);
    assert.equal(mip.value.objectiveValue, optimum);
    assert.ok(mip.value.bound !== null && Math.abs(mip.value.bound - optimum) <= 1e-6);
    assert.match(mip.value.solver, /p-median assignment MIP, 100 sites × 100 demand points/);

    const lagrangian = await solveExact(problem, spec, { timeLimitSeconds: 120, maxAssignmentCells: 0 });
    assert.ok(lagrangian.ok);
    // Integral data, so the bound is rounded up; here it closes the gap (Beasley's own method for these).
    assert.equal(lagrangian.value.bound, optimum);
    assert.equal(lagrangian.value.status, 'optimal');
    assert.equal(lagrangian.value.objectiveValue, optimum);
  });
}
