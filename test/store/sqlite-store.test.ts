import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { openStore } from '../../src/store/open-store.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { openSqliteStore, SQLITE_FILE_NAME } from '../../src/store/sqlite-store.js';
import { StoreError } from '../../src/store/errors.js';
import { SqliteHarness } from './harness.js';
import { storeContract } from './store-contract.js';

const harness = new SqliteHarness();
after(() => harness.dispose());
storeContract(harness);

describe('SQLite adapter', () => {
  const scratch = new SqliteHarness();
  after(() => scratch.dispose());

  it('creates the directory and naerpoliti.sqlite, in WAL mode with foreign keys on', async () => {
    const dir = join(await scratch.tempDir(), 'not', 'yet', 'there');
    const store = await openSqliteStore(dir);
    try {
      const file = join(dir, SQLITE_FILE_NAME);
      assert.ok(existsSync(file));
      assert.equal(store.description, `sqlite:${file}`);
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.sql.db);
      assert.equal(fk.rows[0]?.foreign_keys, 1);
      const raw = new Database(file, { readonly: true });
      try {
        assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
      } finally {
        raw.close();
      }
    } finally {
      await store.close();
    }
  });

  it('openStore chooses SQLite in dataDir when no database URL is given', async () => {
    for (const databaseUrl of [undefined, null, '', '  ']) {
      const dir = await scratch.tempDir();
      const store = await openStore({ databaseUrl, dataDir: dir });
      try {
        assert.equal(store.sql.dialect, 'sqlite');
        assert.equal(store.description, `sqlite:${join(dir, SQLITE_FILE_NAME)}`);
      } finally {
        await store.close();
      }
    }
  });

  it('names the file when it is not a SQLite database', async () => {
    const dir = await scratch.tempDir();
    await writeFile(join(dir, SQLITE_FILE_NAME), 'seq,id\r\n1,a\r\n'.repeat(100));
    await assert.rejects(openSqliteStore(dir), (error) => {
      assert.ok(error instanceof StoreError);
      assert.equal(error.code, 'store.unreadable');
      assert.equal(error.message, `Cannot open ${join(dir, SQLITE_FILE_NAME)}: file is not a database`);
      return true;
    });
  });

  it('refuses a database whose schema is newer than this program', async () => {
    const dir = await scratch.tempDir();
    await (await openSqliteStore(dir)).close();
    const raw = new Database(join(dir, SQLITE_FILE_NAME));
    raw.prepare("insert into schema_migrations (version, name, applied_at) values (99, 'from-the-future', '2030-01-01T00:00:00.000Z')").run();
    raw.close();
    await assert.rejects(openSqliteStore(dir), (error) => {
      assert.ok(error instanceof StoreError);
      assert.equal(error.code, 'store.schema-too-new');
      assert.match(error.message, new RegExp(`has schema version 99 \\("from-the-future"\\), which this program does not know \\(it knows up to ${SCHEMA_VERSION}\\)`));
      return true;
    });
  });

  it('two processes appending to one file at the same time never share a seq', async () => {
    const dir = await scratch.tempDir();
    await (await openSqliteStore(dir)).close();
    const worker = fileURLToPath(new URL('./sqlite-append-worker.ts', import.meta.url));
    const run = (name: string) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', worker, dir, name, '25'], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${name} exited with ${code}: ${stderr}`))));
      });
    await Promise.all([run('p'), run('q')]);
    const store = await openSqliteStore(dir);
    try {
      const log = await store.listChanges();
      assert.equal(log.length, 100);
      assert.deepEqual(
        log.map((c) => c.seq),
        Array.from({ length: 100 }, (_, i) => i + 1),
      );
      for (const name of ['p', 'q']) {
        // Each call of two changes got a contiguous block, whatever the other process did.
        const mine = log.filter((c) => c.id.startsWith(`${name}-`));
        for (let i = 0; i < mine.length; i += 2) assert.equal(mine[i + 1]!.seq, mine[i]!.seq + 1);
      }
    } finally {
      await store.close();
    }
  });
});
