import type { StructureCounts } from '../../api/endpoints.js';
import { factValue } from './fact-value.js';

/** The headline counts of the structure on the page's date, as a description list. */
export function StructureFacts({ counts }: { counts: StructureCounts }) {
  const facts: [string, number, boolean][] = [
    ['Politidistrikt', counts.districts, false],
    ['Særorgan', counts.specialAgencies, false],
    ['Geografiske driftsenheter', counts.operatingUnits.geographic, true],
    ['Politistasjonsdistrikt', counts.stationDistricts.politistasjonsdistrikt, true],
    ['Lensmannsdistrikt', counts.stationDistricts.lensmannsdistrikt, true],
    ['Tjenestesteder', counts.offices.total, false],
    ['Kommuner', counts.municipalities, false],
  ];
  const unknown = facts.some(([, value, gap]) => factValue(value, counts.at, gap) === 'ukjent');
  return (
    <>
      <dl className="np-facts" data-testid="structure-facts">
        {facts.map(([label, value, gap]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{factValue(value, counts.at, gap)}</dd>
          </div>
        ))}
      </dl>
      {unknown && <p className="np-muted">«Ukjent»: registeret har ikke driftsenheter og tjenesteenheter fra før reformen 1. januar 2016.</p>}
    </>
  );
}
