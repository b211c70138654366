import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { locateRequest, type Located } from '../../api/endpoints.js';
import { ApiError } from '../../api/http.js';
import { useApi } from '../../api/use-api.js';
import { ResourceView } from '../../components/resource-view.js';
import { SiteLink } from '../../components/site-link.js';
import { useStructureDate } from '../../date/use-structure-date.js';
import { OFFICE_KIND_LABEL, STATION_DISTRICT_KIND_LABEL } from '../../format/labels.js';
import { formatKm } from '../../format/numbers.js';
import { districtPath, municipalityPath, officePath, stationDistrictPath } from '../../routes.js';
import { PoliceContact } from '../offices/police-contact.js';
import { districtPageUrl } from '../../../../src/contract/police-contact.js';
import type { PickedPlace } from './picked-place.js';

/** The answer to "who is my police here?" (or "where is the nearest pass- og ID-kontor?") for a picked place on the page's date. */
export function LocateResult({ place }: { place: PickedPlace }) {
  const { date } = useStructureDate();
  const located = useApi(locateRequest(place.lat, place.lon, date, place.service));
  return (
    <ResourceView resource={located} loadingLabel="Finner politiet for stedet …" renderError={(e) => (isOutsideNorway(e) ? <OutsideNorway place={place} /> : null)}>
      {(data) => <LocatedAnswer place={place} located={data} />}
    </ResourceView>
  );
}

const isOutsideNorway = (e: unknown) => e instanceof ApiError && e.status === 404 && e.problem?.code === 'locate.outside-norway';

/** A point in Sweden or at sea is an answer, not an error: say so in plain words. */
function OutsideNorway({ place }: { place: PickedPlace }) {
  return (
    <Alert data-color="warning" role="status">
      <Heading level={3} data-size="xs">
        Stedet ligger utenfor Norge
      </Heading>
      <Paragraph>
        {place.source === 'map' ? 'Punktet du klikket på' : 'Stedet'} ligger utenfor Norge (eller langt ute i havet). Tjenesten dekker
        fastlands-Norge. Klikk i Norge på kartet, eller skriv et postnummer eller stedsnavn.
      </Paragraph>
    </Alert>
  );
}

function OfficeLine({ office }: { office: Located['nearestOffices'][number] }) {
  return (
    <>
      <SiteLink to={officePath(office.id)}>{office.name}</SiteLink> – {OFFICE_KIND_LABEL[office.kind].toLowerCase()},{' '}
      {formatKm(office.distanceKm)} i luftlinje
    </>
  );
}

function LocatedAnswer({ place, located }: { place: PickedPlace; located: Located }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus to the answer so keyboard and screen-reader users land on it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [located.lat, located.lon, located.at, located.service]);

  const stations = located.stationDistrict ? [located.stationDistrict] : located.stationDistricts;
  const passId = located.service === 'pass-id';
  return (
    <section className="np-card np-stack-sm" aria-labelledby="locate-answer" data-testid="locate-answer">
      <Heading level={3} data-size="sm" id="locate-answer" ref={headingRef} tabIndex={-1}>
        {passId ? `Nærmeste pass- og ID-kontor for ${place.label}` : `Politiet for ${place.label}`}
      </Heading>
      {passId && (
        <>
          {located.nearestOffices.length === 0 ? (
            <Paragraph>Registeret kjenner ingen pass- og ID-kontor som var åpne på datoen.</Paragraph>
          ) : (
            <ol className="np-nearest" aria-label="Nærmeste pass- og ID-kontor">
              {located.nearestOffices.map((office) => (
                <li key={office.id}>
                  <OfficeLine office={office} />
                </li>
              ))}
            </ol>
          )}
          <Paragraph data-size="sm">Bestill time før du går. Pass og ID-kort kan bare søkes om på et pass- og ID-kontor.</Paragraph>
        </>
      )}
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
      {!passId && (
        <>
          <Heading level={4} data-size="2xs">
            Tjenestested som betjener kommunen
          </Heading>
          {located.servingOffices.length === 0 ? (
            <Paragraph>Registeret har ikke noe tjenestested for kommunen på datoen. Se nærmeste under.</Paragraph>
          ) : (
            <ul className="np-nearest" aria-label="Tjenestested som betjener kommunen">
              {located.servingOffices.map((office) => (
                <li key={office.id}>
                  <OfficeLine office={office} />
                </li>
              ))}
            </ul>
          )}
          <Heading level={4} data-size="2xs">
            Nærmeste tjenestesteder
          </Heading>
          {located.nearestOffices.length === 0 ? (
            <Paragraph>Ingen tjenestesteder var åpne på datoen.</Paragraph>
          ) : (
            <ol className="np-nearest" aria-label="Nærmeste tjenestesteder">
              {located.nearestOffices.map((office) => (
                <li key={office.id}>
                  <OfficeLine office={office} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <PoliceContact districtPage={districtPageUrl(located.district.id)} districtName={located.district.name} />
    </section>
  );
}

/** The office an answer points to: with a service, the nearest offering it; else the one serving the municipality, nearest first. */
export function answeredOffice(located: Located): Located['nearestOffices'][number] | null {
  if (located.service) return located.nearestOffices[0] ?? null;
  return located.servingOffices[0] ?? located.nearestOffices[0] ?? null;
}
