import { Button, Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { mergeTargets } from './merge-targets.js';
import type { ScenarioOffice } from './scenario-offices.js';
import { SelectField } from './select-field.js';

export interface MergeFormProps {
  office: ScenarioOffice;
  /** The offices it can be merged into (the scenario's others). */
  targets: readonly ScenarioOffice[];
  onSubmit: (intoOfficeId: string) => void;
  onCancel: () => void;
  busy: boolean;
}

/** "Slå sammen med…": choose the receiving office; focus lands on the choice when it opens. */
export function MergeForm({ office, targets, onSubmit, onCancel, busy }: MergeFormProps) {
  const [into, setInto] = useState('');
  const [missing, setMissing] = useState(false);
  const selectRef = useRef<HTMLSelectElement | null>(null);
  useEffect(() => selectRef.current?.focus(), [office.id]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!into) {
      setMissing(true);
      selectRef.current?.focus();
      return;
    }
    onSubmit(into);
  }

  return (
    <form className="np-stack-sm np-planner-form" onSubmit={submit} aria-labelledby="slaa-sammen">
      <Heading level={3} data-size="xs" id="slaa-sammen">
        Slå sammen {office.name} med et annet tjenestested
      </Heading>
      <SelectField
        label="Slås sammen med"
        value={into}
        onChange={(v) => {
          setInto(v);
          setMissing(false);
        }}
        placeholder="Velg tjenestested"
        options={mergeTargets(office, targets)}
        selectRef={selectRef}
        description={missing ? 'Velg tjenestestedet det skal slås sammen med.' : undefined}
      />
      <div className="np-planner-actions">
        <Button type="submit" disabled={busy}>
          Slå sammen
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}
