import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Scenario } from '../../api/planner-endpoints.js';
import { isoDateOrNull, todayInNorway } from '../../../../src/shared/dates.js';
import { FormErrorSummary, type FieldError } from '../../components/form-error-summary.js';

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
  const [errors, setErrors] = useState<FieldError[]>([]);
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!by.trim()) found.push({ fieldId: 'vedtak-av', message: 'Skriv hvem som har vedtatt endringene, for eksempel Politidirektoratet.' });
    if (!isoDateOrNull(date)) found.push({ fieldId: 'vedtak-dato', message: 'Velg vedtaksdatoen.' });
    if (url.trim() && !/^https?:\/\/\S+$/.test(url.trim())) found.push({ fieldId: 'vedtak-lenke', message: 'Lenken må begynne med https:// eller http://.' });
    if (effective && (!isoDateOrNull(effective) || effective < scenario.baseDate)) {
      found.push({ fieldId: 'vedtak-gjelder-fra', message: '«Gjelder fra» kan ikke være før grunnlagsdatoen.' });
    }
    setErrors(found);
    if (found.length > 0) return;
    onSubmit({
      decision: { by: by.trim(), date, reference: reference.trim() || null, url: url.trim() || null },
      ...(effective ? { effective } : {}),
    });
  }

  return (
    <form className="np-stack-sm np-planner-form" onSubmit={submit} aria-label="Publiser vedtaket" noValidate>
      <FormErrorSummary errors={errors} />
      <Textfield id="vedtak-av" label="Vedtatt av" value={by} required onChange={(e) => setBy(e.target.value)} description="F.eks. Politidirektoratet" error={errorOf('vedtak-av')} />
      <Textfield id="vedtak-dato" label="Vedtaksdato" type="date" value={date} required onChange={(e) => setDate(e.target.value)} error={errorOf('vedtak-dato')} />
      <Textfield label="Referanse (valgfritt)" value={reference} onChange={(e) => setReference(e.target.value)} description="Saksnummer eller dokumentnavn" />
      <Textfield id="vedtak-lenke" label="Lenke til vedtaket (valgfritt)" type="url" value={url} onChange={(e) => setUrl(e.target.value)} error={errorOf('vedtak-lenke')} />
      <Textfield
        id="vedtak-gjelder-fra"
        label="Gjelder fra"
        type="date"
        value={effective}
        min={scenario.baseDate}
        onChange={(e) => setEffective(e.target.value)}
        description="Ikke før grunnlagsdatoen"
        error={errorOf('vedtak-gjelder-fra')}
      />
      <div>
        <Button type="submit" disabled={busy}>
          Publiser i registeret
        </Button>
      </div>
    </form>
  );
}
