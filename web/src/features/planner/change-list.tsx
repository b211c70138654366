import { Button } from '@digdir/designsystemet-react';
import type { ScenarioView } from '../../api/planner-endpoints.js';
import { EmptyState } from '../../components/empty-state.js';
import { issueText, proposalText } from './planner-text.js';

export interface ChangeListProps {
  view: ScenarioView;
  /** Null when the scenario cannot be edited. */
  onUndo: ((position: number) => void) | null;
  busy: boolean;
}

/** The scenario's changes in the order they apply, each with what is wrong with it and «Angre». */
export function ChangeList({ view, onUndo, busy }: ChangeListProps) {
  if (view.steps.length === 0) return <EmptyState>Ingen endringer ennå. Legg ned, slå sammen eller opprett tjenestesteder nedenfor.</EmptyState>;
  return (
    <ol className="np-stack-sm" aria-label="Endringene i rekkefølge">
      {view.steps.map((step) => {
        const text = proposalText(step.proposal, step.names);
        return (
          <li key={step.position}>
            <span>{text}</span>{' '}
            {onUndo && (
              <Button type="button" variant="tertiary" data-size="sm" disabled={busy} onClick={() => onUndo(step.position)} aria-label={`Angre endring ${step.position}: ${text}`}>
                Angre
              </Button>
            )}
            {step.issues.length > 0 && (
              <ul>
                {step.issues.map((issue, i) => (
                  <li key={i} className="np-fail">
                    {issueText(issue)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
