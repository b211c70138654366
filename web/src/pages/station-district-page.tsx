import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { PageBreadcrumbs } from '../components/page-breadcrumbs.js';
import { useParams } from 'react-router';
import { historyRequest, stationDistrictRequest, type StationDistrict } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { EntityError } from '../components/entity-error.js';
import { ResourceView } from '../components/resource-view.js';
import { SiteLink } from '../components/site-link.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { useStructureDate } from '../date/use-structure-date.js';
import { HistoryTable } from '../features/history/history-table.js';
import { STATION_DISTRICT_KIND_LABEL } from '../format/labels.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { districtPath, municipalityPath, officePath } from '../routes.js';

export function StationDistrictPage() {
  const { id = '' } = useParams();
  const { date } = useStructureDate();
  const station = useApi(stationDistrictRequest(id, date));
  return (
    <ResourceView resource={station} loadingLabel="Laster tjenesteenheten …" renderError={(e) => <EntityError error={e} what="Tjenesteenheten" />}>
      {(s) => <StationDistrictView station={s} date={date} />}
    </ResourceView>
  );
}

function StationDistrictView({ station, date }: { station: StationDistrict; date: string }) {
  usePageTitle(station.name);
  const history = useApi(historyRequest(station.id, date));
  return (
    <article className="np-stack">
      <PageBreadcrumbs trail={[{ to: '/', label: 'Forside' }, { to: districtPath(station.district.id), label: station.district.name }]} />
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          {station.name}
        </Heading>
        <Paragraph data-size="lg">
          {STATION_DISTRICT_KIND_LABEL[station.kind]} i <SiteLink to={districtPath(station.district.id)}>{station.district.name}</SiteLink>
          {station.operatingUnit && `, ${station.operatingUnit.name}`}.
        </Paragraph>
        {station.headOffice && (
          <Paragraph>
            Hovedkontor: <SiteLink to={officePath(station.headOffice.id)}>{station.headOffice.name}</SiteLink>
          </Paragraph>
        )}
      </div>
      <div className="np-grid-2">
        <section aria-labelledby="kommuner" className="np-stack-sm">
          <Heading level={2} data-size="md" id="kommuner">
            Kommuner ({station.municipalities.length})
          </Heading>
          <ul>
            {station.municipalities.map((m) => (
              <li key={m.number}>
                <SiteLink to={municipalityPath(m.number)}>{m.name}</SiteLink>
                {m.shared && ' (delt med andre tjenesteenheter)'}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="steder" className="np-stack-sm">
          <Heading level={2} data-size="md" id="steder">
            Tjenestesteder ({station.offices.length})
          </Heading>
          <ul>
            {station.offices.map((o) => (
              <li key={o.id}>
                <SiteLink to={officePath(o.id)}>{o.name}</SiteLink>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="historikk" className="np-stack-sm">
        <Heading level={2} data-size="md" id="historikk">
          Historikk
        </Heading>
        <ResourceView resource={history} loadingLabel="Laster historikken …">
          {(h) => <HistoryTable history={h} caption={`Historikken til ${station.name} per ${formatLongDate(date)}`} />}
        </ResourceView>
      </section>
    </article>
  );
}
