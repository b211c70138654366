import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { PlannerMunicipality, PlannerStationDistrict } from '../../api/planner-endpoints.js';
import { STATION_DISTRICT_KIND_LABEL } from '../../format/labels.js';
import { MunicipalityChecklist } from './municipality-checklist.js';
import type { ScenarioOffice } from './scenario-offices.js';
import { SelectField } from './select-field.js';

type UnitKind = PlannerStationDistrict['kind'];

interface CreateStationDistrictProposal {
  type: 'create-station-district';
  name: string;
  kind: UnitKind;
  municipalityNumbers: string[];
  headOfficeId?: string;
}

export interface CreateStationDistrictFormProps {
  municipalities: readonly PlannerMunicipality[];
  /** The scenario's offices: those lying in the chosen municipalities are offered as head office. */
  offices: readonly ScenarioOffice[];
  onSubmit: (proposal: CreateStationDistrictProposal, text: string) => void;
  busy: boolean;
}

const KINDS = Object.keys(STATION_DISTRICT_KIND_LABEL) as UnitKind[];

/**
 * «Ny tjenesteenhet»: a station district made of the municipalities chosen (the offices lying in them
 * come along). The police district and operating unit are left to the API, which takes the ones the
 * municipalities share and refuses, in words, when they do not share one.
 */
export function CreateStationDistrictForm({ municipalities, offices, onSubmit, busy }: CreateStationDistrictFormProps) {
  const [name, setName] = useState('');
  // Every unit has been a politistasjonsdistrikt since the 2021 renaming.
  const [kind, setKind] = useState<UnitKind>('politistasjonsdistrikt');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [head, setHead] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const headCandidates = offices.filter((o) => o.municipalityNumber !== null && selected.has(o.municipalityNumber));
  const headOfficeId = headCandidates.some((o) => o.id === head) ? head : '';

  function toggle(number: string, checked: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (checked) next.add(number);
      else next.delete(number);
      return next;
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) return setMessage('Skriv navnet på den nye tjenesteenheten.');
    if (selected.size === 0) return setMessage('Velg minst én kommune som skal høre til den nye tjenesteenheten.');
    setMessage(null);
    // In the order of the list, so the change reads the same however the boxes were ticked.
    const numbers = municipalities.filter((m) => selected.has(m.number)).map((m) => m.number);
    const text = `opprett ${name.trim()} med ${numbers.length} ${numbers.length === 1 ? 'kommune' : 'kommuner'}`;
    onSubmit({ type: 'create-station-district', name: name.trim(), kind, municipalityNumbers: numbers, ...(headOfficeId ? { headOfficeId } : {}) }, text);
  }

  return (
    <form className="np-stack-sm np-planner-form" onSubmit={submit} aria-label="Ny tjenesteenhet" noValidate>
      <Textfield label="Navn" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      <SelectField label="Type" value={kind} onChange={(v) => setKind(v as UnitKind)} options={KINDS.map((k) => ({ value: k, label: STATION_DISTRICT_KIND_LABEL[k] }))} />
      <MunicipalityChecklist municipalities={municipalities} selected={selected} onToggle={toggle} />
      <SelectField
        label="Hovedkontor (valgfritt)"
        value={headOfficeId}
        onChange={setHead}
        placeholder={headCandidates.length === 0 ? 'Ingen tjenestesteder i kommunene som er valgt' : 'Ikke valgt'}
        options={headCandidates.map((o) => ({ value: o.id, label: `${o.name}${o.municipalityName ? ` (${o.municipalityName})` : ''}` }))}
        description="Uten valg blir enhetens eneste tjenestested hovedkontor."
      />
      {message && (
        <p role="alert" className="np-error-text">
          {message}
        </p>
      )}
      <div>
        <Button type="submit" disabled={busy}>
          Opprett tjenesteenheten
        </Button>
      </div>
    </form>
  );
}
