import type { AuditEntry } from '../contract/audit-entry.js';
import type { Proposal } from '../domain/scenario/proposals.js';
import type { Publication, Scenario, ScenarioStatus, ScenarioSummary } from '../domain/scenario/scenario.js';

/**
 * The port for planners' scenarios and the audit log, beside the change log (store.ts) and
 * implemented over the same database (sql-scenario-store.ts). The store keeps what it is given and
 * refuses lost updates: every write names the revision it read, and a write over a newer one is
 * refused. Whether an edit makes sense (a valid proposal, a draft) is the scenario service's call.
 *
 * Every write is recorded in the audit log in the same transaction; writes that belong to a change
 * log append (publishing) run inside it through `appendChanges`'s `also`.
 */


/** Who wrote, from where: the signed-in user's id and the client's address (both absent on the command line). */
export interface AuditOrigin {
  readonly userId?: number | null;
  readonly clientAddress?: string | null;
}

export interface NewAuditEntry extends AuditOrigin {
  readonly actor: string;
  readonly action: string;
  readonly subject: string;
  readonly beforeRevision?: number | null;
  readonly afterRevision?: number | null;
  /** Anything JSON can hold. */
  readonly detail: unknown;
}

/** What a scenario write records about itself; the subject is the scenario, the revisions the store's. */
export interface ScenarioAudit extends AuditOrigin {
  readonly actor: string;
  readonly action: string;
  readonly detail: unknown;
}

export interface NewScenario {
  readonly name: string;
  readonly description: string;
  readonly baseDate: string;
  readonly createdBy: string;
}

export interface ScenarioPatch {
  readonly name?: string;
  readonly description?: string;
  readonly status?: ScenarioStatus;
  /** The whole ordered list (add, remove and reorder are all a new list). */
  readonly changes?: readonly Proposal[];
  readonly publication?: Publication | null;
}

/** Writes that may also run inside a change log append (see ChangeLogStore.appendChanges `also`). */
export interface ScenarioWrites {
  /**
   * Applies `patch` when the scenario is still at `expectedRevision`, sets `updatedAt` to `at`, adds
   * one to its revision and records `audit`; refused (store.scenario-conflict) when someone else
   * wrote first, and (store.scenario-not-found) when there is no such scenario.
   */
  updateScenario(id: number, expectedRevision: number, patch: ScenarioPatch, options: { at: string; audit: ScenarioAudit }): Promise<Scenario>;
  recordAudit(entry: NewAuditEntry, at: string): Promise<AuditEntry>;
}

export interface ScenarioStore extends ScenarioWrites {
  readonly description: string;
  /** A new draft with the next free id, revision 1 and no proposals; records `audit`. */
  createScenario(input: NewScenario, options: { at: string; audit: ScenarioAudit }): Promise<Scenario>;
  /** Null when there is no such scenario. */
  getScenario(id: number): Promise<Scenario | null>;
  /** Every scenario, newest first (by id). */
  listScenarios(): Promise<ScenarioSummary[]>;
  /**
   * Audit entries, newest first; only those about `subject` when given, only those older than the
   * entry `before` (an id) when given, so a client pages by passing the last id it saw.
   */
  listAudit(options?: { subject?: string; limit?: number; before?: number }): Promise<AuditEntry[]>;
}

export const scenarioSubject = (id: number): string => `scenario:${id}`;
