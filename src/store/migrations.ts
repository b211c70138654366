import type { Kysely } from 'kysely';
import { StoreError } from './errors.js';
import type { SqlDatabase } from './sql-database.js';
import type { Tables } from './tables.js';

/**
 * The schema, as numbered steps run on open. Each applied step is recorded in `schema_migrations`
 * (version, name, applied_at), so opening again applies nothing, and a database written by a newer
 * program (a version this one does not know) is refused rather than misread. Steps only use kysely's
 * schema builder with types both engines share, so SQLite and PostgreSQL get the same logical schema.
 *
 * Add a step at the end; never edit one that has shipped.
 */
interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Kysely<Tables>): Promise<void>;
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'changes-and-meta',
    async up(db) {
      await db.schema
        .createTable('changes')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('effective', 'text', (c) => c.notNull())
        .addColumn('date_precision', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('op_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('decision', 'text')
        .addColumn('sources', 'text', (c) => c.notNull())
        .addColumn('certainty', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('supersedes', 'text')
        .execute();
      // The fold reads in (effective, seq) order; history and "who serves" look up by entity id.
      await db.schema.createIndex('changes_effective_seq').on('changes').columns(['effective', 'seq']).execute();
      await db.schema.createIndex('changes_entity_id').on('changes').column('entity_id').execute();
      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  {
    version: 2,
    name: 'scenarios-and-audit',
    async up(db) {
      await db.schema
        .createTable('scenarios')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('base_date', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('publication', 'text')
        .execute();
      await db.schema
        .createTable('scenario_changes')
        .addColumn('scenario_id', 'integer', (c) => c.notNull().references('scenarios.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('scenario_changes_pk', ['scenario_id', 'position'])
        .execute();
      await db.schema
        .createTable('audit')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_subject_id').on('audit').columns(['subject', 'id']).execute();
    },
  },
  {
    version: 3,
    name: 'road-networks',
    async up(db) {
      await db.schema
        .createTable('road_networks')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('version', 'text', (c) => c.notNull().unique())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('terms', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .addColumn('counts', 'text', (c) => c.notNull())
        .addColumn('nodes_csv', 'text', (c) => c.notNull())
        .addColumn('edges_csv', 'text', (c) => c.notNull())
        .execute();
    },
  },
  {
    version: 4,
    name: 'users-tokens-sessions',
    async up(db) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('roles', 'text', (c) => c.notNull())
        .addColumn('district_id', 'text')
        .addColumn('municipality_number', 'text')
        // 0/1 rather than boolean: SQLite has no boolean type, and both engines then read the same.
        .addColumn('disabled', 'integer', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('access_tokens')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text')
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      // Who (user id), from where, and which revision an edit went from and to; NULL in older rows.
      await db.schema.alterTable('audit').addColumn('user_id', 'integer').execute();
      await db.schema.alterTable('audit').addColumn('client_address', 'text').execute();
      await db.schema.alterTable('audit').addColumn('before_revision', 'integer').execute();
      await db.schema.alterTable('audit').addColumn('after_revision', 'integer').execute();
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export interface AppliedMigration {
  readonly version: number;
  readonly name: string;
  readonly appliedAt: string;
}

/** Applies every step not yet recorded, in one locked transaction. Returns the versions it applied. */
export async function migrate(database: SqlDatabase, now: () => string = () => new Date().toISOString()): Promise<number[]> {
  return database.writeTransaction(async (trx) => {
    await trx.schema
      .createTable('schema_migrations')
      .ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();
    const applied = await trx.selectFrom('schema_migrations').select(['version', 'name']).orderBy('version').execute();
    const known = new Map(MIGRATIONS.map((m) => [m.version, m]));
    for (const row of applied) {
      const version = Number(row.version);
      const step = known.get(version);
      if (!step) {
        throw new StoreError(
          'store.schema-too-new',
          `${database.description} has schema version ${version} ("${row.name}"), which this program does not know (it knows up to ${SCHEMA_VERSION}); upgrade naerpoliti before opening it`,
          { version, known: SCHEMA_VERSION },
        );
      }
      if (step.name !== row.name) {
        throw new StoreError(
          'store.schema-too-new',
          `${database.description} recorded schema step ${version} as "${row.name}", but this program's step ${version} is "${step.name}"; the database was made by a different program`,
          { version },
        );
      }
    }
    const done = new Set(applied.map((row) => Number(row.version)));
    const ran: number[] = [];
    for (const step of MIGRATIONS) {
      if (done.has(step.version)) continue;
      await step.up(trx);
      await trx.insertInto('schema_migrations').values({ version: step.version, name: step.name, applied_at: now() }).execute();
      ran.push(step.version);
    }
    return ran;
  });
}

export async function appliedMigrations(db: Kysely<Tables>): Promise<AppliedMigration[]> {
  const rows = await db.selectFrom('schema_migrations').selectAll().orderBy('version').execute();
  return rows.map((r) => ({ version: Number(r.version), name: r.name, appliedAt: r.applied_at }));
}
