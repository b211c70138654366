/**
 * An HTTP failure the client can act on, carried as an exception from wherever it is found (a route,
 * a hook, a plugin) to the one error handler that renders it as RFC 9457 problem+json. The stable
 * `code` is for programs; `title` (chosen from the code) and `detail` are Norwegian, for people.
 */

const PROBLEM_TITLES = {
  'request.invalid': 'Ugyldig forespørsel',
  'request.invalid-parameter': 'Ugyldig parameter',
  'request.not-acceptable': 'Formatet kan ikke leveres',
  'route.not-found': 'Finnes ikke',
  'resource.not-found': 'Finnes ikke',
  'resource.not-in-force': 'Ikke i kraft på denne datoen',
  'locate.outside-norway': 'Utenfor Norge',
  'rate-limit.exceeded': 'For mange forespørsler',
  'rate-limit.expensive': 'For mange krevende forespørsler',
  'service.unavailable': 'Tjenesten er ikke tilgjengelig',
  'server.error': 'Intern feil',
  'request.unsupported-media-type': 'Innholdet må være JSON',
  'request.unsupported-charset': 'Innholdet må være UTF-8',
  'request.invalid-json': 'Innholdet er ikke gyldig JSON',
  'request.body-too-deep': 'Innholdet er nestet for dypt',
  'request.body-too-large': 'Innholdet er for stort',
  'request.bad-url': 'Ugyldig adresse',
  'request.uri-too-long': 'Adressen er for lang',
  'request.header-too-large': 'For store headere',
  'request.timeout': 'Forespørselen tok for lang tid',
  'analysis.not-possible': 'Kan ikke beregnes',
  'criteria.invalid': 'Ugyldig kriteriesett',
  'planner.writes-disabled': 'Planleggeren er stengt for endringer',
  'planner.unavailable': 'Planleggeren er ikke satt opp',
  'scenario.conflict': 'Scenarioet er endret av andre',
  'scenario.rejected': 'Endringen ble avvist',
  'scenario.not-editable': 'Scenarioet kan ikke endres',
  'scenario.invalid-status-change': 'Ugyldig statusendring',
  'scenario.invalid-position': 'Ugyldig posisjon',
  'scenario.empty': 'Scenarioet har ingen endringer',
  'scenario.not-decided': 'Scenarioet er ikke vedtatt',
  'scenario.effective-before-base': 'Ugyldig ikrafttredelsesdato',
  'register.invariant': 'Registeret ville brutt en regel',
  'optimize.infeasible': 'Umulig optimering',
  'optimize.unknown-candidate': 'Ukjent kandidat',
  'optimize.unknown-group': 'Ukjent distrikt',
  'optimize.unknown-district': 'Ukjent politidistrikt',
  'optimize.duplicate-candidate': 'Kandidat-id brukt to ganger',
  'optimize.no-open-office': 'Ingen åpne tjenestesteder',
  'optimize.invalid-parameter': 'Ugyldig parameter',
  'optimize.busy': 'Optimereren er opptatt',
  'optimize.not-done': 'Optimeringen er ikke ferdig',
  'optimize.failed': 'Optimeringen feilet',
  'optimize.scenario-rejected': 'Svaret kan ikke lagres som scenario',
  'optimize.scenario-unlocated': 'Et nytt sted ligger ikke i noen kommune',
  'optimize.scenario-no-changes': 'Svaret endrer ingenting',
  'optimize.already-running': 'Du har allerede en optimering i gang',
  'auth.required': 'Du må logge inn',
  'auth.invalid-credentials': 'Innloggingen ble ikke godtatt',
  'auth.forbidden': 'Du har ikke tilgang',
  'auth.cross-origin': 'Forespørselen kom fra et annet nettsted',
  'auth.too-many-attempts': 'For mange innloggingsforsøk',
  'scenario.revision-required': 'Revisjonen mangler',
  'scenario.own-scenario': 'Fire øyne: noen andre må vedta',
  'user.conflict': 'Brukeren finnes allerede',
  'user.invalid': 'Ugyldig bruker',
} as const;

export type ProblemCode = keyof typeof PROBLEM_TITLES;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ProblemCode;
  [extension: string]: unknown;
}

export class ProblemError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ProblemCode,
    readonly detail: string,
    /** Extension members added to the body (RFC 9457 §3.2), e.g. `parameter`. */
    readonly extensions: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super(detail, options);
    this.name = 'ProblemError';
  }

  body(instance: string): ProblemBody {
    const body: ProblemBody = {
      type: `urn:naerpoliti:problem:${this.code}`,
      title: PROBLEM_TITLES[this.code],
      status: this.statusCode,
      detail: this.detail,
      instance,
      code: this.code,
    };
    // No extension may overwrite a member RFC 9457 defines.
    for (const [key, value] of Object.entries(this.extensions)) if (!(key in body)) body[key] = value;
    return body;
  }
}

/** 400 naming the query or path parameter that was wrong and why. */
export function invalidParameter(parameter: string, detail: string): ProblemError {
  return new ProblemError(400, 'request.invalid-parameter', detail, { parameter });
}

export function notFound(detail: string, extensions: Record<string, unknown> = {}): ProblemError {
  return new ProblemError(404, 'resource.not-found', detail, extensions);
}
