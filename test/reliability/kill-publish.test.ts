import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { after, describe, it, type TestContext } from 'node:test';
import { SEED_DIR } from '../../src/config.js';
import { AppServices } from '../../src/services/app-services.js';
import { ensureSeeded } from '../../src/services/seed.js';
import { runCli } from '../helpers/cli.js';
import { postgresTargets, postgresUnavailable, sqliteTargets, type StoreTarget, type StoreTargets } from '../helpers/store-targets.js';

// Issue 12: kill -9 while a scenario is published must leave the register as it was (scenario
// still decided, no new changes) or wholly published (changes, status and audit entry together).

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PUBLISH = ['scenario', 'publish', '1', '--decided-by', 'Politidirektoratet', '--decision-date', '2024-05-01', '--effective', '2024-07-01'];

/** A seeded store with scenario 1 decided: closing Loppa from 2024-07-01. Returns the change count. */
async function prepare(target: StoreTarget): Promise<number> {
  const store = await target.open();
  try {
    await ensureSeeded(store, SEED_DIR);
    const scenarios = new AppServices({ store, scenarios: store.scenarios }).scenarios!;
    const s = await scenarios.create({ name: 'Loppa', baseDate: '2024-06-01' }, 'kari');
    await scenarios.addChange(s.id, { type: 'close-office', officeId: 'loppa-lensmannskontor' }, { actor: 'kari' });
    await scenarios.setStatus(s.id, 'in-consultation', { actor: 'kari' });
    await scenarios.setStatus(s.id, 'decided', { actor: 'kari' });
    return await store.countChanges();
  } finally {
    await store.close();
  }
}

async function inspect(target: StoreTarget) {
  const store = await target.open();
  try {
    const scenario = await store.scenarios.getScenario(1);
    const audit = await store.scenarios.listAudit({ subject: 'scenario:1' });
    return { changes: await store.countChanges(), status: scenario?.status, published: audit.some((e) => e.action === 'scenario.publish') };
  } finally {
    await store.close();
  }
}

async function publishKilledAfter(target: StoreTarget, delayMs: number): Promise<'killed' | 'finished'> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...PUBLISH], { cwd: ROOT, env: { ...process.env, ...target.env }, stdio: 'ignore' });
  let ended = false;
  const exited = new Promise<void>((done) => child.on('close', () => done()));
  void exited.then(() => (ended = true));
  await Promise.race([sleep(delayMs), exited]);
  if (ended) return 'finished';
  child.kill('SIGKILL');
  await exited;
  return 'killed';
}

for (const [name, make] of [['SQLite', sqliteTargets], ['PostgreSQL', postgresTargets]] as const) {
  describe(`kill -9 during publish on ${name}`, () => {
    let targets: StoreTargets | undefined;
    after(() => targets?.dispose());
    // The CLI needs a second or more to start under load; these points fall before, in and after the write.
    for (const delay of [1500, 3000]) {
      it(`killed ${delay} ms after publish started: nothing or everything is published`, async (t: TestContext) => {
        if (name === 'PostgreSQL') {
          const reason = await postgresUnavailable();
          if (reason) return t.skip(reason);
        }
        targets ??= make();
        const target = targets.fresh();
        const before = await prepare(target);
        const outcome = await publishKilledAfter(target, delay);
        const state = await inspect(target);
        if (state.changes === before) {
          assert.equal(state.status, 'decided');
          assert.equal(state.published, false, 'an audit entry for a publication that did not happen');
        } else {
          assert.equal(state.changes, before + 1, 'closing one office is one change');
          assert.equal(state.status, 'published');
          assert.equal(state.published, true);
        }
        const validate = runCli(['validate', '--at', '2024-07-01'], target.env);
        assert.equal(validate.status, 0, validate.stderr);
        t.diagnostic(`${outcome}; ${state.changes === before ? 'not published' : 'published'}`);
      });
    }
  });
}
