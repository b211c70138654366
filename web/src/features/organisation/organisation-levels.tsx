import type { Organisation } from '../../api/endpoints.js';
import { formatInteger } from '../../format/numbers.js';

/** The levels of the organisation with how many there are of each on the date, counted from the tree. */
export function OrganisationLevels({ organisation }: { organisation: Organisation }) {
  const districts = organisation.districts;
  const gde = districts.reduce((n, d) => n + d.geographicUnits.length, 0);
  const stationDistricts = districts.reduce(
    (n, d) => n + d.stationDistrictsWithoutUnit.length + d.geographicUnits.reduce((m, u) => m + u.stationDistricts.length, 0),
    0,
  );
  const offices = districts.reduce(
    (n, d) =>
      n +
      d.officesWithoutStationDistrict.length +
      d.stationDistrictsWithoutUnit.reduce((m, s) => m + s.offices.length, 0) +
      d.geographicUnits.reduce((m, u) => m + u.stationDistricts.reduce((k, s) => k + s.offices.length, 0), 0),
    0,
  );
  const levels: [string, string][] = [
    [organisation.directorate?.name ?? 'Politidirektoratet', 'leder og styrer politiet'],
    [`${formatInteger(districts.length)} politidistrikt`, 'og ved siden av dem særorganene'],
    [`${formatInteger(gde)} geografiske driftsenheter (GDE)`, 'i distriktene, sammen med felles driftsenheter'],
    [`${formatInteger(stationDistricts)} tjenesteenheter`, 'politistasjons- og lensmannsdistrikt'],
    [`${formatInteger(offices)} tjenestesteder`, 'politistasjoner, lensmannskontor og politikontor'],
  ];
  return (
    <ol className="np-levels">
      {levels.map(([name, note]) => (
        <li key={name}>
          <strong>{name}</strong> <span className="np-muted">– {note}</span>
        </li>
      ))}
    </ol>
  );
}
