import { NewChange, RecordedChange } from '../domain/changes.js';
import { schemaIssueFinder, showValue, type Issue } from '../domain/schema-issues.js';

/**
 * Precise validation of changes against the domain's TypeBox schemas (see domain/schema-issues.ts
 * for how the first problem is found and what is refused beyond the schema), and of recording times.
 */

export { showValue, type Issue };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const newChangeProblem = schemaIssueFinder(NewChange);
const recordedChangeProblem = schemaIssueFinder(RecordedChange);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why `text` is not a recording time the store accepts, or null. */
export function timestampProblem(text: unknown): string | null {
  const canonical =
    typeof text === 'string' && TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text)) && new Date(text).toISOString() === text;
  if (canonical) return null;
  // One fixed form, because the register compares recording times as strings ("what did we know on…").
  return `must be an ISO 8601 UTC timestamp in the form 2024-05-01T12:00:00.000Z (got ${showValue(text)})`;
}

/** The first thing wrong with `value` as a change submitted for recording, or null when it is valid. */
export function newChangeIssue(value: unknown): Issue | null {
  return newChangeProblem(value);
}

/** The first thing wrong with `value` as a recorded change (as exported), or null when it is valid. */
export function recordedChangeIssue(value: unknown): Issue | null {
  const issue = recordedChangeProblem(value);
  if (issue) return issue;
  // Safe: the schema check above passed, so value is an object with a string recordedAt.
  const problem = timestampProblem((value as { recordedAt: string }).recordedAt);
  return problem ? { path: '/recordedAt', message: problem } : null;
}

/** "change 3 (id "x")": how messages name the change at `index` of a submitted list. */
export function nameChange(index: number, value: unknown): string {
  const id = isRecord(value) ? value['id'] : undefined;
  return typeof id === 'string' ? `change ${index} (id ${JSON.stringify(id)})` : `change ${index} (without a valid id)`;
}
