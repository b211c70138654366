import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it, type TestContext } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { postgresTargets, postgresUnavailable, sqliteTargets } from '../helpers/store-targets.js';

// Issue 12: a backup taken on one store restores on the other, and exporting again gives the same
// bytes (sequence numbers, recording times and all): SQLite → PostgreSQL → SQLite, in both formats.

const dir = mkdtempSync(join(tmpdir(), 'naerpoliti-backup-'));
const sqlite = sqliteTargets();
const postgres = postgresTargets();
after(async () => {
  await sqlite.dispose();
  await postgres.dispose();
  rmSync(dir, { recursive: true, force: true });
});

function ok(args: string[], env: Record<string, string | undefined>): void {
  const run = runCli(args, env);
  assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
}

for (const format of ['json', 'csv'] as const) {
  it(`export from SQLite, import into PostgreSQL, export, import into SQLite, export: identical (${format})`, async (t: TestContext) => {
    const reason = await postgresUnavailable();
    if (reason) return t.skip(reason);
    const source = sqlite.fresh();
    const middle = postgres.fresh();
    const back = sqlite.fresh();
    ok(['init'], source.env);
    const file = `changes.${format}`;
    const out = (name: string) => join(dir, `${format}-${name}`);
    ok(['export', '--format', format, '--out', out('1')], source.env);
    ok(['import', out('1')], middle.env);
    ok(['export', '--format', format, '--out', out('2')], middle.env);
    ok(['import', out('2')], back.env);
    ok(['export', '--format', format, '--out', out('3')], back.env);
    const first = readFileSync(join(out('1'), file));
    assert.ok(first.length > 100_000, 'the whole register was exported');
    assert.ok(first.equals(readFileSync(join(out('2'), file))), 'PostgreSQL export differs from the SQLite one');
    assert.ok(first.equals(readFileSync(join(out('3'), file))), 'the SQLite restore differs from the original');
  });
}
