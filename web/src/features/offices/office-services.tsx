import { Paragraph } from '@digdir/designsystemet-react';
import type { OfficeDetail } from '../../api/endpoints.js';
import { SERVICE_LABEL, servicePeriodText } from '../../../../src/contract/wording/office-text.js';
import { SEASON_LABEL } from '../../format/labels.js';

type Period = OfficeDetail['services'][number];

function seasonNote(p: Period): string {
  if (!p.season) return '';
  return ` Bare om ${SEASON_LABEL[p.season.label]}en.`;
}

/** What an office offers on the date, each service with its dates; what it offered before, below. */
export function OfficeServices({ office }: { office: OfficeDetail }) {
  const current = office.services;
  const past = office.serviceHistory.filter((h) => !current.some((c) => c.kind === h.kind && c.from === h.from));
  return (
    <div className="np-stack-sm">
      {current.length === 0 ? (
        <Paragraph>Registeret har ingen tjenester for dette tjenestestedet på datoen. Det betyr ukjent, ikke at det ikke finnes.</Paragraph>
      ) : (
        <ul className="np-list-tight">
          {current.map((p) => (
            <li key={`${p.kind}-${p.from}`}>
              <strong>{SERVICE_LABEL[p.kind]}</strong> – {servicePeriodText(p)}.{seasonNote(p)}
              {!p.offeredOnDate && ' Ikke åpent på datoen du ser på.'}
              {p.note && <span className="np-muted"> {p.note}</span>}
            </li>
          ))}
        </ul>
      )}
      {past.length > 0 && (
        <>
          <Paragraph data-size="sm">Tidligere eller senere:</Paragraph>
          <ul className="np-list-tight">
            {past.map((p) => (
              <li key={`${p.kind}-${p.from}`}>
                {SERVICE_LABEL[p.kind]} – {servicePeriodText(p)}.
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
