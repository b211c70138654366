import type { ChangeOp, RecordedChange } from '../changes.js';
import type { IsoDate } from '../../shared/dates.js';
import type { Violation } from '../errors.js';
import { applyChange, type EntityState } from '../fold.js';
import { checkSnapshot } from '../invariants.js';
import type { Register } from '../register.js';
import { buildSnapshot, type Snapshot } from '../snapshot.js';
import { describeProposal, mentionedIds, type NameOf } from './describe.js';
import { expandProposal } from './expand.js';
import { checkPlanningRules } from './planning-rules.js';
import type { Proposal } from './proposals.js';

/**
 * Evaluating a scenario: fold the official history up to `at`, then each proposal in order, expanded
 * against the structure the proposals before it left. After every proposal the structure is checked
 * with the register's invariants and the planning rules; what breaks that did not already break on
 * the base date is charged to that proposal ("Change 3 (close office Alta politistasjon): afterwards
 * station district … has no office"). Problems the base already has are reported once, not charged.
 *
 * A proposal that cannot be expanded (an office already closed) is skipped, with its issue, and the
 * rest still apply, so a stored scenario that the register has overtaken shows every problem at once.
 */

export interface ScenarioIssue {
  /** The proposal's position, counting from 1. */
  readonly position: number;
  /**
   * Stable code: "scenario.<what>" when the proposal cannot be applied, "register.<rule>" when the
   * structure afterwards breaks a register rule (invariants.ts, fold.ts), "planning.<rule>" for the
   * planning rules.
   */
  readonly code: string;
  readonly subject: string;
  /** English: "Change 3 (close office Alta politistasjon): afterwards …". */
  readonly message: string;
  /** The same without the "Change n (…)" prefix. */
  readonly reason: string;
  readonly details: Readonly<Record<string, unknown>>;
  /** The proposal it is about, and the names of the things it mentions (for a label in another language). */
  readonly proposal: Proposal;
  readonly names: Readonly<Record<string, string>>;
}

interface ScenarioStep {
  readonly position: number;
  readonly proposal: Proposal;
  /** English label of the proposal. */
  readonly label: string;
  /** Names of the things the proposal and its ops mention, by id. */
  readonly names: Readonly<Record<string, string>>;
  /** The change ops it expanded to (empty when it could not be applied). */
  readonly ops: readonly ChangeOp[];
  readonly issues: readonly ScenarioIssue[];
}

export interface ScenarioApplication {
  readonly at: IsoDate;
  /** The official structure on `at`. */
  readonly base: Snapshot;
  /** The structure after every proposal: never published. */
  readonly snapshot: Snapshot;
  readonly steps: readonly ScenarioStep[];
  /** Every step's issues, in order. */
  readonly issues: readonly ScenarioIssue[];
  /** What already breaks the rules on the base date (not charged to any proposal). */
  readonly baseViolations: readonly Violation[];
}

const key = (v: Violation) => `${v.rule}|${v.subject}`;

function violationsOf(s: Snapshot): { violation: Violation; planning: boolean }[] {
  return [...checkSnapshot(s).map((violation) => ({ violation, planning: false })), ...checkPlanningRules(s).map((violation) => ({ violation, planning: true }))];
}

function syntheticChange(op: ChangeOp, at: IsoDate, position: number, index: number): RecordedChange {
  return { seq: 0, recordedAt: '', id: `proposal-${position}-${index + 1}`, effective: at, datePrecision: 'day', op, decision: null, sources: [], certainty: 'sourced', note: null, supersedes: null };
}

/** Folds `ops` onto a copy of `state`; the original is untouched, also when one of them does not fit. */
function foldOps(state: ReadonlyMap<string, EntityState>, ops: readonly ChangeOp[], at: IsoDate, position: number): { state: Map<string, EntityState>; violation: Violation | null; change: RecordedChange | null } {
  const next = new Map(state);
  const copied = new Set<string>();
  for (const [i, op] of ops.entries()) {
    const current = next.get(op.id);
    if (current && !copied.has(op.id)) {
      next.set(op.id, { ...current, attrs: { ...current.attrs }, successorIds: [...current.successorIds] });
      copied.add(op.id);
    }
    const change = syntheticChange(op, at, position, i);
    const violation = applyChange(next, change);
    if (violation) return { state: next, violation, change };
  }
  return { state: next, violation: null, change: null };
}

