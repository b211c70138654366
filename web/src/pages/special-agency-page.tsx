import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { historyRequest, specialAgencyRequest, type SpecialAgency } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { EntityError } from '../components/entity-error.js';
import { ResourceView } from '../components/resource-view.js';
import { SiteLink } from '../components/site-link.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { useStructureDate } from '../date/use-structure-date.js';
import { HistoryTable } from '../features/history/history-table.js';
import { agencyName } from '../features/special-agencies/special-agency-list.js';
import { SPECIAL_AGENCY_KIND_LABEL } from '../format/labels.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { ORGANISATION_PATH, SPECIAL_AGENCIES_PATH } from '../routes.js';

export function SpecialAgencyPage() {
  const { id = '' } = useParams();
  const { date } = useStructureDate();
  const agency = useApi(specialAgencyRequest(id, date));
  return (
    <ResourceView resource={agency} loadingLabel="Laster særorganet …" renderError={(e) => <EntityError error={e} what="Særorganet" />}>
      {(a) => <SpecialAgencyView agency={a} date={date} />}
    </ResourceView>
  );
}

function SpecialAgencyView({ agency, date }: { agency: SpecialAgency; date: string }) {
  usePageTitle(agencyName(agency));
  const history = useApi(historyRequest(agency.id, date));
  return (
    <article className="np-stack">
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          {agencyName(agency)}
        </Heading>
        <Paragraph>{agency.role}</Paragraph>
        <dl className="np-answer">
          <dt>Type</dt>
          <dd>{SPECIAL_AGENCY_KIND_LABEL[agency.kind]}</dd>
          <dt>Sete</dt>
          <dd>{agency.seat ?? 'Ikke registrert'}</dd>
          <dt>Underlagt</dt>
          <dd>{agency.parentId === 'pod' ? <SiteLink to={ORGANISATION_PATH}>Politidirektoratet</SiteLink> : 'Ikke underlagt Politidirektoratet'}</dd>
          <dt>I kraft siden</dt>
          <dd>{formatLongDate(agency.since)}</dd>
        </dl>
      </div>
      <section aria-labelledby="historikk" className="np-stack-sm">
        <Heading level={2} data-size="md" id="historikk">
          Historikk
        </Heading>
        <ResourceView resource={history} loadingLabel="Laster historikken …">
          {(h) => <HistoryTable history={h} caption={`Historikken til ${agency.name}`} />}
        </ResourceView>
      </section>
      <Paragraph>
        <SiteLink to={SPECIAL_AGENCIES_PATH}>Alle særorgan og nasjonale enheter</SiteLink>
      </Paragraph>
    </article>
  );
}
