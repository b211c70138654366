import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { saveOptimizeScenario, type OptimizeJob } from '../../api/planner-endpoints.js';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';
import { formatInteger } from '../../format/numbers.js';
import { scenarioPath } from '../../routes.js';
import { formatMinutes, formatShare } from './planner-text.js';
import { ProblemAlert } from './problem-alert.js';
import { RoadCredit } from '../access/road-credit.js';

type Report = NonNullable<OptimizeJob['result']>;

const STATUS_TEXT: Readonly<Record<Report['status'], string>> = {
  heuristic: 'heuristisk løsning (ikke bevist optimal)',
  optimal: 'bevist optimal',
  'time-limit': 'beste løsning innen tidsbegrensningen',
  bounded: 'løsning med bevist grense',
  cancelled: 'avbrutt; beste løsning så langt',
};

/**
 * How the answer was found, for a planner who is not a programmer: the solver's own line (e.g.
 * "greedy+swap → HiGHS 1.15.1 MIP (optimal; …)") stays available under «Tekniske detaljer» for analysts.
 */
const METHOD_TEXT: Readonly<Record<Report['status'], string>> = {
  heuristic: 'Et raskt søk: først velges tjenestestedene ett for ett der de gir mest, så prøves bytter til ingen bytte gir mer.',
  optimal: 'Først et raskt søk, så en eksakt beregning (heltallsoptimering) som beviste at ingen annen løsning er bedre.',
  'time-limit': 'Først et raskt søk, så en eksakt beregning som ble stoppet ved tidsgrensen; løsningen er den beste som ble funnet.',
  bounded: 'Først et raskt søk, så en beregning av hvor god den beste mulige løsningen kan være (gapet over viser avstanden).',
  cancelled: 'Beregningen ble avbrutt; løsningen er den beste som ble funnet før det.',
};

/** The optimiser's answer against the base date's actual structure, and «Lagre som scenario». */
export function OptimizeAnswer({ job, report }: { job: OptimizeJob; report: Report }) {
  const names = new Map(report.candidates.map((c) => [c.id, c.name]));
  const name = (id: string) => names.get(id) ?? id;
  return (
    <div className="np-stack-sm">
      <Heading level={2} data-size="md" id="resultat" tabIndex={-1}>
        Resultat
      </Heading>
      <Paragraph data-testid="optimise-summary">
        {formatInteger(report.keep)} tjenestesteder ({STATUS_TEXT[report.status]}): {formatShare(report.coveredShare)} av innbyggerne innenfor{' '}
        {formatInteger(report.thresholdMinutes ?? 0)} minutter, mot {formatShare(report.baselineCoveredShare)} med de {formatInteger(report.baseline.offices)} som er
        åpne {formatLongDate(report.at)}. Snitt {formatMinutes(report.meanMinutes)} (nå {formatMinutes(report.baseline.meanMinutes)}).
      </Paragraph>
      <dl className="np-planner-facts">
        <dt>Gap til bevist grense</dt>
        <dd>{report.gap === null ? 'ingen grense (heuristikk)' : formatShare(report.gap)}</dd>
        <dt>Slik ble løsningen funnet</dt>
        <dd>
          {METHOD_TEXT[report.status]}
          <details>
            <summary>Tekniske detaljer</summary>
            <span lang="en">{report.solver}</span>
          </details>
        </dd>
        <dt>Tid</dt>
        <dd>{report.seconds.toLocaleString('nb-NO', { maximumFractionDigits: 1 })} sekunder</dd>
        <dt>Beregning</dt>
        <dd>
          {report.travelModel.label}
          <RoadCredit model={report.travelModel} />
        </dd>
      </dl>
      <Heading level={3} data-size="xs">
        Lagt ned ({report.changes.closed.length}) og nye ({report.changes.opened.length}) mot {formatLongDate(report.at)}
      </Heading>
      {report.changes.closed.length + report.changes.opened.length === 0 ? (
        <Paragraph>Løsningen er den samme som strukturen på datoen.</Paragraph>
      ) : (
        <ul aria-label="Endringer mot strukturen på datoen">
          {report.changes.closed.map((id) => (
            <li key={`c-${id}`}>Legges ned: {name(id)}</li>
          ))}
          {report.changes.opened.map((id) => (
            <li key={`o-${id}`}>Nytt: {name(id)}</li>
          ))}
        </ul>
      )}
      {/* The same structure as the date's would be a scenario without changes, which the API refuses. */}
      {report.changes.closed.length + report.changes.opened.length > 0 && (
        <SaveAsScenario job={job} defaultName={`Optimering: ${report.keep} tjenestesteder (${formatLongDate(report.at)})`} />
      )}
    </div>
  );
}

function SaveAsScenario({ job, defaultName }: { job: OptimizeJob; defaultName: string }) {
  const navigate = useNavigate();
  const [name, setName] = useState(defaultName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await saveOptimizeScenario(job.id, name.trim());
      void navigate(scenarioPath(saved.scenario.id));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <form className="np-stack-sm np-planner-form" onSubmit={(e) => void submit(e)} aria-label="Lagre som scenario">
      <Textfield label="Navn på scenarioet" value={name} onChange={(e) => setName(e.target.value)} />
      {error !== null && <ProblemAlert error={error} title="Scenarioet ble ikke lagret" />}
      <div>
        <Button type="submit" disabled={busy}>
          Lagre som scenario
        </Button>
      </div>
    </form>
  );
}
