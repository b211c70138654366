import { compareEvaluations } from '../../analysis/index.js';
import type { Decision, NewChange, RecordedChange } from '../../domain/changes.js';
import { parseIsoDate } from '../../shared/dates.js';
import { diffSnapshots } from '../../domain/diff.js';
import { DomainError } from '../../domain/errors.js';
import type { Register } from '../../domain/register.js';
import { applyScenario, type ScenarioApplication, type ScenarioIssue } from '../../domain/scenario/apply-scenario.js';
import { Proposal } from '../../domain/scenario/proposals.js';
import { nextStatuses, type Scenario, type ScenarioStatus, type ScenarioSummary } from '../../domain/scenario/scenario.js';
import { slugOf } from '../../shared/fold-text.js';
import { schemaIssueFinder } from '../../domain/schema-issues.js';
import type { Snapshot } from '../../domain/snapshot.js';
import type { AuditOrigin, ScenarioStore } from '../../store/scenario-store.js';
import type { RegisterService } from '../register-service.js';
import {
  CreateScenarioInput,
  PublishInput,
  UpdateScenarioInput,
  type CriterionChange,
  type MunicipalityFarther,
  type OfficeRef,
  type ScenarioComparison,
  type ScenarioEvaluation,
  type ScenarioStep,
  type ScenarioView,
} from '../../contract/scenario-views.js';
import { loadRuleSet, type StructureAnalysis } from './structure-analysis.js';
import type { CriteriaReport } from '../../contract/criteria-report.js';
import type { RuleSet } from '../../contract/criteria-rule-set.js';
import type { AccessibilityOptions } from '../../contract/accessibility-options.js';
import type { AuditEntry } from '../../contract/audit-entry.js';

/**
 * The planner's use cases over scenarios: create, edit (add, remove, move a proposal — each edit
 * checked on the base date and refused with the proposal and what breaks), move through consultation
 * to a decision, evaluate against the criteria and accessibility, compare with the base, and publish
 * into the register. Plain inputs (validated here with the schemas in scenario-schemas.ts, so the
 * HTTP API can hand over request bodies as they are) and plain, schema-described outputs.
 *
 * Errors: ScenarioRejectedError (code scenario.rejected, with the issues) when an edit or a
 * publication would break a rule; DomainError with codes scenario.not-found, scenario.invalid-input,
 * scenario.not-editable, scenario.invalid-status-change, scenario.has-issues, scenario.not-decided,
 * scenario.effective-before-base, scenario.empty, scenario.invalid-position; from the store
 * store.scenario-conflict (someone else saved first); from the register register.invariant
 * (InvariantError) when a publication would break the history.
 */

export class ScenarioRejectedError extends DomainError {
  constructor(
    readonly issues: readonly ScenarioIssue[],
    what: string,
  ) {
    const head = issues.slice(0, 5).map((i) => i.message).join('; ');
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    super('scenario.rejected', `${what} was refused: ${head}${more}`, { issues });
    this.name = 'ScenarioRejectedError';
  }
}

export interface ScenarioServiceOptions {
  registers: RegisterService;
  scenarios: ScenarioStore;
  analysis: StructureAnalysis;
  /** The rule set used when a call gives none (default: data/criteria/default.json, read on first use). */
  defaultRuleSet?: () => RuleSet;
  /** The clock for createdAt/updatedAt and audit times. */
  now?: () => Date;
}

/** Who does it, and (for edits) the revision the caller last saw, so a stale edit is refused. */
export interface EditContext extends AuditOrigin {
  actor: string;
  expectedRevision?: number;
}

export interface AnalysisOptions {
  ruleSet?: RuleSet;
  accessibility?: AccessibilityOptions;
}

const proposalIssue = schemaIssueFinder(Proposal);
const createIssue = schemaIssueFinder(CreateScenarioInput);
const updateIssue = schemaIssueFinder(UpdateScenarioInput);
const publishIssue = schemaIssueFinder(PublishInput);

function invalidInput(what: string, issue: { path: string; message: string }): DomainError {
  return new DomainError('scenario.invalid-input', `${what}: ${issue.path || '(the input)'} ${issue.message}`, { path: issue.path });
}

