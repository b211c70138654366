import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';
import type { Scenario } from '../../api/planner-endpoints.js';
import { isoDateOrNull, todayInNorway } from '../../../../src/shared/dates.js';
import { FormErrorSummary, type FieldError } from '../../components/form-error-summary.js';

export interface PublishInputs {
  decision: { by: string; date: string; reference: string | null; url: string | null };
  effective?: string;
}

/**
 * Publishing cannot be undone (the register is append-only), so it takes two steps: the decision is
 * filled in, then what goes into force, from when and on which decision is shown to be confirmed.
 */
function PublishConfirmation({ scenario, input, busy, onConfirm, onBack }: { scenario: Scenario; input: PublishInputs; busy: boolean; onConfirm: () => void; onBack: () => void }) {
  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => heading.current?.focus(), []);
  const n = scenario.changes.length;
  const { decision } = input;
  return (
    <section className="np-stack-sm np-planner-form" aria-labelledby="publish-confirm">
      <Heading level={4} data-size="2xs" id="publish-confirm" ref={heading} tabIndex={-1}>
        Bekreft publiseringen
      </Heading>
      <Paragraph>
        {n === 1 ? 'Én endring' : `${n} endringer`} fra scenarioet «{scenario.name}» går inn i det offisielle registeret og gjelder fra{' '}
        <strong>{formatLongDate(input.effective ?? scenario.baseDate)}</strong>.
      </Paragraph>
      <Paragraph>
        Vedtak: {decision.by}, {formatLongDate(decision.date)}
        {decision.reference ? `, referanse ${decision.reference}` : ', uten referanse'}
        {decision.url ? ` (${decision.url})` : ''}.
      </Paragraph>
      <Paragraph>Registeret kan ikke endres i ettertid; en feil rettes med en ny endring.</Paragraph>
      <div>
        <Button type="button" disabled={busy} onClick={onConfirm}>
          Bekreft og publiser
        </Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={onBack}>
          Tilbake
        </Button>
      </div>
    </section>
  );
}

/** The decision behind a decided scenario; publishing appends its changes to the register. */
export function PublishForm({ scenario, onSubmit, busy }: { scenario: Scenario; onSubmit: (input: PublishInputs) => void; busy: boolean }) {
  const [by, setBy] = useState('');
  const [date, setDate] = useState<string>(todayInNorway());
  const [reference, setReference] = useState('');
  const [url, setUrl] = useState('');
  const [effective, setEffective] = useState<string>(scenario.baseDate);
  const [pending, setPending] = useState<PublishInputs | null>(null);
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
    setPending({
      decision: { by: by.trim(), date, reference: reference.trim() || null, url: url.trim() || null },
      ...(effective ? { effective } : {}),
    });
  }

  if (pending) return <PublishConfirmation scenario={scenario} input={pending} busy={busy} onConfirm={() => onSubmit(pending)} onBack={() => setPending(null)} />;

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
