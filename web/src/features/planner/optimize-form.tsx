import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { OptimizeRequest } from '../../api/planner-endpoints.js';
import { todayInNorway } from '../../../../src/shared/dates.js';
import { SelectField } from './select-field.js';

const MAX_SECONDS = 120;

/** What to optimise: date, K, threshold, objective, time limit, heuristic only. Empty K: as many as are open. */
export function OptimizeForm({ onStart, busy }: { onStart: (request: OptimizeRequest) => void; busy: boolean }) {
  const [at, setAt] = useState<string>(todayInNorway());
  const [keep, setKeep] = useState('');
  const [threshold, setThreshold] = useState('45');
  const [objective, setObjective] = useState<'mclp' | 'p-median'>('mclp');
  const [seconds, setSeconds] = useState('30');
  const [heuristicOnly, setHeuristicOnly] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const k = keep.trim() === '' ? undefined : Number(keep);
    const t = Number(threshold.replace(',', '.'));
    const limit = Number(seconds.replace(',', '.'));
    if (k !== undefined && !(Number.isInteger(k) && k >= 1)) return setMessage('Antall tjenestesteder må være et helt tall, minst 1 (eller tomt).');
    if (!(t > 0 && t <= 1440)) return setMessage('Tidsgrensen må være mellom 0 og 1440 minutter.');
    if (!(limit > 0 && limit <= MAX_SECONDS)) return setMessage(`Tidsbegrensningen må være mellom 0 og ${MAX_SECONDS} sekunder.`);
    setMessage(null);
    onStart({ at, objective, thresholdMinutes: t, timeLimitSeconds: limit, heuristicOnly, ...(k !== undefined ? { keep: k } : {}) });
  }

  return (
    <form className="np-stack-sm np-planner-form" onSubmit={submit} aria-label="Optimering" noValidate>
      <Textfield label="Dato" type="date" value={at} onChange={(e) => setAt(e.target.value)} description="Strukturen og befolkningen det optimeres for" />
      <Textfield label="Antall tjenestesteder (K)" inputMode="numeric" value={keep} onChange={(e) => setKeep(e.target.value)} description="Tomt: like mange som er åpne på datoen" />
      <Textfield label="Tidsgrense (minutter)" inputMode="decimal" value={threshold} onChange={(e) => setThreshold(e.target.value)} />
      <SelectField
        label="Mål"
        value={objective}
        onChange={(v) => setObjective(v === 'p-median' ? 'p-median' : 'mclp')}
        options={[
          { value: 'mclp', label: 'Dekning: flest innbyggere innenfor tidsgrensen' },
          { value: 'p-median', label: 'Samlet reisetid: minst reisetid for alle til sammen' },
        ]}
      />
      <Textfield label="Tidsbegrensning (sekunder)" inputMode="decimal" value={seconds} onChange={(e) => setSeconds(e.target.value)} description={`Høyst ${MAX_SECONDS}`} />
      <Checkbox label="Bare rask heuristikk (under et sekund, uten bevis for hvor god løsningen er)" checked={heuristicOnly} onChange={(e) => setHeuristicOnly(e.target.checked)} />
      {message && (
        <p role="alert" className="np-error-text">
          {message}
        </p>
      )}
      <div>
        <Button type="submit" disabled={busy}>
          Start optimering
        </Button>
      </div>
    </form>
  );
}
