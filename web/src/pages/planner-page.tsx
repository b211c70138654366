import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { listScenarios } from '../api/planner-endpoints.js';
import { useFresh } from '../api/use-fresh.js';
import { ResourceView } from '../components/resource-view.js';
import { SiteLink } from '../components/site-link.js';
import { CreateScenarioForm } from '../features/planner/create-scenario-form.js';
import { ScenarioList } from '../features/planner/scenario-list.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { CLOSING_COSTS_PATH, OPTIMISER_PATH } from '../routes.js';
import '../styles/planner.css';

/** The planner's start: the scenarios, a new one, and the tools that suggest changes. */
export function PlannerPage() {
  usePageTitle('Planlegger');
  const { resource } = useFresh('scenarios', 'all', (signal) => listScenarios(signal));
  return (
    <div className="np-stack">
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          Planlegger
        </Heading>
        <Paragraph>
          Et scenario er en grunnlagsdato og en rekke foreslåtte endringer: legge ned, slå sammen eller opprette tjenestesteder og flytte kommuner. Ingenting
          i et scenario endrer registeret før det er vedtatt og publisert. Reisetidene er beregnet (anslått), ikke målt.
        </Paragraph>
      </div>
      <section aria-labelledby="scenarioer" className="np-stack-sm">
        <Heading level={2} data-size="md" id="scenarioer">
          Scenarioer
        </Heading>
        <ResourceView resource={resource} loadingLabel="Laster scenarioene …">
          {(scenarios) => <ScenarioList scenarios={scenarios} />}
        </ResourceView>
      </section>
      <section aria-labelledby="nytt-scenario" className="np-stack-sm">
        <Heading level={2} data-size="md" id="nytt-scenario">
          Nytt scenario
        </Heading>
        <CreateScenarioForm />
      </section>
      <section aria-labelledby="verktoy" className="np-stack-sm">
        <Heading level={2} data-size="md" id="verktoy">
          Verktøy
        </Heading>
        <ul>
          <li>
            <SiteLink to={CLOSING_COSTS_PATH}>Hva koster det å legge ned hvert tjenestested</SiteLink>: folk som får lengre vei, og hvor mange som havner utenfor
            tidsgrensen.
          </li>
          <li>
            <SiteLink to={OPTIMISER_PATH}>Optimering</SiteLink>: hvilke tjenestesteder som gir flest innbyggere kortest vei, for et gitt antall.
          </li>
        </ul>
      </section>
    </div>
  );
}
