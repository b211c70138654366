import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { PlannerMunicipality, PlannerOffice } from '../../api/planner-endpoints.js';
import { OFFICE_KIND_LABEL } from '../../format/labels.js';
import { SelectField } from './select-field.js';

/** A position picked on the map (`seq` changes with every click, so the same spot twice still counts). */
export interface PickedPoint {
  lat: number;
  lon: number;
  seq: number;
}

export interface OpenOfficeProposal {
  type: 'open-office';
  name: string;
  kind: PlannerOffice['kind'];
  lat: number;
  lon: number;
  municipalityNumber?: string;
}

export interface OpenOfficeFormProps {
  municipalities: readonly PlannerMunicipality[];
  onSubmit: (proposal: OpenOfficeProposal) => void;
  busy: boolean;
  /** A «what if» for the position and name filled in, before the office is added. */
  renderPreview?: (site: { lat: number; lon: number; name: string }) => ReactNode;
}

const KINDS = Object.keys(OFFICE_KIND_LABEL) as PlannerOffice['kind'][];

/**
 * A new office by coordinates or by municipality (its centre point): the map's «nytt tjenestested
 * her» without the map. Without a municipality the server finds the one the position lies in.
 */
export function OpenOfficeForm({ municipalities, onSubmit, busy, renderPreview }: OpenOfficeFormProps) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PlannerOffice['kind']>('politikontor');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  function chooseMunicipality(number: string) {
    setMunicipality(number);
    const m = municipalities.find((x) => x.number === number);
    if (m) {
      setLat(m.point.lat.toFixed(5));
      setLon(m.point.lon.toFixed(5));
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const latitude = Number(lat.replace(',', '.'));
    const longitude = Number(lon.replace(',', '.'));
    if (!name.trim()) return setMessage('Skriv navnet på det nye tjenestestedet.');
    if (lat.trim() === '' || lon.trim() === '' || !Number.isFinite(latitude) || !Number.isFinite(longitude)) {
      return setMessage('Oppgi posisjonen som breddegrad og lengdegrad (f.eks. 69,96 og 23,27), velg en kommune, eller klikk i kartet.');
    }
    setMessage(null);
    onSubmit({ type: 'open-office', name: name.trim(), kind, lat: latitude, lon: longitude, ...(municipality ? { municipalityNumber: municipality } : {}) });
  }

  return (
    <form className="np-stack-sm np-planner-form" onSubmit={submit} aria-label="Nytt tjenestested" noValidate>
      <Textfield label="Navn" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      <SelectField label="Type" value={kind} onChange={(v) => setKind(v as PlannerOffice['kind'])} options={KINDS.map((k) => ({ value: k, label: OFFICE_KIND_LABEL[k] }))} />
      <SelectField
        label="Kommune (valgfritt)"
        value={municipality}
        onChange={chooseMunicipality}
        placeholder="Finn kommunen fra posisjonen"
        options={municipalities.map((m) => ({ value: m.number, label: `${m.name} (${m.number})` }))}
        description="Velger du en kommune, brukes midtpunktet dens som posisjon."
      />
      <div className="np-coords">
        {/* Coordinates typed by hand may lie elsewhere than the chosen municipality: the server locates them. */}
        <Textfield label="Breddegrad" inputMode="decimal" value={lat} onChange={(e) => (setLat(e.target.value), setMunicipality(''))} />
        <Textfield label="Lengdegrad" inputMode="decimal" value={lon} onChange={(e) => (setLon(e.target.value), setMunicipality(''))} />
      </div>
      {renderPreview && lat.trim() !== '' && lon.trim() !== '' && Number.isFinite(Number(lat.replace(',', '.'))) && Number.isFinite(Number(lon.replace(',', '.'))) &&
        renderPreview({ lat: Number(lat.replace(',', '.')), lon: Number(lon.replace(',', '.')), name: name.trim() || 'Nytt tjenestested' })}
      {message && (
        <p role="alert" className="np-error-text">
          {message}
        </p>
      )}
      <div>
        <Button type="submit" disabled={busy}>
          Opprett tjenestested
        </Button>
      </div>
    </form>
  );
}
