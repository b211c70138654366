import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { stationDistrictLabel, type ScenarioStationDistrict } from './scenario-station-districts.js';
import { SelectField } from './select-field.js';

interface DissolveStationDistrictProposal {
  type: 'dissolve-station-district';
  stationDistrictId: string;
  intoStationDistrictId: string;
}

export interface DissolveStationDistrictFormProps {
  stationDistricts: readonly ScenarioStationDistrict[];
  onSubmit: (proposal: DissolveStationDistrictProposal, text: string) => void;
  busy: boolean;
}

/** «Slå sammen tjenesteenheter»: one unit is dissolved and its municipalities and offices go to another. */
export function DissolveStationDistrictForm({ stationDistricts, onSubmit, busy }: DissolveStationDistrictFormProps) {
  const [from, setFrom] = useState('');
  const [into, setInto] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const options = stationDistricts.map((s) => ({ value: s.id, label: stationDistrictLabel(s) }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const a = stationDistricts.find((s) => s.id === from);
    const b = stationDistricts.find((s) => s.id === into && s.id !== from);
    if (!a || !b) return setMessage('Velg både tjenesteenheten som legges ned og den den går inn i.');
    setMessage(null);
    onSubmit({ type: 'dissolve-station-district', stationDistrictId: a.id, intoStationDistrictId: b.id }, `slå ${a.name} sammen med ${b.name}`);
  }

  return (
    <form className="np-stack-sm np-planner-form" onSubmit={submit} aria-label="Slå sammen tjenesteenheter" noValidate>
      <SelectField label="Tjenesteenhet som legges ned" value={from} onChange={setFrom} placeholder="Velg tjenesteenhet" options={options} />
      {/* The unit being dissolved is left out, as the merge form leaves out the office being merged. */}
      <SelectField
        label="Går inn i"
        value={into === from ? '' : into}
        onChange={setInto}
        placeholder="Velg tjenesteenhet"
        options={options.filter((o) => o.value !== from)}
        description="Kommunene og tjenestestedene flyttes hit."
      />
      {message && (
        <p role="alert" className="np-error-text">
          {message}
        </p>
      )}
      <div>
        <Button type="submit" disabled={busy}>
          Slå sammen enhetene
        </Button>
      </div>
    </form>
  );
}
