import { DomainError } from '../domain/errors.js';

/**
 * Errors raised at the storage edge: input the store refuses (an invalid change, a duplicate id, an
 * import into a non-empty store, a malformed exchange file). They are DomainErrors so the API and
 * CLI map every stable `code` to a status and Norwegian text in one place.
 *
 * Codes: store.invalid-change, store.duplicate-change-id, store.duplicate-seq, store.not-empty,
 * store.invalid-option, store.schema-too-new, store.invalid-config, store.unreachable (PostgreSQL),
 * store.unreadable (SQLite file), store.closed, exchange.invalid-file, exchange.no-file,
 * exchange.ambiguous-directory; for scenarios and the audit log store.invalid-scenario,
 * store.scenario-not-found, store.scenario-conflict, store.invalid-audit; for accounts store.invalid-user,
 * store.duplicate-user, store.user-not-found.
 */
export class StoreError extends DomainError {
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(code, message, details);
    this.name = 'StoreError';
  }
}
