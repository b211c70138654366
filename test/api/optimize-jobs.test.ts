import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JOB_TTL_MS, MAX_JOBS, OptimizeJobs } from '../../src/services/optimize/optimize-jobs.js';
import type { IsoDate } from '../../src/shared/dates.js';
import { AccessibilityService } from '../../src/services/access/accessibility-service.js';
import { OptimizeService } from '../../src/services/optimize/optimize-service.js';
import { seedRegister } from '../helpers/seed.js';

/** The job table over the real optimiser on the seed, with a clock the test moves. */
function table() {
  let now = Date.parse('2026-01-05T10:00:00.000Z');
  const jobs = new OptimizeJobs(new OptimizeService(new AccessibilityService()), () => null, () => now);
  return { jobs, advance: (ms: number) => (now += ms) };
}

const TODAY = '2024-06-01' as IsoDate;
const quick = { at: '2018-07-01', keep: 219, heuristicOnly: true };

test('a finished job is kept an hour after it ended, then forgotten; a running one never expires', async () => {
  const { jobs, advance } = table();
  const register = seedRegister();
  const started = jobs.start(register, quick, TODAY);
  assert.equal(started.status, 'running');
  assert.equal(started.expiresAt, null);
  advance(2 * JOB_TTL_MS);
  assert.equal(jobs.get(started.id)?.status, 'running', 'not forgotten while it runs');
  const ended = await jobs.cancel(started.id); // waits for it; a heuristic run ends on its own
  assert.ok(ended && ended.status !== 'running');
  assert.equal(Date.parse(ended.expiresAt!) - Date.parse(ended.finishedAt!), JOB_TTL_MS);
  advance(JOB_TTL_MS);
  assert.ok(jobs.get(started.id), 'still there at the hour');
  advance(1);
  assert.equal(jobs.get(started.id), null, 'forgotten after it');
});

test(`the table keeps at most ${MAX_JOBS} jobs, forgetting the oldest finished first`, async () => {
  const { jobs } = table();
  const register = seedRegister();
  const ids: string[] = [];
  for (let i = 0; i < MAX_JOBS + 2; i++) {
    const job = jobs.start(register, quick, TODAY);
    ids.push(job.id);
    await jobs.cancel(job.id);
  }
  assert.equal(jobs.get(ids[0]!), null);
  assert.equal(jobs.get(ids[1]!), null);
  assert.ok(jobs.get(ids[2]!));
  assert.ok(jobs.get(ids.at(-1)!));
});