function summaryOf(s: Scenario): ScenarioSummary {
  return { id: s.id, name: s.name, baseDate: s.baseDate, status: s.status, createdAt: s.createdAt, updatedAt: s.updatedAt, revision: s.revision, changeCount: s.changes.length };
}

const issueKey = (i: ScenarioIssue, proposals: readonly Proposal[]) => `${i.code}|${i.subject}|${JSON.stringify(proposals[i.position - 1])}`;

export class ScenarioService {
  private readonly registers: RegisterService;
  private readonly store: ScenarioStore;
  private readonly analysis: StructureAnalysis;
  private readonly defaultRuleSet: () => RuleSet;
  private readonly now: () => Date;
  private cachedRuleSet: RuleSet | null = null;

  constructor(options: ScenarioServiceOptions) {
    this.registers = options.registers;
    this.store = options.scenarios;
    this.analysis = options.analysis;
    this.defaultRuleSet = options.defaultRuleSet ?? (() => (this.cachedRuleSet ??= loadRuleSet()));
    this.now = options.now ?? (() => new Date());
  }

  // --- Reading --------------------------------------------------------------------------------------

  list(): Promise<ScenarioSummary[]> {
    return this.store.listScenarios();
  }

  /** The scenario as stored, or null. */
  get(id: number): Promise<Scenario | null> {
    return this.store.getScenario(id);
  }

  /** The scenario with every proposal expanded on its base date and what breaks, or null. */
  async view(id: number): Promise<ScenarioView | null> {
    const scenario = await this.store.getScenario(id);
    if (!scenario) return null;
    return viewOf(scenario, this.applyStored(await this.registers.register(), scenario));
  }

  /** What was done to the scenario, newest first. */
  history(id: number): Promise<AuditEntry[]> {
    return this.store.listAudit({ subject: `scenario:${id}` });
  }

  /** The whole audit log, newest first, a page at a time (entries older than `before`). */
  auditLog(options: { limit: number; before?: number }): Promise<AuditEntry[]> {
    return this.store.listAudit(options);
  }

  /**
   * Scenarios in consultation whose proposals touch municipality `number`: move it (or change the
   * station districts it belongs to), or close, merge, open or change an office lying in it or
   * belonging to one of its station districts (before or after the scenario), or merge something
   * into one of those. Each with the
   * proposals that do, in order; scenarios newest first.
   */
  async inConsultationAffecting(number: string): Promise<{ scenario: Scenario; steps: ScenarioStep[] }[]> {
    const register = await this.registers.register();
    const out: { scenario: Scenario; steps: ScenarioStep[] }[] = [];
    for (const summary of await this.store.listScenarios()) {
      if (summary.status !== 'in-consultation') continue;
      const scenario = await this.store.getScenario(summary.id);
      if (!scenario) continue;
      const application = this.applyStored(register, scenario);
      const structures = [application.base, application.snapshot];
      const units = new Set(structures.flatMap((s) => s.municipalities.get(number)?.stationDistrictIds ?? []));
      const touched = new Set<string>([number, ...units]);
      for (const s of structures) {
        for (const o of s.offices.values()) if (o.municipalityNumber === number || (o.stationDistrictId !== null && units.has(o.stationDistrictId))) touched.add(o.id);
      }
      // An op on one of those, or a dissolution into one (a merge into its office, a unit into its unit).
      const touches = (op: ScenarioStep['ops'][number]) => touched.has(op.id) || (op.type === 'dissolve' && op.successorIds.some((id) => touched.has(id)));
      const steps = viewOf(scenario, application).steps.filter((step) => step.ops.some(touches));
      if (steps.length > 0) out.push({ scenario, steps });
    }
    return out;
  }

  // --- Writing --------------------------------------------------------------------------------------

  async create(input: unknown, actor: string, origin: AuditOrigin = {}): Promise<Scenario> {
    const issue = createIssue(input);
    if (issue) throw invalidInput('new scenario', issue);
    const { name, description = '', baseDate } = input as CreateScenarioInput; // checked above
    return this.store.createScenario({ name, description, baseDate, createdBy: actor }, { at: this.timestamp(), audit: { ...origin, actor, action: 'scenario.create', detail: { name, baseDate } } });
  }

