import { Button } from '@digdir/designsystemet-react';
import type { ScenarioView } from '../../api/planner-endpoints.js';
import { EmptyState } from '../../components/empty-state.js';
import { issueText, proposalText } from './planner-text.js';

export interface ChangeListProps {
  view: ScenarioView;
  /** Null when the scenario cannot be edited. */
  onUndo: ((position: number) => void) | null;
  /** Moves a change one place up or down (positions from 1); null when the scenario cannot be edited. */
  onMove: ((position: number, to: number) => void) | null;
  busy: boolean;
}

/** The scenario's changes in the order they apply, each with what is wrong with it, «Flytt opp» / «Flytt ned» and «Angre». */
export function ChangeList({ view, onUndo, onMove, busy }: ChangeListProps) {
  if (view.steps.length === 0) return <EmptyState>Ingen endringer ennå. Legg ned, slå sammen eller opprett tjenestesteder nedenfor.</EmptyState>;
  const last = view.steps.length;
  return (
    <ol className="np-stack-sm" aria-label="Endringene i rekkefølge">
      {view.steps.map((step) => {
        const text = proposalText(step.proposal, step.names);
        const p = step.position;
        return (
          <li key={p}>
            <span>{text}</span>{' '}
            {(onMove || onUndo) && (
              <span className="np-planner-actions np-change-actions">
                {/* Disabled rather than left out at the ends, so every row has its buttons in the same places. */}
                {onMove && (
                  <Button type="button" variant="tertiary" data-size="sm" disabled={busy || p === 1} onClick={() => onMove(p, p - 1)} aria-label={`Flytt endring ${p} opp: ${text}`}>
                    Flytt opp
                  </Button>
                )}
                {onMove && (
                  <Button type="button" variant="tertiary" data-size="sm" disabled={busy || p === last} onClick={() => onMove(p, p + 1)} aria-label={`Flytt endring ${p} ned: ${text}`}>
                    Flytt ned
                  </Button>
                )}
                {onUndo && (
                  <Button type="button" variant="tertiary" data-size="sm" disabled={busy} onClick={() => onUndo(p)} aria-label={`Angre endring ${p}: ${text}`}>
                    Angre
                  </Button>
                )}
              </span>
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
