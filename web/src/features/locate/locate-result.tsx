import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { locateRequest, type Located } from '../../api/endpoints.js';
import { useApi } from '../../api/use-api.js';
import { ResourceView } from '../../components/resource-view.js';
import { SiteLink } from '../../components/site-link.js';
import { useStructureDate } from '../../date/use-structure-date.js';
import { OFFICE_KIND_LABEL, STATION_DISTRICT_KIND_LABEL } from '../../format/labels.js';
import { formatKm } from '../../format/numbers.js';
import { districtPath, municipalityPath, officePath, stationDistrictPath } from '../../routes.js';
import type { PickedPlace } from './picked-place.js';

/** The answer to "who is my police here?" for a picked place on the page's date. */
export function LocateResult({ place }: { place: PickedPlace }) {
  const { date } = useStructureDate();
  const located = useApi(locateRequest(place.lat, place.lon, date));
  return (
    <ResourceView resource={located} loadingLabel="Finner politiet for stedet …">
      {(data) => <LocatedAnswer place={place} located={data} />}
    </ResourceView>
  );
}

function LocatedAnswer({ place, located }: { place: PickedPlace; located: Located }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus to the answer so keyboard and screen-reader users land on it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [located.lat, located.lon, located.at]);

  const stations = located.stationDistrict ? [located.stationDistrict] : located.stationDistricts;
  return (
    <section className="np-card np-stack-sm" aria-labelledby="locate-answer">
      <Heading level={3} data-size="sm" id="locate-answer" ref={headingRef} tabIndex={-1}>
        Politiet for {place.label}
      </Heading>
      <dl className="np-answer">
        <dt>Kommune</dt>
        <dd>
          <SiteLink to={municipalityPath(located.municipality.number)}>{located.municipality.name}</SiteLink>
          {located.snapped && ' (punktet lå utenfor kystlinjen; nærmeste kommune er valgt)'}
        </dd>
        <dt>Politidistrikt</dt>
        <dd>
          <SiteLink to={districtPath(located.district.id)}>{located.district.name}</SiteLink>
        </dd>
        {stations.length > 0 && (
          <>
            <dt>{stations.length > 1 ? 'Tjenesteenheter som deler kommunen' : (STATION_DISTRICT_KIND_LABEL[stations[0]!.kind] ?? 'Tjenesteenhet')}</dt>
            <dd>
              <ul className="np-inline-list">
                {stations.map((sd) => (
                  <li key={sd.id}>
                    <SiteLink to={stationDistrictPath(sd.id)}>{sd.name}</SiteLink>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <Heading level={4} data-size="2xs">
        Nærmeste tjenestesteder
      </Heading>
      {located.nearestOffices.length === 0 ? (
        <p>Ingen tjenestesteder var åpne på datoen.</p>
      ) : (
        <ol className="np-nearest">
          {located.nearestOffices.map((office) => (
            <li key={office.id}>
              <SiteLink to={officePath(office.id)}>{office.name}</SiteLink> – {OFFICE_KIND_LABEL[office.kind].toLowerCase()},{' '}
              {formatKm(office.distanceKm)} i luftlinje
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
