import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IncrementalEvaluator, type IncrementalDelta } from '../../src/analysis/incremental.js';
import { nearestOpenSites } from '../../src/analysis/nearest-open-site.js';
import { evaluateAccessibility } from '../../src/analysis/evaluate.js';
import { DomainError } from '../../src/domain/errors.js';
import { seeded } from './helpers/fixtures.js';
import { input } from './helpers/hand-geography.js';

/** Everything a full re-evaluation says about the current open set. */
function full(minutes: Float32Array, rows: number, cols: number, open: Uint8Array, population: Float64Array, group: Int32Array, groups: number, threshold: number) {
  const nearest = nearestOpenSites(minutes, rows, cols, open);
  const beyond = new Float64Array(groups);
  const personMinutes = new Float64Array(groups);
  for (let i = 0; i < rows; i++) {
    if (nearest.minutes[i] > threshold) beyond[group[i]] += population[i];
    personMinutes[group[i]] += population[i] * nearest.minutes[i];
  }
  return { ...nearest, beyond, personMinutes, beyondTotal: beyond.reduce((a, b) => a + b, 0), personMinutesTotal: personMinutes.reduce((a, b) => a + b, 0) };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('IncrementalEvaluator on the hand geography', () => {
  const ev = new IncrementalEvaluator({ minutes: input.matrix.minutes, rows: 5, cols: 3, population: input.demand.population, thresholdMinutes: 45, open: Uint8Array.from([1, 1, 1]) });

  it('closing o1 moves p1 (10 → 20 min), p3 (60 → 60, tie to o2) and p5 (nobody) to o2', () => {
    const preview = ev.previewClose(0);
    const d = ev.closeOffice(0);
    assert.deepEqual([...d.affected], [0, 2, 4]);
    assert.equal(d.populationAffected, 130);
    assert.equal(d.personMinutesChange, 1000);
    assert.equal(d.populationBeyondChange, 0);
    assert.deepEqual({ ...preview, affected: [...preview.affected] }, { ...d, affected: [...d.affected] });
    assert.deepEqual([...ev.nearest().siteIndex], [1, 1, 1, 2, 1]);
  });

  it('re-opening it restores the state exactly, and refuses to close the last site', () => {
    const d = ev.openOffice(0);
    assert.equal(d.personMinutesChange, -1000);
    assert.deepEqual([...ev.nearest().siteIndex], [0, 1, 0, 2, 0]);
    assert.throws(() => ev.openOffice(0), DomainError);
    const one = new IncrementalEvaluator({ minutes: input.matrix.minutes, rows: 5, cols: 3, population: input.demand.population, thresholdMinutes: 45, open: Uint8Array.from([0, 1, 0]) });
    assert.throws(() => one.closeOffice(1), /last open site/);
  });

  it('can be built from a full evaluation, with its districts as groups', () => {
    const r = evaluateAccessibility(input);
    assert.ok(r.ok);
    const fromEval = IncrementalEvaluator.fromEvaluation(r.value.points, input.matrix);
    const d = fromEval.closeOffice(2); // o3 (Sør): p4 goes from 30 to 90 minutes
    assert.deepEqual([...d.groups.index], [1]); // districts ordered by name: Nord 0, Sør 1
    assert.deepEqual([...d.groups.populationBeyondChange], [20]);
    assert.deepEqual([...d.groups.personMinutesChange], [1200]);
  });
});

describe('IncrementalEvaluator equals full re-evaluation (random close/open sequences)', () => {
  for (const [seed, rows, cols, grid] of [
    [1, 60, 12, 4],
    [2, 150, 30, 2.5],
    [3, 40, 6, 10],
    [4, 300, 45, 0],
    [5, 90, 20, 5],
  ] as const) {
    it(`seed ${seed}: ${rows} points × ${cols} sites${grid ? `, minutes on a ${grid}-minute grid (ties)` : ''}`, () => {
      const rand = seeded(seed);
      const minutes = Float32Array.from({ length: rows * cols }, () => (grid ? Math.floor(rand() * 12) * grid : rand() * 120));
      const population = Float64Array.from({ length: rows }, () => (rand() < 0.1 ? 0 : Math.floor(rand() * 1000)));
      const groups = 4;
      const group = Int32Array.from({ length: rows }, () => Math.floor(rand() * groups));
      const threshold = grid ? 5 * grid : 45;
      const open = Uint8Array.from({ length: cols }, () => (rand() < 0.6 ? 1 : 0));
      open[0] = 1;
      const ev = new IncrementalEvaluator({ minutes, rows, cols, population, thresholdMinutes: threshold, open, group, groupCount: groups });
      let state = full(minutes, rows, cols, open, population, group, groups, threshold);

      for (let step = 0; step < 300; step++) {
        const openList = [...open.keys()].filter((j) => open[j]);
        const closedList = [...open.keys()].filter((j) => !open[j]);
        const doClose = closedList.length === 0 || (openList.length > 1 && rand() < 0.5);
        const site = doClose ? openList[Math.floor(rand() * openList.length)] : closedList[Math.floor(rand() * closedList.length)];
        const preview = doClose ? ev.previewClose(site) : ev.previewOpen(site);
        const d: IncrementalDelta = doClose ? ev.closeOffice(site) : ev.openOffice(site);
        open[site] = doClose ? 0 : 1;
        const next = full(minutes, rows, cols, open, population, group, groups, threshold);
        const where = `seed ${seed} step ${step} ${doClose ? 'close' : 'open'} ${site}`;

        const now = ev.nearest();
        assert.deepEqual(now.siteIndex, next.siteIndex, `${where}: nearest sites`);
        assert.deepEqual(now.minutes, next.minutes, `${where}: minutes`);
        const changed = [...next.siteIndex.keys()].filter((i) => next.siteIndex[i] !== state.siteIndex[i]);
        assert.deepEqual([...d.affected], changed, `${where}: affected points`);
        assert.equal(d.populationBeyondChange, next.beyondTotal - state.beyondTotal, `${where}: beyond`);
        assert.ok(close(d.personMinutesChange, next.personMinutesTotal - state.personMinutesTotal), `${where}: person-minutes`);
        for (let g = 0; g < groups; g++) {
          const k = [...d.groups.index].indexOf(g);
          const db = k < 0 ? 0 : d.groups.populationBeyondChange[k];
          const dm = k < 0 ? 0 : d.groups.personMinutesChange[k];
          assert.equal(db, next.beyond[g] - state.beyond[g], `${where}: group ${g} beyond`);
          assert.ok(close(dm, next.personMinutes[g] - state.personMinutes[g]), `${where}: group ${g} person-minutes`);
        }
        assert.deepEqual({ ...preview, affected: [...preview.affected] }, { ...d, affected: [...d.affected] }, `${where}: preview = applied`);
        if (doClose) for (let i = 0; i < rows; i++) assert.ok(next.minutes[i] >= state.minutes[i], `${where}: closing brought point ${i} closer`);
        const totals = ev.totals();
        assert.equal(totals.populationBeyond, next.beyondTotal);
        assert.equal(totals.openSites, openList.length + (doClose ? -1 : 1));
        state = next;
      }
    });
  }
});
