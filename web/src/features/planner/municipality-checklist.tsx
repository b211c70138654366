import { Checkbox } from '@digdir/designsystemet-react';
import { useId, useMemo, useState } from 'react';
import type { PlannerMunicipality } from '../../api/planner-endpoints.js';
import { SelectField } from './select-field.js';

export interface MunicipalityChecklistProps {
  municipalities: readonly PlannerMunicipality[];
  selected: ReadonlySet<string>;
  onToggle: (number: string, checked: boolean) => void;
}

/**
 * Choosing several of 357 municipalities: first a police district, then a fieldset of checkboxes
 * for its municipalities (Tab and Space, each announced with its name and the fieldset's legend).
 * Checked ones stay checked when another district is shown, and the choice is summed up below.
 */
export function MunicipalityChecklist({ municipalities, selected, onToggle }: MunicipalityChecklistProps) {
  const [districtId, setDistrictId] = useState('');
  const id = useId();
  const districts = useMemo(() => {
    const byId = new Map(municipalities.map((m) => [m.district.id, m.district.name]));
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'nb'));
  }, [municipalities]);
  const shown = useMemo(
    () => municipalities.filter((m) => m.district.id === districtId).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    [municipalities, districtId],
  );
  const district = districts.find((d) => d.value === districtId);
  const chosen = municipalities.filter((m) => selected.has(m.number)).sort((a, b) => a.name.localeCompare(b.name, 'nb'));

  return (
    <div className="np-stack-sm">
      <SelectField
        label="Vis kommunene i politidistrikt"
        value={districtId}
        onChange={setDistrictId}
        placeholder="Velg politidistrikt"
        options={districts}
        description="Velg et politidistrikt for å få opp kommunene det har på grunnlagsdatoen."
      />
      {district && (
        <fieldset className="np-planner-fieldset" aria-describedby={`${id}-chosen`}>
          <legend>Kommuner i {district.label}</legend>
          <ul className="np-checklist">
            {shown.map((m) => (
              <li key={m.number}>
                <Checkbox label={m.name} value={m.number} checked={selected.has(m.number)} onChange={(e) => onToggle(m.number, e.target.checked)} />
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {/* Polite, so a screen reader hears the running choice after each tick without losing its place. */}
      <p id={`${id}-chosen`} aria-live="polite" className="np-field-description">
        {chosen.length === 0 ? 'Ingen kommuner valgt.' : `Valgt ${chosen.length} ${chosen.length === 1 ? 'kommune' : 'kommuner'}: ${chosen.map((m) => m.name).join(', ')}.`}
      </p>
    </div>
  );
}
