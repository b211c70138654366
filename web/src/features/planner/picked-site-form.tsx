import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { PlannerOffice } from '../../api/planner-endpoints.js';
import { OFFICE_KIND_LABEL } from '../../format/labels.js';
import type { OpenOfficeProposal, PickedPoint } from './open-office-form.js';
import { SelectField } from './select-field.js';

const KINDS = Object.keys(OFFICE_KIND_LABEL) as PlannerOffice['kind'][];
const COORD = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 4, minimumFractionDigits: 4 });

export interface PickedSiteFormProps {
  point: PickedPoint;
  onSubmit: (proposal: OpenOfficeProposal) => void;
  onCancel: () => void;
  busy: boolean;
  /** A «what if» for the point. */
  preview: (name: string) => ReactNode;
}

/**
 * «Nytt tjenestested her»: after a click on the map, a name and a kind are all that is missing (the
 * server finds the municipality the point lies in). The form «Nytt tjenestested» does the same by
 * coordinates or municipality.
 */
export function PickedSiteForm({ point, onSubmit, onCancel, busy, preview }: PickedSiteFormProps) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PlannerOffice['kind']>('politikontor');
  const [missing, setMissing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => headingRef.current?.focus(), [point.seq]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) return setMissing(true);
    onSubmit({ type: 'open-office', name: name.trim(), kind, lat: Number(point.lat.toFixed(5)), lon: Number(point.lon.toFixed(5)) });
  }

  return (
    <form className="np-stack-sm np-planner-form" onSubmit={submit} aria-labelledby="nytt-her" noValidate>
      <Heading level={3} data-size="xs" id="nytt-her" ref={headingRef} tabIndex={-1}>
        Nytt tjenestested her ({COORD.format(point.lat)}, {COORD.format(point.lon)})
      </Heading>
      <Textfield label="Navn" value={name} onChange={(e) => (setName(e.target.value), setMissing(false))} error={missing ? 'Skriv navnet på det nye tjenestestedet.' : undefined} autoComplete="off" />
      <SelectField label="Type" value={kind} onChange={(v) => setKind(v as PlannerOffice['kind'])} options={KINDS.map((k) => ({ value: k, label: OFFICE_KIND_LABEL[k] }))} />
      {preview(name.trim() || 'Nytt tjenestested')}
      <div className="np-planner-actions">
        <Button type="submit" disabled={busy}>
          Opprett her
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}
