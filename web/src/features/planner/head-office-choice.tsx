import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { PlannerError } from '../../api/planner-http.js';
import { SelectField } from './select-field.js';

/** The candidates of a refused close or merge that needs a new head office, or null. */
export function headOfficeCandidates(error: unknown): { id: string; name: string }[] | null {
  if (!(error instanceof PlannerError)) return null;
  const issue = error.issues.find((i) => i.code === 'scenario.head-office-needed');
  const candidates = issue?.details?.['candidates'];
  if (!issue || !Array.isArray(candidates)) return null;
  return candidates.map((c) => String(c)).map((id) => ({ id, name: issue.names?.[id] ?? id }));
}

/**
 * A head office closed or merged away while several offices remain in its station district: the
 * planner must say which becomes the new head office (the API lists the candidates), then try again.
 */
export function HeadOfficeChoice({ candidates, onRetry, busy }: { candidates: readonly { id: string; name: string }[]; onRetry: (id: string) => void; busy: boolean }) {
  const [chosen, setChosen] = useState(candidates[0]?.id ?? '');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosen) onRetry(chosen);
  }
  return (
    <form className="np-stack-sm np-planner-form" onSubmit={submit} aria-label="Velg nytt hovedkontor">
      <SelectField label="Nytt hovedkontor for tjenesteenheten" value={chosen} onChange={setChosen} options={candidates.map((c) => ({ value: c.id, label: c.name }))} />
      <div>
        <Button type="submit" disabled={busy || !chosen}>
          Prøv igjen med dette hovedkontoret
        </Button>
      </div>
    </form>
  );
}
