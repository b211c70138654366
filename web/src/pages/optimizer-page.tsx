import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { SiteLink } from '../components/site-link.js';
import { OptimizeForm } from '../features/planner/optimize-form.js';
import { OptimizeAnswer } from '../features/planner/optimize-answer.js';
import { ProblemAlert } from '../features/planner/problem-alert.js';
import { useOptimizeJob, type JobProgress } from '../features/planner/use-optimize-job.js';
import { formatInteger } from '../format/numbers.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { PLANNER_PATH } from '../routes.js';
import '../styles/planner.css';

const PHASE: Readonly<Record<JobProgress['phase'], string>> = {
  greedy: 'grådig start',
  swap: 'bytter',
  exact: 'eksakt løsning (HiGHS)',
  bound: 'beviser grensen',
};

/** /planlegger/optimering: which K offices serve the population best, as a background job. */
export function OptimizerPage() {
  usePageTitle('Optimering');
  const { job, progress, error, starting, start, cancel } = useOptimizeJob();
  const running = starting || job?.status === 'running';
  const resultRef = useRef<HTMLDivElement | null>(null);
  const finished = job !== null && job.status !== 'running';

  // When the job ends, bring the result into focus (keyboard and screen reader users land on it).
  useEffect(() => {
    if (finished) resultRef.current?.querySelector<HTMLElement>('#resultat')?.focus();
  }, [finished, job?.id]);

  const limit = job?.request.timeLimitSeconds ?? 60;
  return (
    <div className="np-stack">
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          Optimering
        </Heading>
        <Paragraph>
          Hvilke tjenestesteder, blant dem som er åpne og andre fra registeret, gir innbyggerne best dekning eller kortest samlet reisetid, for et gitt
          antall? Svaret er et forslag som kan lagres som et scenario og vurderes der. Reisetidene er anslått. <SiteLink to={PLANNER_PATH}>Tilbake til planleggeren</SiteLink>
        </Paragraph>
      </div>
      <OptimizeForm onStart={(r) => void start(r)} busy={running} />
      {error !== null && <ProblemAlert error={error} title="Optimeringen gikk ikke" level={2} />}
      <div role="status" aria-live="polite" className="np-stack-sm">
        {running && (
          <>
            <label htmlFor="optimering-framdrift">
              {starting ? 'Starter optimeringen …' : `Optimerer: ${progress ? PHASE[progress.phase] : 'forbereder'}`}
              {progress && `, ${progress.elapsedSeconds.toLocaleString('nb-NO', { maximumFractionDigits: 0 })} s`}
              {progress?.objective !== null && progress?.objective !== undefined && `, beste verdi ${formatInteger(progress.objective)}`}
            </label>
            <progress id="optimering-framdrift" max={limit} value={progress ? Math.min(progress.elapsedSeconds, limit) : undefined} />
          </>
        )}
        {job?.status === 'failed' && <p>Optimeringen feilet: {job.problem?.detail ?? 'ukjent feil på tjeneren'}.</p>}
        {job?.status === 'cancelled' && <p>Optimeringen ble avbrutt. Beste løsning så langt vises under.</p>}
      </div>
      {job?.status === 'running' && (
        <div>
          <Button type="button" variant="secondary" onClick={() => void cancel()}>
            Avbryt
          </Button>
        </div>
      )}
      <div ref={resultRef}>{job && job.result && job.status !== 'running' && <OptimizeAnswer job={job} report={job.result} />}</div>
    </div>
  );
}
