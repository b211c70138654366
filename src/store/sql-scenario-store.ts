import type { Kysely } from 'kysely';
import type { Proposal } from '../domain/scenario/proposals.js';
import { Scenario, type Publication, type ScenarioStatus, type ScenarioSummary } from '../domain/scenario/scenario.js';
import { schemaIssueFinder } from '../domain/schema-issues.js';
import { StoreError } from './errors.js';
import { scenarioSubject, type NewAuditEntry, type NewScenario, type ScenarioAudit, type ScenarioPatch, type ScenarioStore, type ScenarioWrites } from './scenario-store.js';
import type { SqlDatabase } from './sql-database.js';
import type { AuditTable, ScenariosTable, Tables } from './tables.js';
import { timestampProblem } from './validate-change.js';
import type { AuditEntry } from '../contract/audit-entry.js';

const scenarioIssue = schemaIssueFinder(Scenario);

/**
 * Scenarios and the audit log over the same SQL database as the change log, one implementation for
 * both engines. Every write runs in the database's write transaction (one writer at a time), which
 * is also what makes "next id = max + 1" safe. Reads are trusted: rows are only written from values
 * that passed the Scenario schema.
 */
export class SqlScenarioStore implements ScenarioStore {
  constructor(
    private readonly sql: SqlDatabase,
    /** The database, or a store.closed error once the owning store is closed. */
    private readonly db: () => Kysely<Tables>,
  ) {}

  get description(): string {
    return this.sql.description;
  }

  async createScenario(input: NewScenario, options: { at: string; audit: ScenarioAudit }): Promise<Scenario> {
    this.db();
    refuseTime(options.at);
    return this.sql.writeTransaction(async (trx) => {
      const row = await trx
        .selectFrom('scenarios')
        .select((eb) => eb.fn.max('id').as('max'))
        .executeTakeFirst();
      const id = row?.max === null || row?.max === undefined ? 1 : Number(row.max) + 1;
      const scenario: Scenario = {
        id,
        name: input.name,
        description: input.description,
        baseDate: input.baseDate,
        status: 'draft',
        createdAt: options.at,
        createdBy: input.createdBy,
        updatedAt: options.at,
        revision: 1,
        changes: [],
        publication: null,
      };
      refuseInvalid(scenario);
      await trx.insertInto('scenarios').values(toRow(scenario)).execute();
      await insertAudit(trx, { ...options.audit, subject: scenarioSubject(id), beforeRevision: null, afterRevision: 1 }, options.at);
      return scenario;
    });
  }

  async getScenario(id: number): Promise<Scenario | null> {
    return getIn(this.db(), id);
  }

  async listScenarios(): Promise<ScenarioSummary[]> {
    const db = this.db();
    const rows = await db.selectFrom('scenarios').selectAll().orderBy('id', 'desc').execute();
    const counts = await db
      .selectFrom('scenario_changes')
      .select(['scenario_id', (eb) => eb.fn.countAll().as('n')])
      .groupBy('scenario_id')
      .execute();
    // PostgreSQL's count is bigint, which pg returns as text.
    const countOf = new Map(counts.map((c) => [Number(c.scenario_id), Number(c.n)]));
    return rows.map((r) => ({
      id: Number(r.id),
      name: r.name,
      baseDate: r.base_date,
      status: r.status as ScenarioStatus, // written from a validated Scenario
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      revision: Number(r.revision),
      changeCount: countOf.get(Number(r.id)) ?? 0,
    }));
  }

  updateScenario(id: number, expectedRevision: number, patch: ScenarioPatch, options: { at: string; audit: ScenarioAudit }): Promise<Scenario> {
    this.db();
    return this.sql.writeTransaction((trx) => scenarioWritesIn(trx).updateScenario(id, expectedRevision, patch, options));
  }

  recordAudit(entry: NewAuditEntry, at: string): Promise<AuditEntry> {
    this.db();
    return this.sql.writeTransaction((trx) => scenarioWritesIn(trx).recordAudit(entry, at));
  }

  async listAudit(options: { subject?: string; limit?: number; before?: number } = {}): Promise<AuditEntry[]> {
    let query = this.db().selectFrom('audit').selectAll().orderBy('id', 'desc');
    if (options.subject !== undefined) query = query.where('subject', '=', options.subject);
    if (options.before !== undefined) {
      if (!Number.isSafeInteger(options.before) || options.before < 1) {
        throw new StoreError('store.invalid-option', `listAudit: before must be a whole number ≥ 1 (got ${String(options.before)})`, { option: 'before' });
      }
      query = query.where('id', '<', options.before);
    }
    if (options.limit !== undefined) {
      if (!Number.isInteger(options.limit) || options.limit < 1) {
        throw new StoreError('store.invalid-option', `listAudit: limit must be a whole number ≥ 1 (got ${String(options.limit)})`, { option: 'limit' });
      }
      query = query.limit(options.limit);
    }
    return (await query.execute()).map(toAuditEntry);
  }
}

