import { Link } from '@digdir/designsystemet-react';
import type { ChangeEntry } from '../../api/endpoints.js';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';

type Decision = NonNullable<ChangeEntry['decision']>;

/** "Politidirektoratet 13. januar 2017, ref. 2016/01234" with a link to the document where there is one. */
export function DecisionText({ decision }: { decision: Decision | null }) {
  if (!decision) return <span>Ikke oppgitt</span>;
  const parts = [decision.by, decision.date ? formatLongDate(decision.date) : null].filter(Boolean).join(' ');
  const reference = decision.reference ? `ref. ${decision.reference}` : null;
  return (
    <span>
      {parts}
      {reference && (
        <>
          {', '}
          {decision.url ? <Link href={decision.url}>{reference}</Link> : reference}
        </>
      )}
      {!reference && decision.url && (
        <>
          {' '}
          (<Link href={decision.url}>vedtaket</Link>)
        </>
      )}
    </span>
  );
}
