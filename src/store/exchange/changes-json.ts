import type { RecordedChange } from '../../domain/changes.js';
import { canonicalChange } from '../canonical-change.js';
import { recordedChangeIssue, showValue } from '../validate-change.js';
import { invalidFile } from './exchange-error.js';
import { jsonErrorReason, jsonSyntaxErrorOffset, lineAndColumn } from './json-syntax.js';
import { logOrderProblem } from './log-order.js';

/**
 * changes.json: the whole log as one document,
 *   { "format": "naerpoliti-changes", "version": 1, "changes": [ … ] }
 * changes in seq order, each with the fixed key order of canonicalChange, 2-space indent, LF line
 * ends and a final newline, so the same log always gives the same bytes. The committed seed
 * (data/register/changes.json) is such a file.
 */
export const CHANGES_JSON_FILE = 'changes.json';
const CHANGES_FORMAT = 'naerpoliti-changes';
const CHANGES_FORMAT_VERSION = 1;

export function formatChangesJson(changes: readonly RecordedChange[]): string {
  const ordered = [...changes].sort((a, b) => a.seq - b.seq).map(canonicalChange);
  const doc = { format: CHANGES_FORMAT, version: CHANGES_FORMAT_VERSION, changes: ordered };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Parses and validates a changes.json text; `file` names it in errors. Throws on the first problem. */
export function parseChangesJson(text: string, file: string = CHANGES_JSON_FILE): RecordedChange[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (error) {
    const offset = jsonSyntaxErrorOffset(body);
    throw invalidFile(file, offset === null ? null : lineAndColumn(body, offset), `not valid JSON: ${jsonErrorReason(error)}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw invalidFile(file, null, `must hold a JSON object with "format", "version" and "changes" (got ${showValue(doc)})`);
  }
  const record = doc as Record<string, unknown>; // Safe: checked to be a non-array object just above.
  for (const key of Object.keys(record)) {
    if (!['format', 'version', 'changes'].includes(key)) throw invalidFile(file, `/${key}`, 'is not a known field (known: format, version, changes)', { field: `/${key}` });
  }
  if (record['format'] !== CHANGES_FORMAT) {
    throw invalidFile(file, '/format', `must be ${JSON.stringify(CHANGES_FORMAT)} (got ${showValue(record['format'])})`, { field: '/format' });
  }
  if (record['version'] !== CHANGES_FORMAT_VERSION) {
    throw invalidFile(file, '/version', `version ${showValue(record['version'])} is not supported; this program reads version ${CHANGES_FORMAT_VERSION}`, {
      field: '/version',
    });
  }
  const items = record['changes'];
  if (!Array.isArray(items)) throw invalidFile(file, '/changes', `must be an array (got ${showValue(items)})`, { field: '/changes' });

  const changes: RecordedChange[] = [];
  items.forEach((item: unknown, i) => {
    const issue = recordedChangeIssue(item);
    if (issue) {
      const field = `/changes/${i}${issue.path}`;
      throw invalidFile(file, `${nameItem(i, item)} at ${field}`, issue.message, { row: i + 1, field });
    }
    // Safe: recordedChangeIssue found nothing wrong, so the item is a valid RecordedChange.
    changes.push(canonicalChange(item as RecordedChange));
  });
  const order = logOrderProblem(changes);
  if (order) {
    const field = `/changes/${order.index}/${order.field}`;
    throw invalidFile(file, `${nameItem(order.index, changes[order.index])} at ${field}`, order.message, { row: order.index + 1, field });
  }
  return changes;
}

/** "change 7 (id "x")", counting from 1 like a person reading the file. */
function nameItem(index: number, item: unknown): string {
  // Safe: only reads a field that may be absent, after checking item is a non-array object.
  const id = typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `change ${index + 1} (id ${JSON.stringify(id)})` : `change ${index + 1}`;
}
