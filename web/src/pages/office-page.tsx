import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { historyRequest, officeRequest, type OfficeDetail } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { EntityError } from '../components/entity-error.js';
import { MapSlot, PlaceMap } from '../components/lazy-map.js';
import { ResourceView } from '../components/resource-view.js';
import { SiteLink } from '../components/site-link.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { useStructureDate } from '../date/use-structure-date.js';
import { HistoryTable } from '../features/history/history-table.js';
import { OFFICE_KIND_LABEL, POSITION_PRECISION_LABEL, SEASON_LABEL, STATION_DISTRICT_KIND_LABEL } from '../format/labels.js';
import { formatKm } from '../format/numbers.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { OfficeServices } from '../features/offices/office-services.js';
import { PageBreadcrumbs } from '../components/page-breadcrumbs.js';
import { PoliceContact } from '../features/offices/police-contact.js';
import { visitingAddressText } from '../../../src/contract/wording/office-text.js';
import { districtPath, municipalityPath, officePath, stationDistrictPath } from '../routes.js';

export function OfficePage() {
  const { id = '' } = useParams();
  const { date } = useStructureDate();
  const office = useApi(officeRequest(id, date));
  return (
    <ResourceView resource={office} loadingLabel="Laster tjenestestedet …" renderError={(e) => <EntityError error={e} what="Tjenestestedet" />}>
      {(o) => <OfficeView office={o} date={date} />}
    </ResourceView>
  );
}

function seasonText(season: NonNullable<OfficeDetail['season']>): string {
  const days = season.from && season.to ? ` (${season.from.split('-').reverse().join('.')}–${season.to.split('-').reverse().join('.')})` : '';
  return `Sesongkontor, åpent om ${SEASON_LABEL[season.label]}en${days}.`;
}

function OfficeView({ office, date }: { office: OfficeDetail; date: string }) {
  usePageTitle(office.name);
  const history = useApi(historyRequest(office.id, date));
  const address = visitingAddressText(office.visitingAddress, office.municipality.name);
  return (
    <article className="np-stack">
      <PageBreadcrumbs
        trail={[
          { to: '/', label: 'Forside' },
          { to: districtPath(office.district.id), label: office.district.name },
          ...(office.stationDistrict ? [{ to: stationDistrictPath(office.stationDistrict.id), label: office.stationDistrict.name }] : []),
        ]}
      />
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          {office.name}
        </Heading>
        <Paragraph data-size="lg">
          {OFFICE_KIND_LABEL[office.kind]} i <SiteLink to={districtPath(office.district.id)}>{office.district.name}</SiteLink>
          {office.stationDistrict && (
            <>
              , {STATION_DISTRICT_KIND_LABEL[office.stationDistrict.kind].toLowerCase()}{' '}
              <SiteLink to={stationDistrictPath(office.stationDistrict.id)}>{office.stationDistrict.name}</SiteLink>
            </>
          )}
          .
        </Paragraph>
        {office.season && <Paragraph>{seasonText(office.season)}{!office.openOnDate && ' Det var stengt på datoen du ser på.'}</Paragraph>}
        <PoliceContact districtPage={office.contact.districtPage} districtName={office.district.name} />
      </div>

      <section aria-labelledby="tjenester" className="np-stack-sm">
        <Heading level={2} data-size="md" id="tjenester">
          Tjenester
        </Heading>
        <OfficeServices office={office} />
      </section>

      <div className="np-grid-2">
        <section aria-labelledby="hvor" className="np-stack-sm">
          <Heading level={2} data-size="md" id="hvor">
            Hvor
          </Heading>
          <dl className="np-answer">
            <dt>Besøksadresse</dt>
            <dd>
              {address.text}
              {address.note && <span className="np-muted"> – {address.note}</span>}
            </dd>
            <dt>Kommune</dt>
            <dd>
              <SiteLink to={municipalityPath(office.municipality.number)}>{office.municipality.name}</SiteLink>
              {office.formerMunicipality && ` (tidligere ${office.formerMunicipality})`}
            </dd>
            <dt>Posisjonen er angitt etter</dt>
            <dd>{POSITION_PRECISION_LABEL[office.position.precision]}</dd>
          </dl>
          {office.position.precision !== 'address' && (
            <Paragraph data-size="sm">
              Posisjonen er omtrentlig: punktet på kartet viser {POSITION_PRECISION_LABEL[office.position.precision]}, ikke selve bygningen.
            </Paragraph>
          )}
        </section>
        <MapSlot>
          <PlaceMap
            label={`Kart over ${office.name} og de nærmeste andre tjenestestedene`}
            focus={office}
            offices={office.nearestOtherOffices.map((n) => ({ ...n }))}
            caption={<>Kartgrunnlag: © Kartverket. Tjenestestedet er markert med ring. De nærmeste andre står i listen under.</>}
          />
        </MapSlot>
      </div>

      <div className="np-grid-2">
        <section aria-labelledby="betjener" className="np-stack-sm">
          <Heading level={2} data-size="md" id="betjener">
            Kommuner det betjener
          </Heading>
          <ul className="np-inline-list">
            {office.municipalitiesServed.map((m) => (
              <li key={m.number}>
                <SiteLink to={municipalityPath(m.number)}>{m.name}</SiteLink>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="naermeste" className="np-stack-sm">
          <Heading level={2} data-size="md" id="naermeste">
            Nærmeste andre tjenestesteder
          </Heading>
          <ol>
            {office.nearestOtherOffices.map((n) => (
              <li key={n.id}>
                <SiteLink to={officePath(n.id)}>{n.name}</SiteLink> – {OFFICE_KIND_LABEL[n.kind].toLowerCase()}, {formatKm(n.distanceKm)} i luftlinje
              </li>
            ))}
          </ol>
        </section>
      </div>

      <section aria-labelledby="historikk" className="np-stack-sm">
        <Heading level={2} data-size="md" id="historikk">
          Historikk
        </Heading>
        <ResourceView resource={history} loadingLabel="Laster historikken …">
          {(h) => <HistoryTable history={h} caption={`Historikken til ${office.name} per ${formatLongDate(date)}`} />}
        </ResourceView>
      </section>
    </article>
  );
}
