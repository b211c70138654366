import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { createScenario } from '../../api/planner-endpoints.js';
import { useStructureDate } from '../../date/use-structure-date.js';
import { scenarioPath } from '../../routes.js';
import { ProblemAlert } from './problem-alert.js';

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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
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
    <form className="np-stack-sm np-planner-form" onSubmit={(e) => void submit(e)} aria-label="Nytt scenario">
      <Textfield label="Navn" value={name} required onChange={(e) => setName(e.target.value)} autoComplete="off" />
      <Textfield multiline label="Beskrivelse (valgfritt)" value={description} onChange={(e) => setDescription(e.target.value)} rows={3} />
      <Textfield label="Grunnlagsdato" type="date" value={baseDate} required onChange={(e) => setBaseDate(e.target.value)} description="Strukturen scenarioet tar utgangspunkt i" />
      {error !== null && <ProblemAlert error={error} title="Scenarioet ble ikke laget" />}
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? 'Lager …' : 'Lag scenario'}
        </Button>
      </div>
    </form>
  );
}
