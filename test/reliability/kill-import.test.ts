import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { after, describe, it, type TestContext } from 'node:test';
import { IMPORT_STARTED_KEY } from '../../src/services/seed.js';
import { runCli } from '../helpers/cli.js';
import { postgresTargets, postgresUnavailable, sqliteTargets, type StoreTarget, type StoreTargets } from '../helpers/store-targets.js';

// Issue 12: kill -9 while the register is being loaded must leave the store whole or empty, never
// half, and the next start must say which. The load is one transaction; the mark written before it
// is what lets the next start tell "interrupted" from "new".

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Starts `init`, waits until `when` says so (or it ends), then kills it with SIGKILL. */
async function killInit(target: StoreTarget, when: () => Promise<boolean>, extraDelayMs: number): Promise<'killed' | 'finished'> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'init'], {
    cwd: ROOT,
    env: { ...process.env, ...target.env },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((done) => child.on('close', () => done()));
  let ended = false;
  void exited.then(() => (ended = true));
  while (!ended && !(await when())) await sleep(5);
  if (ended) return 'finished';
  await sleep(extraDelayMs);
  if (ended) return 'finished';
  child.kill('SIGKILL');
  await exited;
  return 'killed';
}

async function inspect(target: StoreTarget): Promise<{ changes: number; marked: boolean }> {
  const store = await target.open();
  try {
    return { changes: await store.countChanges(), marked: (await store.getMeta(IMPORT_STARTED_KEY)) !== null };
  } finally {
    await store.close();
  }
}

for (const [name, make] of [['SQLite', sqliteTargets], ['PostgreSQL', postgresTargets]] as const) {
  describe(`kill -9 during the import on ${name}`, () => {
    let targets: StoreTargets | undefined;
    after(() => targets?.dispose());
    let whole: number | undefined;

    // Two points: as soon as the import is marked (its transaction is about to start or has just),
    // and a little later (inside the transaction's inserts, or just after its commit).
    for (const delay of [0, 150]) {
      it(`killed ${delay} ms after the import started: whole or empty, and validate says which`, async (t: TestContext) => {
        if (name === 'PostgreSQL') {
          const reason = await postgresUnavailable();
          if (reason) return t.skip(reason);
        }
        targets ??= make();
        const target = targets.fresh();
        // The store exists (schema made) before the child starts, so polling it races nothing.
        await inspect(target);
        const outcome = await killInit(target, async () => (await inspect(target)).marked, delay);
        const state = await inspect(target);
        const validate = runCli(['validate', '--at', '2018-07-01'], target.env);
        if (state.changes === 0) {
          assert.equal(outcome, 'killed', 'a finished init leaves a whole register');
          assert.equal(validate.status, 1);
          assert.match(validate.stderr, /^naerpoliti: registeret i .* er halvveis opprettet: innlastingen av data\/register\/changes\.json .* ble avbrutt, og ingen endringer er lagret/);
        } else {
          whole ??= (await (async () => {
            const reference = targets!.fresh();
            assert.equal(runCli(['init'], reference.env).status, 0);
            return (await inspect(reference)).changes;
          })());
          assert.equal(state.changes, whole, `half a register: ${state.changes} of ${whole} changes`);
          assert.equal(validate.status, 0, validate.stderr);
          assert.match(validate.stdout, /^OK: ingen regelbrudd 2018-07-01/);
        }
        t.diagnostic(`${outcome}; ${state.changes === 0 ? 'empty' : 'whole'}`);
      });
    }
  });
}
