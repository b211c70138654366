import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { functionsRequest, organisationRequest } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { ResourceView } from '../components/resource-view.js';
import { SiteLink } from '../components/site-link.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { useStructureDate } from '../date/use-structure-date.js';
import { DistrictTree } from '../features/organisation/district-tree.js';
import { OrganisationLevels } from '../features/organisation/organisation-levels.js';
import { PrioritisedFunctions } from '../features/organisation/prioritised-functions.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { specialAgencyPath } from '../routes.js';

export function OrganisationPage() {
  usePageTitle('Slik er politiet organisert');
  const { date } = useStructureDate();
  const organisation = useApi(organisationRequest(date));
  const functions = useApi(functionsRequest(date));
  return (
    <div className="np-stack">
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          Slik er politiet organisert
        </Heading>
        <Paragraph>Nivåene, enhetene og de prioriterte funksjonene per {formatLongDate(date)}, hentet fra registeret.</Paragraph>
      </div>
      <ResourceView resource={organisation} loadingLabel="Laster organiseringen …">
        {(org) => (
          <>
            <section aria-labelledby="nivaer" className="np-stack-sm">
              <Heading level={2} data-size="md" id="nivaer">
                Nivåene
              </Heading>
              <OrganisationLevels organisation={org} />
            </section>
            <section aria-labelledby="saerorgan" className="np-stack-sm">
              <Heading level={2} data-size="md" id="saerorgan">
                Særorgan og nasjonale enheter
              </Heading>
              <ul className="np-inline-list">
                {org.specialAgencies.map((a) => (
                  <li key={a.id}>
                    <SiteLink to={specialAgencyPath(a.id)}>{a.abbreviation ?? a.name}</SiteLink>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="distriktene" className="np-stack-sm">
              <Heading level={2} data-size="md" id="distriktene">
                Politidistriktene
              </Heading>
              <div>
                {org.districts.map((d) => (
                  <DistrictTree key={d.id} district={d} />
                ))}
              </div>
            </section>
          </>
        )}
      </ResourceView>
      <section aria-labelledby="funksjoner" className="np-stack-sm">
        <Heading level={2} data-size="md" id="funksjoner">
          De prioriterte funksjonene
        </Heading>
        <ResourceView resource={functions} loadingLabel="Laster funksjonene …">
          {(list) => <PrioritisedFunctions functions={list} />}
        </ResourceView>
      </section>
    </div>
  );
}
