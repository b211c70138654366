import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { PageBreadcrumbs } from '../components/page-breadcrumbs.js';
import { useParams } from 'react-router';
import {
  districtChangesRequest,
  districtMunicipalitiesRequest,
  districtOfficesRequest,
  districtRequest,
  districtUnitsRequest,
  type DistrictDetail,
} from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { EntityError } from '../components/entity-error.js';
import { DistrictMap, MapSlot } from '../components/lazy-map.js';
import { ResourceView } from '../components/resource-view.js';
import { EmptyState } from '../components/empty-state.js';
import { todayInNorway } from '../../../src/shared/dates.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { BEFORE_REFORM } from '../date/quick-picks.js';
import { useStructureDate } from '../date/use-structure-date.js';
import { ReformChanges } from '../features/changes/reform-changes.js';
import { DistrictFacts } from '../features/districts/district-facts.js';
import { OperatingUnits } from '../features/districts/operating-units.js';
import { MunicipalitiesTable } from '../features/municipalities/municipalities-table.js';
import { OfficesTable } from '../features/offices/offices-table.js';
import { usePageTitle } from '../layout/use-page-title.js';

const MUNICIPALITY_TABLE = 'kommuner';
const OFFICE_TABLE = 'tjenestesteder';

export function DistrictPage() {
  const { id = '' } = useParams();
  const { date } = useStructureDate();
  const district = useApi(districtRequest(id, date));
  return (
    <ResourceView
      resource={district}
      loadingLabel="Laster politidistriktet …"
      renderError={(error) => <EntityError error={error} what="Politidistriktet" />}
    >
      {(d) => <DistrictView district={d} date={date} />}
    </ResourceView>
  );
}

function DistrictView({ district, date }: { district: DistrictDetail; date: string }) {
  usePageTitle(district.name);
  const municipalities = useApi(districtMunicipalitiesRequest(district.id, date));
  const offices = useApi(districtOfficesRequest(district.id, date));
  const units = useApi(districtUnitsRequest(district.id, date));
  // The reform's changes to this district: from the day before the reform to the date shown
  // (or to today when looking at the structure before the reform).
  const changesTo = date > BEFORE_REFORM ? date : todayInNorway();
  const changes = useApi(districtChangesRequest(district.id, BEFORE_REFORM, changesTo));

  return (
    <article className="np-stack">
      <PageBreadcrumbs trail={[{ to: '/', label: 'Forside' }]} />
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          {district.name}
        </Heading>
        <Paragraph>Slik politidistriktet var organisert per {formatLongDate(date)}.</Paragraph>
        <DistrictFacts district={district} />
      </div>

      <section aria-labelledby="kart" className="np-stack-sm">
        <Heading level={2} data-size="md" id="kart">
          Kart
        </Heading>
        {municipalities?.status === 'ok' && offices?.status === 'ok' ? (
          <MapSlot>
            <DistrictMap
              districtId={district.id}
              districtName={district.name}
              municipalities={municipalities.data}
              offices={offices.data}
              municipalityTableId={MUNICIPALITY_TABLE}
              officeTableId={OFFICE_TABLE}
            />
          </MapSlot>
        ) : (
          <Paragraph>Kartet vises når kommunene og tjenestestedene er lastet.</Paragraph>
        )}
      </section>

      <section aria-labelledby="driftsenheter" className="np-stack-sm">
        <Heading level={2} data-size="md" id="driftsenheter" tabIndex={-1}>
          Driftsenheter og tjenesteenheter
        </Heading>
        <ResourceView resource={units} loadingLabel="Laster driftsenhetene …">
          {(list) => <OperatingUnits units={list} />}
        </ResourceView>
      </section>

      <section aria-labelledby={OFFICE_TABLE} className="np-stack-sm">
        <Heading level={2} data-size="md" id={OFFICE_TABLE} tabIndex={-1}>
          Tjenestesteder
        </Heading>
        <ResourceView resource={offices} loadingLabel="Laster tjenestestedene …">
          {(list) =>
            list.length === 0 ? (
              <EmptyState>Ingen tjenestesteder på denne datoen.</EmptyState>
            ) : (
              <OfficesTable caption={`Tjenestesteder i ${district.name} per ${formatLongDate(date)}`} offices={list} />
            )
          }
        </ResourceView>
      </section>

      <section aria-labelledby={MUNICIPALITY_TABLE} className="np-stack-sm">
        <Heading level={2} data-size="md" id={MUNICIPALITY_TABLE} tabIndex={-1}>
          Kommunene distriktet betjener
        </Heading>
        <ResourceView resource={municipalities} loadingLabel="Laster kommunene …">
          {(list) =>
            list.length === 0 ? (
              <EmptyState>Ingen kommuner på denne datoen.</EmptyState>
            ) : (
              <MunicipalitiesTable caption={`Kommuner i ${district.name} per ${formatLongDate(date)}`} municipalities={list} />
            )
          }
        </ResourceView>
      </section>

      <section aria-labelledby="endringer" className="np-stack-sm">
        <Heading level={2} data-size="md" id="endringer">
          Endringer i reformen
        </Heading>
        <ResourceView resource={changes} loadingLabel="Laster endringene …">
          {(list) => <ReformChanges changes={list.changes} from={list.from} to={list.to} />}
        </ResourceView>
      </section>
    </article>
  );
}
