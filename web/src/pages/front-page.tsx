import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { structureRequest } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { ResourceView } from '../components/resource-view.js';
import { useStructureDate } from '../date/use-structure-date.js';
import { StructureFacts } from '../features/structure/structure-facts.js';
import { usePageTitle } from '../layout/use-page-title.js';

export function FrontPage() {
  usePageTitle(null);
  const { date } = useStructureDate();
  const structure = useApi(structureRequest(date));
  return (
    <div className="np-stack">
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          Politiets organisering
        </Heading>
        <Paragraph data-size="lg">
          Alle politidistrikt, særorgan og tjenestesteder – og hvem som betjener kommunen din, på hvilken som helst
          dato før og etter nærpolitireformen.
        </Paragraph>
      </div>
      <section aria-labelledby="tall-heading" className="np-stack-sm">
        <Heading level={2} data-size="md" id="tall-heading">
          Politiet i tall
        </Heading>
        <ResourceView resource={structure} loadingLabel="Laster tallene …">
          {(counts) => <StructureFacts counts={counts} />}
        </ResourceView>
      </section>
    </div>
  );
}
