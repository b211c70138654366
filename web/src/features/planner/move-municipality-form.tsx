import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { PlannerMunicipality, PlannerStationDistrict } from '../../api/planner-endpoints.js';
import { SelectField } from './select-field.js';

export interface MoveMunicipalityFormProps {
  municipalities: readonly PlannerMunicipality[];
  stationDistricts: readonly PlannerStationDistrict[];
  onSubmit: (proposal: { type: 'move-municipality'; municipalityNumber: string; toStationDistrictId: string }) => void;
  busy: boolean;
}

/** Move a municipality to another station district (and so its police district). */
export function MoveMunicipalityForm({ municipalities, stationDistricts, onSubmit, busy }: MoveMunicipalityFormProps) {
  const [municipality, setMunicipality] = useState('');
  const [to, setTo] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!municipality || !to) return setMessage('Velg både kommunen og tjenesteenheten den skal flyttes til.');
    setMessage(null);
    onSubmit({ type: 'move-municipality', municipalityNumber: municipality, toStationDistrictId: to });
  }

  return (
    <form className="np-stack-sm np-planner-form" onSubmit={submit} aria-label="Flytt en kommune" noValidate>
      <SelectField
        label="Kommune"
        value={municipality}
        onChange={setMunicipality}
        placeholder="Velg kommune"
        options={municipalities.map((m) => ({ value: m.number, label: `${m.name} (${m.district.name})` }))}
      />
      <SelectField
        label="Til tjenesteenhet"
        value={to}
        onChange={setTo}
        placeholder="Velg tjenesteenhet"
        options={stationDistricts.map((s) => ({ value: s.id, label: `${s.name} (${s.district.name})` }))}
      />
      {message && (
        <p role="alert" className="np-error-text">
          {message}
        </p>
      )}
      <div>
        <Button type="submit" disabled={busy}>
          Flytt kommunen
        </Button>
      </div>
    </form>
  );
}
