import { Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** The empty state: says plainly that there is nothing (never an empty box). */
export function EmptyState({ children = 'Fant ingen treff' }: { children?: ReactNode }) {
  return <Paragraph className="np-empty">{children}</Paragraph>;
}
