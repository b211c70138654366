import assert from 'node:assert/strict';
import { after, describe, it, type TestContext } from 'node:test';
import { markImportStarted } from '../../src/services/seed.js';
import { runCli, startServe } from '../helpers/cli.js';
import { postgresTargets, postgresUnavailable, sqliteTargets, type StoreTarget, type StoreTargets } from '../helpers/store-targets.js';

// Defect 9 of issue 12: reading commands used to fill an empty store with the seed, hiding an
// interrupted import. Now only `init` and a first `serve` on a truly new store fill it.

async function countIn(target: StoreTarget): Promise<number> {
  const store = await target.open();
  try {
    return await store.countChanges();
  } finally {
    await store.close();
  }
}

/** One line on stderr, naerpoliti's own, and no stack trace. */
function assertOneLine(stderr: string): void {
  assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
  assert.doesNotMatch(stderr, /\n\s+at /);
}

for (const [name, make] of [['SQLite', sqliteTargets], ['PostgreSQL', postgresTargets]] as const) {
  describe(`an empty or half-created store on ${name}`, () => {
    let targets: StoreTargets | undefined;
    after(() => targets?.dispose());
    const test = (title: string, body: (target: StoreTarget) => Promise<void>) =>
      it(title, async (t: TestContext) => {
        if (name === 'PostgreSQL') {
          const reason = await postgresUnavailable();
          if (reason) return t.skip(reason);
        }
        targets ??= make();
        await body(targets.fresh());
      });

    test('reading commands report a new store in one Norwegian line, exit 1 and leave it empty', async (target) => {
      for (const args of [['validate'], ['show', 'oslo'], ['structure']]) {
        const run = runCli(args, target.env);
        assert.equal(run.status, 1, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
        assert.match(run.stderr, /^naerpoliti: registeret i \S+.* er tomt; kjør «naerpoliti init»/, args.join(' '));
        assertOneLine(run.stderr);
      }
      assert.equal(await countIn(target), 0);
    });

    test('a half-created store (an import that did not finish) is reported by validate and serve, not re-seeded', async (target) => {
      const store = await target.open();
      await markImportStarted(store, '/backup/changes.json');
      await store.close();
      const validate = runCli(['validate'], target.env);
      assert.equal(validate.status, 1);
      assert.match(validate.stderr, /er halvveis opprettet: innlastingen av \/backup\/changes\.json startet \d{4}-\d\d-\d\dT[\d:.]+Z ble avbrutt/);
      assertOneLine(validate.stderr);
      const serve = await startServe([], target.env);
      await serve.stop();
      assert.equal(serve.listening, false, 'serve must not start on a half-created store');
      assert.equal(serve.status, 1);
      assert.match(serve.stderr, /er halvveis opprettet/);
      assert.equal(await countIn(target), 0);
      // init is the explicit way out.
      const init = runCli(['init'], target.env);
      assert.equal(init.status, 0, init.stderr);
      assert.match(init.stdout, /^Opprettet registeret i .* med [\d ]+ endringer fra data\/register\/changes\.json/);
      assert.equal(runCli(['validate', '--at', '2018-07-01'], target.env).status, 0);
    });

    test('serve seeds a truly new store once; init on a filled store changes nothing', async (target) => {
      const serve = await startServe([], target.env);
      await serve.stop();
      assert.equal(serve.listening, true, serve.stderr);
      assert.match(serve.stdout, /Opprettet registeret i .* med [\d ]+ endringer/);
      const seeded = await countIn(target);
      assert.ok(seeded > 1000, `seeded ${seeded}`);
      const again = await startServe([], target.env);
      await again.stop();
      assert.equal(again.listening, true, again.stderr);
      assert.doesNotMatch(again.stdout, /Opprettet/);
      const init = runCli(['init'], target.env);
      assert.equal(init.status, 0);
      assert.match(init.stdout, /har allerede [\d ]+ endringer; ingenting er endret/);
      assert.equal(await countIn(target), seeded);
    });
  });
}
