import type { DistrictDetail } from '../../api/endpoints.js';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';
import { formatInteger } from '../../format/numbers.js';

/** A district's headline numbers on the date. */
export function DistrictFacts({ district }: { district: DistrictDetail }) {
  const c = district.counts;
  const facts: [string, string][] = [
    ['Kommuner', formatInteger(c.municipalities)],
    ['Innbyggere', formatInteger(c.population)],
    ['Driftsenheter', formatInteger(c.operatingUnits)],
    ['Tjenesteenheter', formatInteger(c.stationDistricts)],
    ['Tjenestesteder', c.openOffices === c.offices ? formatInteger(c.offices) : `${formatInteger(c.offices)} (${formatInteger(c.openOffices)} åpne)`],
  ];
  return (
    <>
      <dl className="np-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        Sete: {district.seat}.
        {district.operationsCentre && ` Operasjonssentral: ${district.operationsCentre.name}${district.operationsCentre.seat ? ` (${district.operationsCentre.seat})` : ''}.`}
        {district.localStructureFrom && ` Ny lokal struktur fra ${formatLongDate(district.localStructureFrom)}.`}
      </p>
    </>
  );
}