  async update(id: number, input: unknown, context: EditContext): Promise<Scenario> {
    const issue = updateIssue(input);
    if (issue) throw invalidInput(`scenario ${id}`, issue);
    const patch = input as UpdateScenarioInput; // checked above
    const scenario = await this.require(id);
    if (scenario.status === 'published') throw notEditable(scenario);
    return this.save(scenario, context, { ...patch }, 'scenario.update', patch);
  }

  /**
   * Adds a proposal at `position` (from 1; default: last). Ids it creates are filled in from the
   * name when not given. Refused, and nothing stored, when the proposal is not valid or the
   * scenario afterwards breaks a rule it did not break before.
   */
  async addChange(id: number, proposal: unknown, context: EditContext & { position?: number }): Promise<ScenarioView> {
    const issue = proposalIssue(proposal);
    if (issue) throw invalidInput('proposal', issue);
    const scenario = await this.editable(id, context);
    const position = context.position ?? scenario.changes.length + 1;
    if (!Number.isInteger(position) || position < 1 || position > scenario.changes.length + 1) {
      throw new DomainError('scenario.invalid-position', `position ${position} is not between 1 and ${scenario.changes.length + 1}`, { id, position, count: scenario.changes.length + 1 });
    }
    const register = await this.registers.register();
    const before = scenario.changes.slice(0, position - 1);
    const p = withIds(proposal as Proposal, this.apply(register, scenario.baseDate, before).snapshot, register); // checked above
    const changes = [...before, p, ...scenario.changes.slice(position - 1)];
    return this.edit(scenario, context, changes, 'scenario.add-change', { position, proposal: p }, `Adding change ${position}`);
  }

  /** Removes the proposal at `position` (undo); refused when a later proposal needs it. */
  async removeChange(id: number, position: number, context: EditContext): Promise<ScenarioView> {
    const scenario = await this.editable(id, context);
    assertPosition(scenario, position);
    const changes = scenario.changes.filter((_, i) => i !== position - 1);
    return this.edit(scenario, context, changes, 'scenario.remove-change', { position, proposal: scenario.changes[position - 1] }, `Removing change ${position}`);
  }

  /** Moves the proposal at `from` to `to` (positions from 1). */
  async moveChange(id: number, from: number, to: number, context: EditContext): Promise<ScenarioView> {
    const scenario = await this.editable(id, context);
    assertPosition(scenario, from);
    assertPosition(scenario, to);
    const changes = [...scenario.changes];
    const [moved] = changes.splice(from - 1, 1);
    changes.splice(to - 1, 0, moved!);
    return this.edit(scenario, context, changes, 'scenario.move-change', { from, to }, `Moving change ${from} to ${to}`);
  }

  /** Draft ⇄ in consultation → decided (→ back to draft). A scenario that breaks rules cannot go forward. */
  async setStatus(id: number, status: ScenarioStatus, context: EditContext): Promise<Scenario> {
    const scenario = await this.require(id);
    if (!nextStatuses(scenario.status).includes(status)) {
      const allowed = nextStatuses(scenario.status);
      throw new DomainError(
        'scenario.invalid-status-change',
        `scenario ${id} is ${scenario.status}; it can go to ${allowed.length > 0 ? allowed.join(' or ') : 'no other status'}${status === 'published' ? ' (publishing is its own step)' : ''}, not ${status}`,
        { id, from: scenario.status, to: status, allowed },
      );
    }
    if (status !== 'draft') {
      const application = this.apply(await this.registers.register(), scenario.baseDate, scenario.changes);
      if (application.issues.length > 0) throw new ScenarioRejectedError(application.issues, `Moving scenario ${id} to ${status}`);
      if (scenario.changes.length === 0) throw new DomainError('scenario.empty', `scenario ${id} proposes nothing`, { id });
    }
    return this.save(scenario, context, { status }, 'scenario.status', { from: scenario.status, to: status });
  }

