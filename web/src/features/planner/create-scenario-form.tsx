import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { createScenario } from '../../api/planner-endpoints.js';
import { useStructureDate } from '../../date/use-structure-date.js';
import { scenarioPath } from '../../routes.js';
import { ProblemAlert } from './problem-alert.js';
import { FormErrorSummary, type FieldError } from '../../components/form-error-summary.js';
import { isoDateOrNull } from '../../../../src/shared/dates.js';

/** A new draft scenario (name, description, base date: today unless chosen); opens it once made. */
export function CreateScenarioForm() {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  // The date the site is showing (today unless ?dato= says otherwise) is the natural base.
  const { date } = useStructureDate();
  const [baseDate, setBaseDate] = useState<string>(date);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const errorOf = (id: string) => fieldErrors.find((e) => e.fieldId === id)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldError[] = [];
    if (!name.trim()) errors.push({ fieldId: 'scenario-navn', message: 'Skriv et navn på scenarioet.' });
    if (!isoDateOrNull(baseDate)) errors.push({ fieldId: 'scenario-grunnlagsdato', message: 'Velg en grunnlagsdato, for eksempel 2018-07-01.' });
    setFieldErrors(errors);
    if (errors.length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const created = await createScenario({ name: name.trim(), baseDate, ...(description.trim() ? { description: description.trim() } : {}) });
      void navigate(scenarioPath(created.id));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <form className="np-stack-sm np-planner-form" onSubmit={(e) => void submit(e)} aria-label="Nytt scenario" noValidate>
      <FormErrorSummary errors={fieldErrors} />
      <Textfield id="scenario-navn" label="Navn" value={name} required onChange={(e) => setName(e.target.value)} autoComplete="off" error={errorOf('scenario-navn')} />
      <Textfield multiline label="Beskrivelse (valgfritt)" value={description} onChange={(e) => setDescription(e.target.value)} rows={3} />
      <Textfield
        id="scenario-grunnlagsdato"
        label="Grunnlagsdato"
        type="date"
        value={baseDate}
        required
        onChange={(e) => setBaseDate(e.target.value)}
        description="Strukturen scenarioet tar utgangspunkt i"
        error={errorOf('scenario-grunnlagsdato')}
      />
      {error !== null && <ProblemAlert error={error} title="Scenarioet ble ikke laget" />}
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? 'Lager …' : 'Lag scenario'}
        </Button>
      </div>
    </form>
  );
}
