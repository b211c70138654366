import type { StructureCounts } from '../../api/endpoints.js';
import { formatInteger } from '../../format/numbers.js';

/** The headline counts of the structure on the page's date, as a description list. */
export function StructureFacts({ counts }: { counts: StructureCounts }) {
  const facts: [string, number][] = [
    ['Politidistrikt', counts.districts],
    ['Særorgan', counts.specialAgencies],
    ['Geografiske driftsenheter', counts.operatingUnits.geographic],
    ['Politistasjonsdistrikt', counts.stationDistricts.politistasjonsdistrikt],
    ['Lensmannsdistrikt', counts.stationDistricts.lensmannsdistrikt],
    ['Tjenestesteder', counts.offices.total],
    ['Kommuner', counts.municipalities],
  ];
  return (
    <dl className="np-facts" data-testid="structure-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{formatInteger(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
