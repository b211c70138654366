import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { PageBreadcrumbs } from '../components/page-breadcrumbs.js';
import { useParams } from 'react-router';
import { historyRequest, municipalityGeoRequest, municipalityRequest, type MunicipalityDetail } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { EntityError } from '../components/entity-error.js';
import { MapSlot, PlaceMap } from '../components/lazy-map.js';
import { ResourceView } from '../components/resource-view.js';
import { SiteLink } from '../components/site-link.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { useStructureDate } from '../date/use-structure-date.js';
import { HistoryTable } from '../features/history/history-table.js';
import { OpenConsultations } from '../features/municipalities/open-consultations.js';
import { OfficesTable } from '../features/offices/offices-table.js';
import { OFFICE_KIND_LABEL, STATION_DISTRICT_KIND_LABEL } from '../format/labels.js';
import { formatInteger, formatKm } from '../format/numbers.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { ACCESSIBILITY_PATH, districtPath, officePath, stationDistrictPath } from '../routes.js';

export function MunicipalityPage() {
  const { number = '' } = useParams();
  const { date } = useStructureDate();
  const municipality = useApi(municipalityRequest(number, date));
  return (
    <ResourceView resource={municipality} loadingLabel="Laster kommunen …" renderError={(e) => <EntityError error={e} what="Kommunen" />}>
      {(m) => <MunicipalityView municipality={m} date={date} />}
    </ResourceView>
  );
}

function MunicipalityView({ municipality: m, date }: { municipality: MunicipalityDetail; date: string }) {
  usePageTitle(`${m.name} kommune`);
  const history = useApi(historyRequest(m.number, date));
  const stations = m.stationDistricts;
  return (
    <article className="np-stack">
      <PageBreadcrumbs trail={[{ to: '/', label: 'Forside' }, { to: districtPath(m.district.id), label: m.district.name }]} />
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          {m.name} kommune
        </Heading>
        <Paragraph data-size="lg">
          Kommunenummer {m.number} i {m.county.name}. {formatInteger(m.population)} innbyggere (per {formatLongDate(m.populationDate)}).
        </Paragraph>
      </div>

      <div className="np-grid-2">
        <section aria-labelledby="politiet" className="np-stack-sm">
          <Heading level={2} data-size="md" id="politiet">
            Politiet i {m.name} per {formatLongDate(date)}
          </Heading>
          <dl className="np-answer">
            <dt>Politidistrikt</dt>
            <dd>
              <SiteLink to={districtPath(m.district.id)}>{m.district.name}</SiteLink>
            </dd>
            <dt>{stations.length === 1 ? STATION_DISTRICT_KIND_LABEL[stations[0]!.kind] : 'Tjenesteenheter'}</dt>
            <dd>
              {stations.length === 0
                ? 'Ingen (før den nye lokale strukturen)'
                : stations.map((sd, i) => (
                    <span key={sd.id}>
                      {i > 0 && ', '}
                      <SiteLink to={stationDistrictPath(sd.id)}>{sd.name}</SiteLink>
                    </span>
                  ))}
              {stations.length > 1 && ' (deler kommunen)'}
            </dd>
            <dt>Tjenestesteder i kommunen</dt>
            <dd>
              {m.officesInMunicipality.length === 0
                ? 'Ingen'
                : m.officesInMunicipality.map((o, i) => (
                    <span key={o.id}>
                      {i > 0 && ', '}
                      <SiteLink to={officePath(o.id)}>{o.name}</SiteLink>
                    </span>
                  ))}
            </dd>
            <dt>Nærmeste tjenestested</dt>
            <dd>
              {m.nearestOffice ? (
                <>
                  <SiteLink to={officePath(m.nearestOffice.id)}>{m.nearestOffice.name}</SiteLink> (
                  {OFFICE_KIND_LABEL[m.nearestOffice.kind].toLowerCase()}), {formatKm(m.nearestOffice.distanceKm)} i luftlinje fra et
                  punkt midt i kommunen. Se også <SiteLink to={ACCESSIBILITY_PATH}>beregnet reisetid til politiet i alle kommuner</SiteLink>.
                </>
              ) : (
                'Ingen åpne tjenestesteder på datoen'
              )}
            </dd>
          </dl>
        </section>
        <MapSlot>
          <PlaceMap
            label={`Kart over ${m.name} kommune og tjenestestedene som betjener den`}
            areaRequest={municipalityGeoRequest(m.number, date)}
            offices={m.servingOffices}
            caption={<>Kartgrunnlag: © Kartverket. Tjenestestedene står også i tabellen under.</>}
          />
        </MapSlot>
      </div>

      <section aria-labelledby="betjenes-av" className="np-stack-sm">
        <Heading level={2} data-size="md" id="betjenes-av">
          Tjenestesteder som betjener kommunen
        </Heading>
        {m.servingOffices.length === 0 ? (
          <Paragraph>Ingen tjenestesteder er knyttet til kommunen på denne datoen.</Paragraph>
        ) : (
          <OfficesTable caption={`Tjenestesteder som betjener ${m.name} per ${formatLongDate(date)}`} offices={m.servingOffices} />
        )}
      </section>

      <OpenConsultations municipalityNumber={m.number} />

      <section aria-labelledby="historikk" className="np-stack-sm">
        <Heading level={2} data-size="md" id="historikk">
          Historikk gjennom reformen
        </Heading>
        <ResourceView resource={history} loadingLabel="Laster historikken …">
          {(h) => <HistoryTable history={h} caption={`Historikken til ${m.name} kommune i registeret`} />}
        </ResourceView>
      </section>
    </article>
  );
}
