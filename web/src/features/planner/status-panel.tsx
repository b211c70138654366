import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { Scenario, ScenarioStatus } from '../../api/planner-endpoints.js';
import { STATUS_LABEL } from './planner-text.js';

type SettableStatus = Exclude<ScenarioStatus, 'published'>;

/** The moves the API allows by hand (publishing is its own form): see nextStatuses in the domain. */
const NEXT: Readonly<Record<ScenarioStatus, readonly { to: SettableStatus; label: string }[]>> = {
  draft: [{ to: 'in-consultation', label: 'Send på høring' }],
  'in-consultation': [
    { to: 'decided', label: 'Marker som vedtatt' },
    { to: 'draft', label: 'Tilbake til utkast' },
  ],
  decided: [{ to: 'draft', label: 'Tilbake til utkast' }],
  published: [],
};

export interface StatusPanelProps {
  scenario: Scenario;
  onSetStatus: (status: SettableStatus) => void;
  busy: boolean;
}

/** Utkast → på høring → vedtatt (and back), as buttons; the steps in words. */
export function StatusPanel({ scenario, onSetStatus, busy }: StatusPanelProps) {
  return (
    <div className="np-stack-sm">
      <Paragraph>
        Status: <strong>{STATUS_LABEL[scenario.status]}</strong>. Bare et utkast kan endres; et scenario sendes på høring, vedtas og publiseres, og
        først da kommer endringene inn i registeret.
      </Paragraph>
      {NEXT[scenario.status].length > 0 && (
        <div className="np-planner-actions">
          {NEXT[scenario.status].map((n) => (
            <Button key={n.to} type="button" variant={n.to === 'draft' ? 'secondary' : 'primary'} disabled={busy} onClick={() => onSetStatus(n.to)}>
              {n.label}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
