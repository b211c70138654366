import { type DomainError, InvariantError } from '../domain/errors.js';
import type { ScenarioIssue } from '../domain/scenario/apply-scenario.js';
import { CriteriaFileError } from '../services/planner/structure-analysis.js';
import { ScenarioRejectedError } from '../services/planner/scenario-service.js';
import { ProblemError, invalidParameter, notFound } from '../contract/problem.js';
import { issueNb } from '../contract/wording/scenario-text.js';

/**
 * The services' expected failures (DomainError with a stable code) as HTTP problems: a status, the
 * code the client switches on (the service's own where it has one), a Norwegian `detail`, and the
 * details a UI needs to say more (the refused issues with the proposal and the names they mention;
 * the revision found; the statuses allowed). Codes not listed here are bugs: 500.
 */

const STATUS_NB: Record<string, string> = { draft: 'utkast', 'in-consultation': 'på høring', decided: 'vedtatt', published: 'publisert' };
const statusNb = (s: unknown) => STATUS_NB[String(s)] ?? String(s);

/** A scenario issue as plain JSON (the domain's carries readonly maps). */
export function plainIssue(i: ScenarioIssue) {
  return { position: i.position, code: i.code, subject: i.subject, message: i.message, reason: i.reason, details: { ...i.details }, proposal: i.proposal, names: { ...i.names } };
}

/** "Endring 3 (legg ned Alta politistasjon): Alta politistasjonsdistrikt ville stått uten tjenestested" for the first issues. */
function issuesSummaryNb(issues: readonly ScenarioIssue[]): string {
  const shown = issues.slice(0, 3).map(issueNb);
  const more = issues.length > 3 ? ` og ${issues.length - 3} til` : '';
  return `${shown.join('; ')}${more}`;
}

/** Which parameter a position error is about: the path's `position`, or the body's `to`/`position`. */
function positionParameter(position: unknown, params: Record<string, unknown>, body: unknown): string {
  if (params['position'] !== undefined && String(params['position']) === String(position)) return 'position';
  const b = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return b['to'] !== undefined && String(b['to']) === String(position) ? 'to' : 'position';
}

export function domainProblem(e: DomainError, request: { params: unknown; body: unknown }): ProblemError | null {
  const d = e.details;
  const id = d['id'];
  if (e instanceof ScenarioRejectedError) {
    const n = e.issues.length;
    return new ProblemError(
      422,
      'scenario.rejected',
      `Avvist: ${n === 1 ? 'scenarioet ville fått ett nytt problem' : `scenarioet ville fått ${n} nye problemer`} (${issuesSummaryNb(e.issues)}). Ingenting er lagret.`,
      { issues: e.issues.map(plainIssue) },
    );
  }
  if (e instanceof InvariantError) {
    return new ProblemError(422, 'register.invariant', `Avvist: registeret ville brutt ${e.violations.length === 1 ? 'én regel' : `${e.violations.length} regler`} (${e.violations[0]?.rule ?? ''}${e.violations.length > 1 ? ' med flere' : ''}). Ingenting er lagret.`, {
      violations: e.violations.map((v) => ({ ...v })),
    });
  }
  if (e instanceof CriteriaFileError) {
    const first = e.issues[0];
    return new ProblemError(400, 'criteria.invalid', `Kriteriesettet er ugyldig: ${first?.message ?? e.message}`, {
      parameter: 'ruleSet',
      path: first?.path ?? '',
      issues: e.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })),
    });
  }
  switch (e.code) {
    case 'scenario.not-found':
      return notFound(`Det finnes ikke noe scenario ${String(id)}.`, { id: String(id), entityType: 'scenario' });
    case 'scenario.invalid-input': {
      const path = typeof d['path'] === 'string' ? d['path'] : '';
      const problem = invalidParameter(path.split('/')[1] || 'body', `Innholdet er ugyldig: ${e.message}.`);
      return new ProblemError(problem.statusCode, problem.code, problem.detail, { ...problem.extensions, path });
    }
    case 'store.scenario-conflict':
      return new ProblemError(
        409,
        'scenario.conflict',
        `Scenario ${String(id)} er endret av noen andre i mellomtiden (det er på revisjon ${String(d['revision'] ?? '?')}, endringen ble gjort på revisjon ${String(d['expectedRevision'] ?? '?')}). Hent det på nytt og prøv igjen.`,
        { scenarioId: id, revision: d['revision'], expectedRevision: d['expectedRevision'] },
      );
    case 'scenario.not-editable':
      return new ProblemError(
        409,
        'scenario.not-editable',
        `Scenario ${String(id)} er ${statusNb(d['status'])}; bare et utkast kan endres${d['status'] === 'published' ? '' : ' (sett det tilbake til utkast først)'}.`,
        { scenarioId: id, status: d['status'] },
      );
    case 'scenario.invalid-status-change': {
      const allowed = Array.isArray(d['allowed']) ? (d['allowed'] as unknown[]).map(String) : [];
      return new ProblemError(
        409,
        'scenario.invalid-status-change',
        `Scenario ${String(id)} er ${statusNb(d['from'])} og kan ${allowed.length > 0 ? `bare settes til ${allowed.map(statusNb).join(' eller ')}` : 'ikke få en annen status'}, ikke ${statusNb(d['to'])}.`,
        { scenarioId: id, from: d['from'], to: d['to'], allowed },
      );
    }
    case 'scenario.not-decided':
      return new ProblemError(409, 'scenario.not-decided', `Scenario ${String(id)} er ${statusNb(d['status'])}; bare et vedtatt scenario kan publiseres.`, { scenarioId: id, status: d['status'] });
    case 'scenario.empty':
      return new ProblemError(422, 'scenario.empty', `Scenario ${String(id)} har ingen endringer.`, { scenarioId: id });
    case 'scenario.invalid-position': {
      const count = Number(d['count'] ?? 0);
      return new ProblemError(
        400,
        'scenario.invalid-position',
        `Posisjon ${String(d['position'])} finnes ikke i scenario ${String(id)} (${count > 0 ? `bruk 1–${count}` : 'det har ingen endringer'}).`,
        { scenarioId: id, position: d['position'], count, parameter: positionParameter(d['position'], (request.params ?? {}) as Record<string, unknown>, request.body) },
      );
    }
    case 'scenario.effective-before-base':
      return new ProblemError(
        400,
        'scenario.effective-before-base',
        `Ikrafttredelsesdatoen ${String(d['effective'])} er før scenarioets grunnlagsdato ${String(d['baseDate'])}.`,
        { parameter: 'effective', effective: d['effective'], baseDate: d['baseDate'] },
      );
    case 'analysis.no-open-office':
      return new ProblemError(422, 'analysis.not-possible', 'Ingen tjenestesteder er åpne i denne strukturen, så det finnes ikke noe nærmeste tjenestested å måle reisetiden til.', { reason: e.code });
    case 'analysis.unknown-municipality':
    case 'analysis.unknown-district':
      return new ProblemError(
        422,
        'analysis.not-possible',
        'Strukturen på denne datoen dekker ikke alle kommunene befolkningen er fordelt på (registeret beskriver politiet fra 2002), så tilgjengeligheten kan ikke beregnes.',
        { reason: e.code, ids: d['ids'] },
      );
    case 'analysis.options':
    case 'analysis.travel-params':
      return new ProblemError(422, 'analysis.not-possible', `Tilgjengeligheten kan ikke beregnes med disse valgene: ${e.message}.`, { reason: e.code });
    default:
      return null;
  }
}