/** Scenario writes on an open transaction: used by the store itself and inside a change log append. */
export function scenarioWritesIn(trx: Kysely<Tables>): ScenarioWrites {
  return {
    async updateScenario(id, expectedRevision, patch, options) {
      refuseTime(options.at);
      const current = await getIn(trx, id);
      if (!current) throw new StoreError('store.scenario-not-found', `There is no scenario ${id}`, { id });
      if (current.revision !== expectedRevision) {
        throw new StoreError(
          'store.scenario-conflict',
          `Scenario ${id} was changed by someone else (it is at revision ${current.revision}, this edit was made on revision ${expectedRevision}); reload it and try again`,
          { id, revision: current.revision, expectedRevision },
        );
      }
      const next: Scenario = {
        ...current,
        ...definedFields(patch),
        changes: patch.changes ? [...patch.changes] : current.changes,
        updatedAt: options.at,
        revision: current.revision + 1,
      };
      refuseInvalid(next);
      const { id: _id, ...row } = toRow(next);
      const updated = await trx.updateTable('scenarios').set(row).where('id', '=', id).where('revision', '=', expectedRevision).executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new StoreError('store.scenario-conflict', `Scenario ${id} changed while it was being written`, { id });
      if (patch.changes) {
        await trx.deleteFrom('scenario_changes').where('scenario_id', '=', id).execute();
        await insertChanges(trx, id, patch.changes);
      }
      await insertAudit(trx, { ...options.audit, subject: scenarioSubject(id), beforeRevision: current.revision, afterRevision: next.revision }, options.at);
      return next;
    },
    recordAudit(entry, at) {
      refuseTime(at);
      return insertAudit(trx, entry, at);
    },
  };
}

function definedFields(patch: ScenarioPatch): Partial<Scenario> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) if (value !== undefined && key !== 'changes') out[key] = value;
  return out as Partial<Scenario>; // the keys are ScenarioPatch's, a subset of Scenario's
}

function refuseTime(at: string): void {
  const problem = timestampProblem(at);
  if (problem) throw new StoreError('store.invalid-option', `option at ${problem}`, { option: 'at' });
}

function refuseInvalid(s: Scenario): void {
  const issue = scenarioIssue(s);
  if (issue) throw new StoreError('store.invalid-scenario', `scenario ${s.id}: ${issue.path || '(the scenario)'} ${issue.message}`, { id: s.id, path: issue.path });
}

function toRow(s: Scenario): ScenariosTable {
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    base_date: s.baseDate,
    status: s.status,
    created_at: s.createdAt,
    created_by: s.createdBy,
    updated_at: s.updatedAt,
    revision: s.revision,
    publication: s.publication === null ? null : JSON.stringify(s.publication),
  };
}

async function getIn(db: Kysely<Tables>, id: number): Promise<Scenario | null> {
  if (!Number.isSafeInteger(id)) return null;
  const row = await db.selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const changes = await db.selectFrom('scenario_changes').select('payload').where('scenario_id', '=', id).orderBy('position').execute();
  return {
    id: Number(row.id),
    name: row.name,
    description: row.description,
    baseDate: row.base_date,
    status: row.status as ScenarioStatus, // rows are written only from validated scenarios (refuseInvalid)
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    revision: Number(row.revision),
    changes: changes.map((c) => JSON.parse(c.payload) as Proposal),
    publication: row.publication === null ? null : (JSON.parse(row.publication) as Publication),
  };
}

async function insertChanges(db: Kysely<Tables>, id: number, changes: readonly Proposal[]): Promise<void> {
  if (changes.length === 0) return;
  await db
    .insertInto('scenario_changes')
    .values(changes.map((p, i) => ({ scenario_id: id, position: i + 1, payload: JSON.stringify(p) })))
    .execute();
}

/** Appends one audit entry on an open write transaction (ids are max + 1 under the write lock). */
export async function insertAudit(db: Kysely<Tables>, entry: NewAuditEntry, at: string): Promise<AuditEntry> {
  for (const field of ['actor', 'action', 'subject'] as const) {
    const value = entry[field];
    if (typeof value !== 'string' || value.length === 0 || value.includes('\u0000')) {
      throw new StoreError('store.invalid-audit', `audit entry: ${field} must be a non-empty string without NUL characters (got ${JSON.stringify(value)})`, { field });
    }
  }
  const detail = JSON.stringify(entry.detail ?? null);
  const row = await db
    .selectFrom('audit')
    .select((eb) => eb.fn.max('id').as('max'))
    .executeTakeFirst();
  const clientAddress = entry.clientAddress ?? null;
  if (clientAddress !== null && (clientAddress.length > 200 || clientAddress.includes('\u0000'))) {
    throw new StoreError('store.invalid-audit', 'audit entry: clientAddress must be at most 200 characters without NUL characters', { field: 'clientAddress' });
  }
  const values: AuditTable = {
    id: row?.max === null || row?.max === undefined ? 1 : Number(row.max) + 1,
    at,
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject,
    detail,
    user_id: entry.userId ?? null,
    client_address: clientAddress,
    before_revision: entry.beforeRevision ?? null,
    after_revision: entry.afterRevision ?? null,
  };
  await db.insertInto('audit').values(values).execute();
  return toAuditEntry(values);
}

function toAuditEntry(row: AuditTable): AuditEntry {
  const orNull = (n: number | null) => (n === null ? null : Number(n)); // pg may give bigint columns as text
  return {
    id: Number(row.id),
    at: row.at,
    actor: row.actor,
    userId: orNull(row.user_id),
    action: row.action,
    subject: row.subject,
    beforeRevision: orNull(row.before_revision),
    afterRevision: orNull(row.after_revision),
    clientAddress: row.client_address,
    detail: JSON.parse(row.detail) as unknown,
  };
}
