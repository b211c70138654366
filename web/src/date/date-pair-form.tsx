import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import { checkDatePair } from './date-pair.js';
import { REGISTER_START, type IsoDate } from '../../../src/shared/dates.js';

export interface DatePairFormProps {
  /** The form's accessible name ("Velg periode", "Sammenlign to datoer"). */
  label: string;
  /** The dates shown now; the fields follow them when the address changes. */
  from: string;
  to: string;
  /** Called with two checked dates, the first before the second. */
  onSubmit: (from: IsoDate, to: IsoDate) => void;
}

/** «Fra» and «Til» with «Sammenlign»: a period to compare, refused in words when it is not one. */
export function DatePairForm({ label, from, to, onSubmit }: DatePairFormProps) {
  const [draftFrom, setDraftFrom] = useState(from);
  const [draftTo, setDraftTo] = useState(to);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraftFrom(from);
    setDraftTo(to);
  }, [from, to]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkDatePair(draftFrom, draftTo);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setError(null);
    onSubmit(checked.from, checked.to);
  }

  return (
    <>
      <form className="np-datebar__field" onSubmit={submit} noValidate aria-label={label}>
        <Textfield label="Fra" type="date" data-size="sm" value={draftFrom} min={REGISTER_START} onChange={(e) => setDraftFrom(e.target.value)} />
        <Textfield label="Til" type="date" data-size="sm" value={draftTo} min={REGISTER_START} onChange={(e) => setDraftTo(e.target.value)} />
        <Button type="submit" data-size="sm">
          Sammenlign
        </Button>
      </form>
      {error && (
        <Paragraph role="alert" className="np-error-text">
          {error}
        </Paragraph>
      )}
    </>
  );
}