function nameOfIn(state: ReadonlyMap<string, EntityState>): NameOf {
  return (id) => {
    const name = state.get(id)?.attrs['name'];
    return typeof name === 'string' ? name : id;
  };
}

/** Names by id, as the fold state knows them (it keeps dissolved things too). */
function namesIn(state: ReadonlyMap<string, EntityState>, ids: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of ids) {
    const name = state.get(id)?.attrs['name'];
    if (typeof name === 'string') out[id] = name;
  }
  return out;
}

/**
 * `knownAt` folds only what the register had recorded by then: a published scenario is shown on the
 * register as it was just before its own changes went in.
 */
export function applyScenario(register: Register, at: IsoDate, proposals: readonly Proposal[], knownAt: string | null = null): ScenarioApplication {
  let state = register.foldState(at, knownAt);
  const base = buildSnapshot(state, at, knownAt);
  const baseViolations = violationsOf(base).map((v) => v.violation);
  const charged = new Set(baseViolations.map(key));
  let current = base;
  const steps: ScenarioStep[] = [];

  proposals.forEach((proposal, index) => {
    const position = index + 1;
    const label = describeProposal(proposal, nameOfIn(state));
    const issues: ScenarioIssue[] = [];
    let names = namesIn(state, mentionedIds(proposal, []));
    const issue = (code: string, subject: string, reason: string, details: Record<string, unknown>) =>
      issues.push({ position, code, subject, message: `Change ${position} (${label}): ${reason}`, reason, details, proposal, names });

    const expanded = expandProposal({ snapshot: current, state }, proposal);
    if (!expanded.ok) {
      const candidates = expanded.error.details['candidates'];
      if (Array.isArray(candidates)) names = { ...names, ...namesIn(state, candidates.map(String)) };
      issue(expanded.error.code, expanded.error.subject, expanded.error.reason, { ...expanded.error.details });
      steps.push({ position, proposal, label, names, ops: [], issues });
      return;
    }
    const folded = foldOps(state, expanded.value, at, position);
    if (folded.violation) {
      const v = folded.violation;
      // applyChange prefixes "change <id> (<date>): "; the proposal's label says which change it is.
      const prefix = `change ${folded.change!.id} (${at}): `;
      const reason = v.message.startsWith(prefix) ? v.message.slice(prefix.length) : v.message;
      issue(`register.${v.rule}`, v.subject, reason, { rule: v.rule });
      steps.push({ position, proposal, label, names, ops: [], issues });
      return;
    }
    state = folded.state;
    // What it creates is named as it is afterwards; what it mentions, as it was when proposed, so a renamed
    // office reads "gjør Alta lensmannskontor til politistasjon med navnet Alta politistasjon".
    names = { ...namesIn(state, mentionedIds(proposal, expanded.value.map((op) => op.id))), ...names };
    current = buildSnapshot(state, at, knownAt);
    for (const { violation: v, planning } of violationsOf(current)) {
      if (charged.has(key(v))) continue;
      charged.add(key(v));
      const details: Record<string, unknown> = { rule: v.rule };
      const subject = current.entity(v.subject) ?? base.entity(v.subject);
      if (subject && 'name' in subject) details['subjectName'] = subject.name;
      issue(`${planning ? 'planning' : 'register'}.${v.rule}`, v.subject, `afterwards ${v.message}`, details);
    }
    steps.push({ position, proposal, label, names, ops: expanded.value, issues });
  });

  return { at, base, snapshot: current, steps, issues: steps.flatMap((s) => s.issues), baseViolations };
}
