import { Link as DsLink } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { useStructureDate, withDate } from '../date/use-structure-date.js';

export interface SiteLinkProps {
  /** A path inside the site; the page's ?dato= is carried on. */
  to: string;
  children: ReactNode;
  /** Marks the link for the page being shown (navigation). */
  current?: boolean;
  className?: string;
  /** Show the target on this date instead of the page's (e.g. an office on a day it existed). */
  date?: string;
}

/** An internal link in Designsystemet's style that keeps the chosen date. */
export function SiteLink({ to, children, current = false, className, date }: SiteLinkProps) {
  const { urlDate } = useStructureDate();
  return (
    <DsLink asChild className={className}>
      <RouterLink to={withDate(to, date ?? urlDate)} aria-current={current ? 'page' : undefined}>
        {children}
      </RouterLink>
    </DsLink>
  );
}
