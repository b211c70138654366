import { Heading } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import { searchRequest } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { EmptyState } from '../components/empty-state.js';
import { ResourceView } from '../components/resource-view.js';
import { SiteLink } from '../components/site-link.js';
import { useStructureDate } from '../date/use-structure-date.js';
import { SearchBox } from '../features/search/search-box.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { searchHitPath } from '../routes.js';

const RESULTS = 50;

/** The full result list for a search (the search box's Enter without a chosen suggestion lands here). */
export function SearchPage() {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  usePageTitle(q ? `Søk: ${q}` : 'Søk');
  const { date } = useStructureDate();
  const result = useApi(q.length >= 2 ? searchRequest(q, date, RESULTS) : null);
  return (
    <div className="np-stack">
      <Heading level={1} data-size="xl">
        {q ? `Søk etter «${q}»` : 'Søk'}
      </Heading>
      <SearchBox key={q} defaultValue={q} />
      {q.length > 0 && q.length < 2 && <EmptyState>Skriv minst to tegn.</EmptyState>}
      <ResourceView resource={result} loadingLabel="Søker …">
        {(data) => {
          const hits = data.hits.filter((h) => searchHitPath(h) !== null);
          return hits.length === 0 ? (
            <EmptyState>Fant ingen treff</EmptyState>
          ) : (
            <section aria-labelledby="treff" className="np-stack-sm">
              <Heading level={2} data-size="md" id="treff">
                {hits.length} treff
              </Heading>
              <ol className="np-results">
                {hits.map((hit) => (
                  <li key={`${hit.kind}:${hit.id}`}>
                    <SiteLink to={searchHitPath(hit) ?? '/'}>{hit.name}</SiteLink>
                    <span className="np-block np-muted">
                      {hit.description}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          );
        }}
      </ResourceView>
    </div>
  );
}
