import { Breadcrumbs } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useStructureDate, withDate } from '../date/use-structure-date.js';

export interface Crumb {
  to: string;
  label: string;
}

/**
 * «Du er her»: the way from the front page to this page, each step a link that keeps the date.
 * The page itself is the heading under it, so it is not repeated here.
 */
export function PageBreadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  const { urlDate } = useStructureDate();
  return (
    <Breadcrumbs aria-label="Du er her:">
      <Breadcrumbs.List>
        {trail.map((c) => (
          <Breadcrumbs.Item key={c.to}>
            <Breadcrumbs.Link asChild>
              <RouterLink to={withDate(c.to, urlDate)}>{c.label}</RouterLink>
            </Breadcrumbs.Link>
          </Breadcrumbs.Item>
        ))}
      </Breadcrumbs.List>
    </Breadcrumbs>
  );
}
