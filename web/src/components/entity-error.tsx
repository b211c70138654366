import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation } from 'react-router';
import { ApiError } from '../api/http.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { withDate } from '../date/use-structure-date.js';
import { usePageTitle } from '../layout/use-page-title.js';

/** The day before an ISO date (the last day of a [from, to) period). */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * What an entity page shows when the API says 404: either there is no such thing, or it exists in
 * the history but not on the chosen date (then: when it did exist, with links to those dates).
 * Returns null for other errors (the generic error message handles them).
 */
export function EntityError({ error, what }: { error: unknown; what: string }) {
  const location = useLocation();
  const notInForce = error instanceof ApiError && error.problem?.code === 'resource.not-in-force';
  const notFound = error instanceof ApiError && error.status === 404;
  usePageTitle(notInForce ? `${what} fantes ikke på datoen` : notFound ? `Fant ikke ${what.toLowerCase()}` : null);
  if (!(error instanceof ApiError) || !notFound) return null;
  const here = `${location.pathname}${location.search}`;
  if (notInForce) {
    const periods = error.problem?.inForce ?? [];
    return (
      <div className="np-stack-sm">
        <Heading level={1} data-size="lg">
          {what} fantes ikke på denne datoen
        </Heading>
        <Alert data-color="info">
          <Paragraph>{error.problem?.detail}</Paragraph>
        </Alert>
        {periods.length > 0 && (
          <>
            <Paragraph>Se det slik det var:</Paragraph>
            <ul>
              {periods.map((p) => (
                <li key={p.from}>
                  <RouterLink to={withDate(here, p.from)}>første dag, {formatLongDate(p.from)}</RouterLink>
                  {p.to && (
                    <>
                      {' – '}
                      <RouterLink to={withDate(here, dayBefore(p.to))}>siste dag, {formatLongDate(dayBefore(p.to))}</RouterLink>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }
  return (
    <div className="np-stack-sm">
      <Heading level={1} data-size="lg">
        Fant ikke {what.toLowerCase()}
      </Heading>
      <Paragraph>{error.problem?.detail ?? 'Registeret har ikke noe med denne adressen.'}</Paragraph>
    </div>
  );
}
