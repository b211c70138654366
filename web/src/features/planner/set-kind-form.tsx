import { Button, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PlannerOffice } from '../../api/planner-endpoints.js';
import { OFFICE_KIND_LABEL } from '../../format/labels.js';
import type { ScenarioOffice } from './scenario-offices.js';
import { SelectField } from './select-field.js';

interface SetKindProposal {
  type: 'set-office-kind';
  officeId: string;
  kind: PlannerOffice['kind'];
  name?: string;
}

export interface SetKindFormProps {
  offices: readonly ScenarioOffice[];
  onSubmit: (proposal: SetKindProposal, text: string) => void;
  busy: boolean;
  /** An office chosen elsewhere (the office table's «Endre type…»); `seq` changes with every press. */
  preselect?: { officeId: string; seq: number } | null;
}

const KINDS = Object.keys(OFFICE_KIND_LABEL) as PlannerOffice['kind'][];

/**
 * «Endre type»: an office becomes another kind, with a new name if wanted (as Alta lensmannskontor
 * became Alta politistasjon). The current kind stays among the choices: with the name unchanged the
 * API refuses it as changing nothing, and the refusal says so.
 */
export function SetKindForm({ offices, onSubmit, busy, preselect = null }: SetKindFormProps) {
  const [officeId, setOfficeId] = useState('');
  const [kind, setKind] = useState<PlannerOffice['kind'] | ''>('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const office = offices.find((o) => o.id === officeId) ?? null;
  const kindRef = useRef<HTMLSelectElement | null>(null);

  // From the table: the office is filled in and focus goes to what is left to choose, the new kind.
  useEffect(() => {
    if (!preselect) return;
    setOfficeId(preselect.officeId);
    kindRef.current?.focus();
  }, [preselect]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!office || !kind) return setMessage('Velg både tjenestestedet og den nye typen.');
    setMessage(null);
    const newName = name.trim();
    const text = `gjør ${office.name} til ${OFFICE_KIND_LABEL[kind].toLowerCase()}${newName ? ` med navnet ${newName}` : ''}`;
    onSubmit({ type: 'set-office-kind', officeId: office.id, kind, ...(newName ? { name: newName } : {}) }, text);
  }

  return (
    <form className="np-stack-sm np-planner-form" onSubmit={submit} aria-label="Endre type" noValidate>
      <SelectField
        label="Tjenestested"
        value={officeId}
        onChange={setOfficeId}
        placeholder="Velg tjenestested"
        options={offices.map((o) => ({ value: o.id, label: `${o.name} (${OFFICE_KIND_LABEL[o.kind].toLowerCase()})` }))}
      />
      <SelectField
        label="Ny type"
        value={kind}
        onChange={(v) => setKind(v as PlannerOffice['kind'] | '')}
        placeholder="Velg type"
        options={KINDS.map((k) => ({ value: k, label: OFFICE_KIND_LABEL[k] }))}
        selectRef={kindRef}
      />
      <Textfield
        label="Nytt navn (valgfritt)"
        description={office ? `Tomt: det beholder navnet ${office.name}.` : 'Tomt: det beholder navnet sitt.'}
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoComplete="off"
      />
      {message && (
        <p role="alert" className="np-error-text">
          {message}
        </p>
      )}
      <div>
        <Button type="submit" disabled={busy}>
          Endre type
        </Button>
      </div>
    </form>
  );
}
