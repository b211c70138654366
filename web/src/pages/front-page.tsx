import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { districtsRequest, locateRequest, specialAgenciesRequest, structureRequest } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { DistrictsMap, MapSlot } from '../components/lazy-map.js';
import { ResourceView } from '../components/resource-view.js';
import { SiteLink } from '../components/site-link.js';
import { EmptyState } from '../components/empty-state.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { useStructureDate } from '../date/use-structure-date.js';
import { DistrictsTable } from '../features/districts/districts-table.js';
import { FindYourPolice } from '../features/locate/find-your-police.js';
import { placeFromParams, withPlace, type PickedPlace } from '../features/locate/picked-place.js';
import { answeredOffice } from '../features/locate/locate-result.js';
import { SearchBox } from '../features/search/search-box.js';
import { SpecialAgencyList } from '../features/special-agencies/special-agency-list.js';
import { StructureFacts } from '../features/structure/structure-facts.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { ACCESSIBILITY_PATH } from '../routes.js';

const TABLE_ID = 'alle-distrikt';

export function FrontPage() {
  usePageTitle(null);
  const { date } = useStructureDate();
  // The answer lives in the URL: a new answer is a new history entry, so Back shows the previous one
  // and reload shows this one.
  const [params, setParams] = useSearchParams();
  const urlPlace = useMemo(() => placeFromParams(params), [params]);
  // A new search hides the previous answer at once (it must never stand under another question);
  // the URL keeps it until the new answer replaces it, so Back still leads to it.
  const [searching, setSearching] = useState(false);
  const place = searching ? null : urlPlace;
  const setPlace = useCallback(
    (next: PickedPlace | null) => {
      setSearching(false);
      setParams((prev) => withPlace(prev, next), { preventScrollReset: true });
    },
    [setParams],
  );
  const clearPlace = useCallback(() => setSearching(true), []);
  // Back or a link to another answer shows it, whatever was being searched.
  useEffect(() => setSearching(false), [urlPlace]);
  const service = place?.service ?? null;
  const pickOnMap = useCallback(
    (lat: number, lon: number) => setPlace({ lat, lon, label: 'punktet du klikket på', source: 'map', service }),
    [setPlace, service],
  );
  const located = useApi(place ? locateRequest(place.lat, place.lon, date, place.service) : null);
  const office = located?.status === 'ok' ? answeredOffice(located.data) : null;
  const structure = useApi(structureRequest(date));
  const districts = useApi(districtsRequest(date));
  const agencies = useApi(specialAgenciesRequest(date));

  return (
    <div className="np-stack">
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          Politiets organisering
        </Heading>
        <Paragraph data-size="lg">
          Alle politidistrikt, særorgan og tjenestesteder – og hvem som betjener kommunen din – på hvilken som helst dato før
          og etter nærpolitireformen.
        </Paragraph>
      </div>

      <SearchBox />

      <div className="np-front-grid">
        <FindYourPolice place={place} onPick={setPlace} onClear={clearPlace} />
        <section aria-labelledby="kart-heading" className="np-stack-sm np-front-map">
          <Heading level={2} data-size="md" id="kart-heading">
            Politidistriktene per {formatLongDate(date)}
          </Heading>
          <MapSlot>
            <DistrictsMap date={date} onPick={pickOnMap} picked={place} office={office} tableId={TABLE_ID} />
          </MapSlot>
        </section>
      </div>

      <section aria-labelledby="tall-heading" className="np-stack-sm">
        <Heading level={2} data-size="md" id="tall-heading">
          Politiet i tall
        </Heading>
        <ResourceView resource={structure} loadingLabel="Laster tallene …">
          {(counts) => <StructureFacts counts={counts} />}
        </ResourceView>
        <Paragraph>
          <SiteLink to={ACCESSIBILITY_PATH}>Hvor langt er det til politiet?</SiteLink> Beregnet reisetid til nærmeste tjenestested for
          innbyggerne i hver kommune og hvert politidistrikt, før og etter reformen.
        </Paragraph>
      </section>

      <section aria-labelledby={TABLE_ID} className="np-stack-sm">
        <Heading level={2} data-size="md" id={TABLE_ID} tabIndex={-1}>
          Alle politidistrikt og særorgan
        </Heading>
        <ResourceView resource={districts} loadingLabel="Laster politidistriktene …">
          {(list) =>
            list.length === 0 ? (
              <EmptyState>Registeret har ingen politidistrikt på denne datoen.</EmptyState>
            ) : (
              <DistrictsTable districts={list} caption={`Politidistriktene per ${formatLongDate(date)}`} />
            )
          }
        </ResourceView>
        <Heading level={3} data-size="sm">
          Særorgan og nasjonale enheter
        </Heading>
        <ResourceView resource={agencies} loadingLabel="Laster særorganene …">
          {(list) =>
            list.length === 0 ? <EmptyState>Ingen særorgan på denne datoen.</EmptyState> : <SpecialAgencyList agencies={list} />
          }
        </ResourceView>
      </section>
    </div>
  );
}
