import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Scenario } from '../../api/planner-endpoints.js';
import { todayInNorway } from '../../../../src/shared/dates.js';

export interface PublishInputs {
  decision: { by: string; date: string; reference: string | null; url: string | null };
  effective?: string;
}

/** The decision behind a decided scenario; publishing appends its changes to the register. */
export function PublishForm({ scenario, onSubmit, busy }: { scenario: Scenario; onSubmit: (input: PublishInputs) => void; busy: boolean }) {
  const [by, setBy] = useState('');
  const [date, setDate] = useState<string>(todayInNorway());
  const [reference, setReference] = useState('');
  const [url, setUrl] = useState('');
  const [effective, setEffective] = useState<string>(scenario.baseDate);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit({
      decision: { by: by.trim(), date, reference: reference.trim() || null, url: url.trim() || null },
      ...(effective ? { effective } : {}),
    });
  }

  return (
    <form className="np-stack-sm np-planner-form" onSubmit={submit} aria-label="Publiser vedtaket">
      <Textfield label="Vedtatt av" value={by} required onChange={(e) => setBy(e.target.value)} description="F.eks. Politidirektoratet" />
      <Textfield label="Vedtaksdato" type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
      <Textfield label="Referanse (valgfritt)" value={reference} onChange={(e) => setReference(e.target.value)} description="Saksnummer eller dokumentnavn" />
      <Textfield label="Lenke til vedtaket (valgfritt)" type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      <Textfield label="Gjelder fra" type="date" value={effective} min={scenario.baseDate} onChange={(e) => setEffective(e.target.value)} description="Ikke før grunnlagsdatoen" />
      <div>
        <Button type="submit" disabled={busy}>
          Publiser i registeret
        </Button>
      </div>
    </form>
  );
}
