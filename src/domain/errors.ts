/**
 * Domain errors carry a stable machine code (namespaced string) so the API and CLI can map them to a
 * status and to Norwegian text in one place. The message is English and names what was wrong and where.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** One broken rule found in a history or a snapshot. `subject` is the id of the thing it concerns. */
export interface Violation {
  readonly rule: string;
  readonly subject: string;
  readonly message: string;
  /** The date the violation holds on, when it is about a snapshot. */
  readonly at?: string;
  /** The change (by id) that caused it, when it is about the history. */
  readonly changeId?: string;
}

export class InvariantError extends DomainError {
  constructor(readonly violations: readonly Violation[]) {
    const head = violations.slice(0, 5).map((v) => `${v.rule}: ${v.message}`).join('; ');
    const more = violations.length > 5 ? ` (and ${violations.length - 5} more)` : '';
    super('register.invariant', `The register would break ${violations.length} rule(s): ${head}${more}`, {
      violations,
    });
    this.name = 'InvariantError';
  }
}