  /**
   * Appends the decided scenario's changes to the register, dated `effective` (default: the base
   * date), with the decision; marks it published and audits it, all in one transaction. The
   * proposals are expanded afresh on the structure of the effective date, and the register's check
   * runs on the whole history: if anything would break, nothing is written.
   */
  async publish(id: number, input: unknown, actor: string, origin: AuditOrigin = {}): Promise<{ scenario: Scenario; changes: RecordedChange[] }> {
    const issue = publishIssue(input);
    if (issue) throw invalidInput(`publishing scenario ${id}`, issue);
    const { decision, effective: given } = input as PublishInput; // checked above
    const scenario = await this.require(id);
    if (scenario.status !== 'decided') {
      throw new DomainError('scenario.not-decided', `scenario ${id} is ${scenario.status}; only a decided scenario can be published`, { id, status: scenario.status });
    }
    const effective = given ?? scenario.baseDate;
    if (effective < scenario.baseDate) {
      throw new DomainError('scenario.effective-before-base', `the effective date ${effective} is before the scenario's base date ${scenario.baseDate}`, { effective, baseDate: scenario.baseDate });
    }
    const application = this.apply(await this.registers.register(), effective, scenario.changes);
    if (application.issues.length > 0) throw new ScenarioRejectedError(application.issues, `Publishing scenario ${id} on ${effective}`);
    const changes = changesOf(scenario, application, decision, effective);
    if (changes.length === 0) throw new DomainError('scenario.empty', `scenario ${id} proposes nothing`, { id });
    const at = this.timestamp();
    let published: Scenario | null = null;
    const recorded = await this.registers.append(changes, at, {
      also: async (writes) => {
        published = await writes.updateScenario(
          scenario.id,
          scenario.revision,
          { status: 'published', publication: { decision, effective, publishedAt: at, publishedBy: actor, changeIds: changes.map((c) => c.id) } },
          { at, audit: { ...origin, actor, action: 'scenario.publish', detail: { effective, decision, changeIds: changes.map((c) => c.id) } } },
        );
      },
    });
    return { scenario: published!, changes: recorded }; // set by `also`, which ran before the append returned
  }

  // --- Analysis -------------------------------------------------------------------------------------

  /** The scenario's structure judged by the criteria, with its accessibility. */
  async evaluate(id: number, options: AnalysisOptions = {}): Promise<ScenarioEvaluation> {
    const scenario = await this.require(id);
    const register = await this.registers.register();
    const application = this.applyStored(register, scenario);
    const label = scenarioLabel(scenario);
    const { evaluation } = this.analysis.evaluate(register, application.snapshot, options.accessibility, label);
    return {
      scenario: summaryOf(scenario),
      at: scenario.baseDate,
      issues: application.issues.map(plainIssue),
      criteria: this.analysis.criteria(options.ruleSet ?? this.defaultRuleSet(), application.snapshot, evaluation, label),
      accessibility: evaluation.report,
    };
  }

  /** The scenario against its base, side by side. */
  async compare(id: number, options: AnalysisOptions = {}): Promise<ScenarioComparison> {
    const scenario = await this.require(id);
    const register = await this.registers.register();
    const application = this.applyStored(register, scenario);
    const { base, snapshot } = application;
    const ruleSet = options.ruleSet ?? this.defaultRuleSet();
    // One travel model over both structures' offices, so both sides read the same matrix.
    const destinations = [...new Set([...base.openOffices(), ...snapshot.openOffices()].map((o) => o.id))];
    const before = this.analysis.evaluate(register, base, options.accessibility, scenario.baseDate, destinations).evaluation;
    const after = this.analysis.evaluate(register, snapshot, options.accessibility, scenarioLabel(scenario), destinations).evaluation;
    const criteriaBefore = this.analysis.criteria(ruleSet, base, before);
    const criteriaAfter = this.analysis.criteria(ruleSet, snapshot, after, scenarioLabel(scenario));
    const accessibility = compareEvaluations(before, after);
    const diff = diffSnapshots(base, snapshot);
    const officeName = (officeId: string) => snapshot.offices.get(officeId)?.name ?? base.offices.get(officeId)?.name ?? null;
    return {
      scenario: summaryOf(scenario),
      at: scenario.baseDate,
      issues: application.issues.map(plainIssue),
      criteria: { before: criteriaBefore, after: criteriaAfter, rules: criterionChanges(criteriaBefore, criteriaAfter) },
      accessibility,
      officesRemoved: officesOnlyIn(base, snapshot),
      officesAdded: officesOnlyIn(snapshot, base),
      municipalitiesFarther: accessibility.municipalities
        .filter((m) => m.populationFarther > 0)
        .sort((a, b) => b.personMinutesAdded - a.personMinutesAdded || (a.number < b.number ? -1 : 1))
        .map(
          (m): MunicipalityFarther => ({
            number: m.number,
            name: m.name,
            districtId: m.districtId,
            population: m.population,
            populationFarther: m.populationFarther,
            meanMinutesBefore: m.meanMinutesBefore,
            meanMinutesAfter: m.meanMinutesAfter,
            meanIncreaseForFarther: m.meanIncreaseForFarther,
            personMinutesAdded: m.personMinutesAdded,
            populationMovedBeyondThreshold: m.populationMovedBeyondThreshold,
            nearestOfficeBefore: m.nearestOfficeBefore,
            nearestOfficeAfter: m.nearestOfficeAfter,
            nearestOfficeBeforeName: officeName(m.nearestOfficeBefore),
            nearestOfficeAfterName: officeName(m.nearestOfficeAfter),
          }),
        ),
      structure: { added: diff.added, removed: diff.removed, changed: diff.changed },
    };
  }

