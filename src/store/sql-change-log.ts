import type { Kysely } from 'kysely';
import type { NewChange, RecordedChange } from '../domain/changes.js';
import { canonicalChange } from './canonical-change.js';
import { StoreError } from './errors.js';
import { appliedMigrations, migrate, type AppliedMigration } from './migrations.js';
import { changeToRow, rowToChange } from './rows.js';
import type { SqlDatabase } from './sql-database.js';
import { SqlRoadNetworkStore } from './road-network-store.js';
import type { ScenarioWrites } from './scenario-store.js';
import { scenarioWritesIn, SqlScenarioStore } from './sql-scenario-store.js';
import { SqlUserStore } from './sql-user-store.js';
import type { ChangeLogStore } from './store.js';
import type { Tables } from './tables.js';
import { nameChange, newChangeIssue, recordedChangeIssue, timestampProblem } from './validate-change.js';

type Check = (all: readonly RecordedChange[]) => void;
type Also = (writes: ScenarioWrites) => Promise<void>;

// Rows per INSERT and ids per IN (…): far below SQLite's 32766 and PostgreSQL's 65535 parameters.
const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The change log over a SQL database, one implementation for both engines: every query here is
 * kysely, the engine only supplies the connection and its write lock (SqlDatabase). Open it with
 * openSqliteStore / openPostgresStore / openStore, which run the migrations first.
 */
export class SqlChangeLogStore implements ChangeLogStore {
  private closed = false;
  /** Scenarios and the audit log, in the same database (the ScenarioStore port). */
  readonly scenarios: SqlScenarioStore;
  /** Imported road networks, in the same database (the RoadNetworkStore port). */
  readonly roadNetworks: SqlRoadNetworkStore;
  /** Users, tokens and sessions, in the same database (the UserStore port). */
  readonly users: SqlUserStore;

  private constructor(readonly sql: SqlDatabase) {
    this.scenarios = new SqlScenarioStore(sql, () => this.db());
    this.roadNetworks = new SqlRoadNetworkStore(sql, () => this.db());
    this.users = new SqlUserStore(sql, () => this.db());
  }

  /** Migrates `database` and wraps it; closes it again if migrating fails. */
  static async open(database: SqlDatabase): Promise<SqlChangeLogStore> {
    try {
      await migrate(database);
    } catch (error) {
      await database.close();
      throw error;
    }
    return new SqlChangeLogStore(database);
  }

  get description(): string {
    return this.sql.description;
  }

  /** The schema steps recorded in this database (for status output and tests). */
  migrations(): Promise<AppliedMigration[]> {
    return appliedMigrations(this.db());
  }

  listChanges(): Promise<RecordedChange[]> {
    return listIn(this.db());
  }

  async countChanges(): Promise<number> {
    return countIn(this.db());
  }

  async appendChanges(changes: readonly NewChange[], options: { recordedAt?: string; check?: Check; also?: Also } = {}): Promise<RecordedChange[]> {
    this.db();
    // Everything that can be said without the database is said before the transaction starts.
    changes.forEach((change, index) => {
      const issue = newChangeIssue(change);
      if (issue) {
        throw new StoreError('store.invalid-change', `${nameChange(index, change)}: ${issue.path || '(the change)'} ${issue.message}`, {
          index,
          path: issue.path,
        });
      }
    });
    const recordedAt = options.recordedAt ?? new Date().toISOString();
    const badTime = timestampProblem(recordedAt);
    if (badTime) throw new StoreError('store.invalid-option', `appendChanges: option recordedAt ${badTime}`, { option: 'recordedAt' });
    refuseDuplicatesWithin(changes.map((c) => c.id), 'id');
    if (changes.length === 0) return [];

    return this.sql.writeTransaction(async (trx) => {
      await refuseRecordedIds(trx, changes);
      const first = (await maxSeq(trx)) + 1;
      const rows = changes.map((change, i) => changeToRow({ ...change, seq: first + i, recordedAt }));
      if (options.check) {
        const all = [...(await listIn(trx)), ...rows.map(rowToChange)];
        options.check(all);
      }
      await insertRows(trx, rows);
      if (options.also) await options.also(scenarioWritesIn(trx));
      await this.sql.announceChangeLogWrite(trx);
      return rows.map(rowToChange);
    });
  }

