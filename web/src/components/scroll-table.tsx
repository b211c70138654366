import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

export interface ScrollTableProps {
  caption: ReactNode;
  /** The scroll region's name; the caption when that is plain text. */
  label?: string;
  /** On the table, for links to it ("#id") from maps and captions. */
  id?: string;
  /** On the scroll region instead, where a link should land on the focusable region (a chart's "see the table"). */
  regionId?: string;
  /** Striped rows; off where rows carry their own status colours. */
  zebra?: boolean;
  /** Table.Head and Table.Body. */
  children: ReactNode;
}

/**
 * A captioned table in a focusable, named scroll region: wide tables scroll sideways inside their
 * region instead of the page (no sideways scrolling at 375 px), and keyboard users can reach the
 * scroll (WCAG 2.1.1). Every table on the site is one of these.
 */
export function ScrollTable({ caption, label, id, regionId, zebra = true, children }: ScrollTableProps) {
  const name = label ?? (typeof caption === 'string' ? caption : undefined);
  return (
    <div className="np-table-wrap" tabIndex={0} role="region" aria-label={name} id={regionId}>
      <Table zebra={zebra} data-size="sm" id={id}>
        <caption>{caption}</caption>
        {children}
      </Table>
    </div>
  );
}