  // --- Inside ---------------------------------------------------------------------------------------

  private apply(register: Register, at: string, proposals: readonly Proposal[], knownAt: string | null = null): ScenarioApplication {
    const date = parseIsoDate(at);
    // A stored base date passed the Scenario schema's pattern; a calendar-invalid one is a broken store.
    if (!date.ok) throw new DomainError('scenario.invalid-input', `base date ${date.error}`);
    return applyScenario(register, date.value, proposals, knownAt);
  }

  /**
   * A stored scenario on its base date. A published one is applied to the register as it was just
   * before its publication, since the register now holds its changes (and may hold later ones).
   */
  private applyStored(register: Register, scenario: Scenario): ScenarioApplication {
    const knownAt = scenario.publication ? new Date(Date.parse(scenario.publication.publishedAt) - 1).toISOString() : null;
    return this.apply(register, scenario.baseDate, scenario.changes, knownAt);
  }

  private async require(id: number): Promise<Scenario> {
    const scenario = await this.store.getScenario(id);
    if (!scenario) throw new DomainError('scenario.not-found', `there is no scenario ${id}`, { id });
    return scenario;
  }

  private async editable(id: number, context: EditContext): Promise<Scenario> {
    const scenario = await this.require(id);
    if (scenario.status !== 'draft') throw notEditable(scenario);
    if (context.expectedRevision !== undefined && context.expectedRevision !== scenario.revision) {
      throw new DomainError(
        'store.scenario-conflict',
        `Scenario ${id} was changed by someone else (it is at revision ${scenario.revision}, this edit was made on revision ${context.expectedRevision}); reload it and try again`,
        { id, revision: scenario.revision, expectedRevision: context.expectedRevision },
      );
    }
    return scenario;
  }

  /** Stores the new list when it breaks nothing the old one did not; else refuses with what breaks. */
  private async edit(scenario: Scenario, context: EditContext, changes: Proposal[], action: string, detail: unknown, what: string): Promise<ScenarioView> {
    const register = await this.registers.register();
    const old = this.apply(register, scenario.baseDate, scenario.changes);
    const next = this.apply(register, scenario.baseDate, changes);
    const known = new Set(old.issues.map((i) => issueKey(i, scenario.changes)));
    const fresh = next.issues.filter((i) => !known.has(issueKey(i, changes)));
    if (fresh.length > 0) throw new ScenarioRejectedError(fresh, `${what} of scenario ${scenario.id}`);
    const saved = await this.save(scenario, context, { changes }, action, detail);
    return viewOf(saved, next);
  }

  private save(scenario: Scenario, context: EditContext, patch: Parameters<ScenarioStore['updateScenario']>[2], action: string, detail: unknown): Promise<Scenario> {
    return this.store.updateScenario(scenario.id, context.expectedRevision ?? scenario.revision, patch, {
      at: this.timestamp(),
      audit: { actor: context.actor, userId: context.userId ?? null, clientAddress: context.clientAddress ?? null, action, detail },
    });
  }

  private timestamp(): string {
    return this.now().toISOString();
  }
}

