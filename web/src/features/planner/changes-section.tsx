import { Heading } from '@digdir/designsystemet-react';
import { moveChange, removeChange, type ScenarioView } from '../../api/planner-endpoints.js';
import { ChangeList } from './change-list.js';
import { issueText } from './planner-text.js';
import { ProblemAlert } from './problem-alert.js';
import type { ScenarioEdit } from './use-scenario-edit.js';

/** «Endringer»: the changes in order with «Flytt opp» / «Flytt ned» and «Angre», what is wrong with the scenario, and what the base already breaks. */
export function ChangesSection({ view, busy, edit }: { view: ScenarioView; busy: boolean; edit: ScenarioEdit }) {
  const s = view.scenario;
  const editable = s.status === 'draft';
  return (
    <section aria-labelledby="endringer" className="np-stack-sm">
      <Heading level={2} data-size="md" id="endringer">
        Endringer
      </Heading>
      <ChangeList
        view={view}
        busy={busy}
        onUndo={editable ? (position) => void edit.run('undo', () => removeChange(s.id, position, s.revision), `Angret endring ${position}.`) : null}
        onMove={
          editable
            ? (position, to) => void edit.run('reorder', () => moveChange(s.id, position, to, s.revision), `Flyttet endring ${position} ${to < position ? 'opp' : 'ned'}; den er nå nummer ${to}.`)
            : null
        }
      />
      {(edit.failure?.where === 'undo' || edit.failure?.where === 'reorder') && <ProblemAlert error={edit.failure.error} />}
      {view.baseViolations.length > 0 && (
        <details>
          <summary>Regelbrudd som allerede finnes på grunnlagsdatoen ({view.baseViolations.length})</summary>
          <ul>
            {view.baseViolations.map((b, i) => (
              <li key={i}>{b.message}</li>
            ))}
          </ul>
        </details>
      )}
      {view.issues.length > 0 && (
        <ul aria-label="Problemer i scenarioet">
          {view.issues.map((issue, i) => (
            <li key={i} className="np-fail">
              {issueText(issue)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
