import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { specialAgenciesRequest, type SpecialAgency } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { EmptyState } from '../components/empty-state.js';
import { ResourceView } from '../components/resource-view.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { useStructureDate } from '../date/use-structure-date.js';
import { SpecialAgencyList } from '../features/special-agencies/special-agency-list.js';
import { SPECIAL_AGENCY_KIND_LABEL } from '../format/labels.js';
import { usePageTitle } from '../layout/use-page-title.js';

const GROUP_ORDER: readonly SpecialAgency['kind'][] = ['saerorgan', 'other-unit', 'svalbard', 'former-saerorgan'];

const GROUP_HEADING: Record<SpecialAgency['kind'], string> = {
  saerorgan: 'Særorgan',
  'other-unit': 'Andre nasjonale enheter',
  svalbard: SPECIAL_AGENCY_KIND_LABEL.svalbard,
  'former-saerorgan': 'Tidligere særorgan',
};

export function SpecialAgenciesPage() {
  usePageTitle('Særorgan og nasjonale enheter');
  const { date } = useStructureDate();
  const agencies = useApi(specialAgenciesRequest(date));
  return (
    <div className="np-stack">
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          Særorgan og nasjonale enheter
        </Heading>
        <Paragraph>
          Særorganene løser nasjonale oppgaver ved siden av politidistriktene, som etterforskning av alvorlig og
          organisert kriminalitet, utlendingsforvaltning og utrykning. Listen viser dem per {formatLongDate(date)}.
        </Paragraph>
      </div>
      <ResourceView resource={agencies} loadingLabel="Laster særorganene …">
        {(list) =>
          list.length === 0 ? (
            <EmptyState>Ingen særorgan på denne datoen.</EmptyState>
          ) : (
            GROUP_ORDER.map((kind) => {
              const group = list.filter((a) => a.kind === kind);
              if (group.length === 0) return null;
              return (
                <section key={kind} aria-labelledby={`gruppe-${kind}`} className="np-stack-sm">
                  <Heading level={2} data-size="md" id={`gruppe-${kind}`}>
                    {GROUP_HEADING[kind]}
                  </Heading>
                  <SpecialAgencyList agencies={group} />
                </section>
              );
            })
          )
        }
      </ResourceView>
    </div>
  );
}
