import { Heading } from '@digdir/designsystemet-react';
import { publishScenario, setStatus, type Scenario } from '../../api/planner-endpoints.js';
import { STATUS_LABEL } from './planner-text.js';
import { ProblemAlert } from './problem-alert.js';
import { PublishedNote } from './published-note.js';
import { PublishForm } from './publish-form.js';
import { StatusPanel } from './status-panel.js';
import type { ScenarioEdit } from './use-scenario-edit.js';

/** «Status og vedtak»: the status moves, the publication form when decided, the note once published. */
export function StatusSection({ scenario: s, busy, edit }: { scenario: Scenario; busy: boolean; edit: ScenarioEdit }) {
  const failureAt = (where: string) => (edit.failure?.where === where ? <ProblemAlert error={edit.failure.error} /> : null);
  return (
    <section aria-labelledby="status" className="np-stack-sm">
      <Heading level={2} data-size="md" id="status">
        Status og vedtak
      </Heading>
      {s.status === 'published' ? (
        <PublishedNote scenario={s} />
      ) : (
        <StatusPanel scenario={s} busy={busy} onSetStatus={(to) => void edit.run('status', () => setStatus(s.id, to, s.revision), `Status satt til ${STATUS_LABEL[to].toLowerCase()}.`)} />
      )}
      {failureAt('status')}
      {s.status === 'decided' && (
        <>
          <Heading level={3} data-size="xs">
            Publiser i registeret
          </Heading>
          <PublishForm scenario={s} busy={busy} onSubmit={(input) => void edit.run('publish', () => publishScenario(s.id, input, s.revision), 'Vedtaket er publisert i registeret.')} />
          {failureAt('publish')}
        </>
      )}
    </section>
  );
}
