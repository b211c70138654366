import { Alert, Button, Label, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { FUTURE_HORIZON_YEARS, isoDateOrNull, latestDate, REGISTER_START, todayInNorway } from '../../../src/shared/dates.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { QUICK_PICKS } from './quick-picks.js';
import { useStructureDate, withDate } from './use-structure-date.js';
import { PHONE_QUERY, useMediaQuery } from '../hooks/use-media-query.js';

/**
 * "Struktur per dato": every page shows the structure on one date, named in the URL (?dato=) so
 * the view can be shared. A date field plus quick picks for the dates people ask about.
 */
export function DateControl() {
  const { date, urlDate, invalid } = useStructureDate();
  const location = useLocation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<string>(date);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const phone = useMediaQuery(PHONE_QUERY);

  useEffect(() => {
    setDraft(date);
    setError(null);
  }, [date]);

  const here = `${location.pathname}${location.search}${location.hash}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = isoDateOrNull(draft);
    if (!parsed) {
      setError('Skriv en dato som åå-mm-dd, for eksempel 2018-07-01.');
      return;
    }
    if (parsed < REGISTER_START) {
      setError('Registeret begynner 1. januar 2002. Velg en dato fra og med da.');
      return;
    }
    const latest = latestDate(todayInNorway());
    if (parsed > latest) {
      setError(`Registeret svarer for datoer inntil ${FUTURE_HORIZON_YEARS} år fram i tid. Velg en dato senest ${formatLongDate(latest)}.`);
      return;
    }
    setError(null);
    void navigate(withDate(here, parsed));
  }

  return (
    <section className="np-datebar" aria-label="Velg dato for strukturen">
      <div className="np-container np-stack-sm">
        <div className="np-datebar__form">
          <form className="np-datebar__field" onSubmit={submit} noValidate aria-label="Velg dato">
            <Textfield
              label="Struktur per dato"
              type="date"
              data-size="sm"
              value={draft}
              min={REGISTER_START}
              onChange={(e) => setDraft(e.target.value)}
              error={error ?? undefined}
            />
            <Button type="submit" data-size="sm">
              Vis
            </Button>
          </form>
          {phone ? (
            // On a phone the quick picks fold away so the page itself starts near the top.
            <details className="np-datebar__more">
              <summary>Snarveier til datoer</summary>
              <QuickPicks here={here} urlDate={urlDate} label={{ 'aria-label': 'Snarveier' }} />
            </details>
          ) : (
            <div>
              <Label asChild data-size="sm">
                <span id={`${hintId}-picks`}>Snarveier</span>
              </Label>
              <QuickPicks here={here} urlDate={urlDate} label={{ 'aria-labelledby': `${hintId}-picks` }} />
            </div>
          )}
        </div>
        <Paragraph data-size="sm" aria-live="polite">
          Viser strukturen per <strong>{formatLongDate(date)}</strong>
          {urlDate === null ? ' (i dag)' : ''}.
        </Paragraph>
        {invalid !== null && (
          <Alert data-color="warning" data-size="sm">
            «{invalid}» i adressen er ikke en gyldig dato. Viser strukturen i dag.
          </Alert>
        )}
      </div>
    </section>
  );
}

function QuickPicks({ here, urlDate, label }: { here: string; urlDate: string | null; label: { 'aria-label': string } | { 'aria-labelledby': string } }) {
  return (
    <ul className="np-quickpicks" {...label}>
      {QUICK_PICKS.map((pick) => {
        const active = pick.date === null ? urlDate === null : urlDate === pick.date;
        return (
          <li key={pick.label}>
            <Button asChild variant={active ? 'primary' : 'secondary'} data-size="sm">
              <RouterLink to={withDate(here, pick.date)} aria-current={active ? 'true' : undefined}>
                {pick.label}
              </RouterLink>
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
