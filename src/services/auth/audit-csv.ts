import { stringify } from 'csv-stringify/sync';
import type { AuditEntry } from '../../contract/audit-entry.js';

const AUDIT_CSV_COLUMNS = ['id', 'at', 'actor', 'user_id', 'action', 'subject', 'before_revision', 'after_revision', 'client_address', 'detail'] as const;

/**
 * A spreadsheet would run a cell starting with = + - @ (or a tab/CR) as a formula, and names, subjects
 * and details come from users; such cells get a leading apostrophe, which spreadsheets show as text.
 */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The audit log as RFC 4180 CSV (CRLF, one header row), detail as JSON text; an empty cell is null. */
export function formatAuditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) => [
    e.id,
    e.at,
    inert(e.actor),
    e.userId,
    inert(e.action),
    inert(e.subject),
    e.beforeRevision,
    e.afterRevision,
    e.clientAddress === null ? null : inert(e.clientAddress),
    inert(JSON.stringify(e.detail)),
  ]);
  return stringify([[...AUDIT_CSV_COLUMNS], ...rows], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}
