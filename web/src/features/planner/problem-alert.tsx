import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { ApiError } from '../../api/http.js';
import { PlannerError } from '../../api/planner-http.js';
import { problemIssueText } from './planner-text.js';
import { SiteLink } from '../../components/site-link.js';
import { signInPath } from '../session/sign-in-path.js';

/** What the field a refused body names is called on the forms (the API names it by JSON path). */
const FIELD_LABEL: Readonly<Record<string, string>> = {
  name: 'Navn',
  baseDate: 'Grunnlagsdato',
  description: 'Beskrivelse',
  lat: 'Breddegrad',
  lon: 'Lengdegrad',
  kind: 'Type',
  municipalityNumber: 'Kommune',
  officeId: 'Tjenestested',
  intoOfficeId: 'Slås sammen med',
  toStationDistrictId: 'Tjenesteenhet',
  by: 'Vedtatt av',
  date: 'Vedtaksdato',
  url: 'Lenke til vedtaket',
  reference: 'Referanse',
  effective: 'Gjelder fra',
};

const SIGN_IN_TEXT = 'Du er ikke logget inn (eller innloggingen er utløpt). Logg inn for å lage og endre scenarioer; alle kan se dem uten å logge inn.';
const FORBIDDEN_TEXT = 'Brukeren din har ikke lov til dette.';

/** The error of a planner action as one Norwegian sentence (and its issues), for an alert. */
export function describeFailure(error: unknown): { text: string; issues: string[]; signIn?: boolean } {
  if (error instanceof PlannerError) {
    if (error.signInNeeded) return { text: SIGN_IN_TEXT, issues: [], signIn: true };
    if (error.forbidden) return { text: error.problem?.detail ? `${FORBIDDEN_TEXT} ${error.problem.detail}` : FORBIDDEN_TEXT, issues: [] };
    const field = error.path?.split('/').filter(Boolean).pop();
    const label = field ? FIELD_LABEL[field] : undefined;
    const detail = error.problem?.detail ?? `Tjeneren svarte med feil (HTTP ${error.status}).`;
    return { text: label ? `${label}: ${detail}` : detail, issues: error.issues.map(problemIssueText) };
  }
  if (error instanceof ApiError) return { text: error.problem?.detail ?? 'Tjeneren svarte med en feil.', issues: [] };
  return { text: 'Vi fikk ikke kontakt med tjeneren. Prøv igjen.', issues: [] };
}

/**
 * A refused action shown next to its form; focus moves to it, so a keyboard or screen reader user
 * hears what was wrong without hunting for it.
 */
export function ProblemAlert({ error, title = 'Det gikk ikke', level = 3 }: { error: unknown; title?: string; level?: 2 | 3 }) {
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [error]);
  const { text, issues, signIn } = describeFailure(error);
  return (
    <div ref={ref} tabIndex={-1} className="np-planner-alert">
      <Alert data-color="danger" role="alert">
        <Heading level={level} data-size="2xs">
          {title}
        </Heading>
        <Paragraph>{text}</Paragraph>
        {signIn && (
          <Paragraph>
            <SiteLink to={signInPath()}>Logg inn</SiteLink>
          </Paragraph>
        )}
        {issues.length > 0 && (
          <ul>
            {issues.map((issue, i) => (
              <li key={i}>{issue}</li>
            ))}
          </ul>
        )}
      </Alert>
    </div>
  );
}