  async importChanges(changes: readonly RecordedChange[], options: { check?: Check } = {}): Promise<void> {
    this.db();
    changes.forEach((change, index) => {
      const issue = recordedChangeIssue(change);
      if (issue) {
        throw new StoreError('store.invalid-change', `${nameChange(index, change)}: ${issue.path || '(the change)'} ${issue.message}`, {
          index,
          path: issue.path,
        });
      }
    });
    refuseDuplicatesWithin(changes.map((c) => c.id), 'id');
    refuseDuplicatesWithin(changes.map((c) => c.seq), 'seq');
    const rows = [...changes].sort((a, b) => a.seq - b.seq).map((c) => changeToRow(canonicalChange(c)));

    await this.sql.writeTransaction(async (trx) => {
      const count = await countIn(trx);
      if (count > 0) {
        throw new StoreError(
          'store.not-empty',
          `Cannot import into ${this.description}: it already holds ${count} change(s). Import only into an empty store.`,
          { count, description: this.description },
        );
      }
      options.check?.(rows.map(rowToChange));
      await insertRows(trx, rows);
      await this.sql.announceChangeLogWrite(trx);
    });
  }

  async changeToken(): Promise<string> {
    this.db();
    return this.sql.changeToken();
  }

  async getMeta(key: string): Promise<string | null> {
    const row = await this.db().selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    const db = this.db();
    for (const [what, text] of [['key', key], ['value', value]] as const) {
      if (typeof text !== 'string' || text.includes('\u0000') || (what === 'key' && text.length === 0)) {
        throw new StoreError('store.invalid-option', `setMeta: ${what} must be a${what === 'key' ? ' non-empty' : ''} string without NUL characters`, {
          option: what,
        });
      }
    }
    await db
      .insertInto('meta')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.sql.close();
  }

  private db(): Kysely<Tables> {
    if (this.closed) throw new StoreError('store.closed', `${this.description} is closed`);
    return this.sql.db;
  }
}

async function listIn(db: Kysely<Tables>): Promise<RecordedChange[]> {
  const rows = await db.selectFrom('changes').selectAll().orderBy('seq').execute();
  return rows.map(rowToChange);
}

async function countIn(db: Kysely<Tables>): Promise<number> {
  const row = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  // PostgreSQL's count is bigint, which pg returns as text.
  return Number(row.n);
}

async function maxSeq(db: Kysely<Tables>): Promise<number> {
  const row = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.max('seq').as('max'))
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max);
}

async function insertRows(db: Kysely<Tables>, rows: readonly Tables['changes'][]): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto('changes').values(part).execute();
}

function refuseDuplicatesWithin(values: readonly (string | number)[], what: 'id' | 'seq'): void {
  const firstIndex = new Map<string | number, number>();
  values.forEach((value, index) => {
    const earlier = firstIndex.get(value);
    if (earlier !== undefined) {
      throw new StoreError(
        what === 'id' ? 'store.duplicate-change-id' : 'store.duplicate-seq',
        `change ${index} (${what} ${JSON.stringify(value)}): the same ${what} is also given to change ${earlier} in this call`,
        { index, [what]: value },
      );
    }
    firstIndex.set(value, index);
  });
}

async function refuseRecordedIds(db: Kysely<Tables>, changes: readonly NewChange[]): Promise<void> {
  const indexById = new Map(changes.map((c, i) => [c.id, i]));
  for (const part of chunks(changes.map((c) => c.id))) {
    const found = await db.selectFrom('changes').select(['id', 'seq']).where('id', 'in', part).orderBy('seq').executeTakeFirst();
    if (found) {
      const index = indexById.get(found.id) ?? -1;
      throw new StoreError(
        'store.duplicate-change-id',
        `change ${index} (id ${JSON.stringify(found.id)}): a change with this id is already recorded (seq ${Number(found.seq)}); a correction needs a new id and "supersedes"`,
        { index, id: found.id, seq: Number(found.seq) },
      );
    }
  }
}