function notEditable(s: Scenario): DomainError {
  const how = s.status === 'published' ? 'a published scenario never changes' : 'move it back to draft first';
  return new DomainError('scenario.not-editable', `scenario ${s.id} is ${s.status}; only a draft can be edited (${how})`, { id: s.id, status: s.status });
}

function assertPosition(s: Scenario, position: number): void {
  if (!Number.isInteger(position) || position < 1 || position > s.changes.length) {
    throw new DomainError(
      'scenario.invalid-position',
      s.changes.length === 0 ? `scenario ${s.id} has no changes` : `position ${position} is not between 1 and ${s.changes.length}`,
      { id: s.id, position, count: s.changes.length },
    );
  }
}

const scenarioLabel = (s: Scenario) => `scenario ${s.id}: ${s.name}`;

/**
 * Fills in the id a proposal creates from its name. A generated id that is taken on the structure
 * the proposal applies to gets -2, -3 …; one naming a closed thing of the same type is kept (the
 * proposal then re-opens it). Ids given by the caller are kept as they are.
 */
function withIds(p: Proposal, structure: Snapshot, register: Register): Proposal {
  const free = (base: string, entity: string) => {
    const known = register.foldState(structure.at).get(base);
    const takenNow = (id: string) => structure.entity(id) !== undefined || (id === base && known !== undefined && known.type !== entity);
    let id = base;
    for (let n = 2; takenNow(id); n++) id = `${base.slice(0, 76)}-${n}`;
    return id;
  };
  if (p.type === 'open-office' && p.officeId === undefined) {
    const slug = slugOf(p.name);
    return slug ? { ...p, officeId: free(slug, 'office') } : p;
  }
  if (p.type === 'create-station-district' && p.stationDistrictId === undefined) {
    const slug = slugOf(p.name);
    return slug ? { ...p, stationDistrictId: free(slug, 'stationDistrict') } : p;
  }
  return p;
}

function viewOf(scenario: Scenario, application: ScenarioApplication): ScenarioView {
  return {
    scenario,
    steps: application.steps.map((step) => ({ position: step.position, proposal: step.proposal, label: step.label, names: { ...step.names }, ops: [...step.ops], issues: step.issues.map(plainIssue) })),
    issues: application.issues.map(plainIssue),
    baseViolations: application.baseViolations.map((v) => ({ rule: v.rule, subject: v.subject, message: v.message })),
  };
}

function plainIssue(i: ScenarioIssue): ScenarioView['issues'][number] {
  return { position: i.position, code: i.code, subject: i.subject, message: i.message, reason: i.reason, details: { ...i.details }, proposal: i.proposal, names: { ...i.names } };
}

/** The proposals' ops as changes dated `effective`, with the decision; ids "scenario-<id>-<position>-<n>". */
function changesOf(scenario: Scenario, application: ScenarioApplication, decision: Decision, effective: string): NewChange[] {
  const sources = [decision.url, decision.reference].filter((s): s is string => typeof s === 'string' && s.length > 0);
  return application.steps.flatMap((step) =>
    step.ops.map((op, i) => ({
      id: `scenario-${scenario.id}-${step.position}-${i + 1}`,
      effective,
      datePrecision: 'day' as const,
      op,
      decision,
      sources,
      certainty: 'sourced' as const,
      note: `Scenario ${scenario.id} "${scenario.name}", change ${step.position}: ${step.label}`,
      supersedes: null,
    })),
  );
}

function officesOnlyIn(a: Snapshot, b: Snapshot): OfficeRef[] {
  return [...a.offices.values()]
    .filter((o) => !b.offices.has(o.id))
    .map((o) => ({ id: o.id, name: o.name, kind: o.kind, districtId: o.districtId, stationDistrictId: o.stationDistrictId, municipalityNumber: o.municipalityNumber }))
    .sort((x, y) => x.name.localeCompare(y.name, 'nb') || (x.id < y.id ? -1 : 1));
}

function criterionChanges(before: CriteriaReport, after: CriteriaReport): CriterionChange[] {
  return after.rules.map((r, i) => {
    const b = before.rules[i]!; // the same rule set on both sides
    return { id: r.id, label: r.label, passedBefore: b.passed, passedAfter: r.passed, valueBefore: b.value, valueAfter: r.value, failingBefore: b.failing, failingAfter: r.failing };
  });
}
