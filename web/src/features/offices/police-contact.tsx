import { Link, Paragraph } from '@digdir/designsystemet-react';
import { EMERGENCY_NUMBER, POLICE_SWITCHBOARD } from '../../../../src/contract/police-contact.js';

export interface PoliceContactProps {
  /** The district's page on politiet.no, when it has one (the districts of 2016 do). */
  districtPage?: string | null;
  districtName?: string;
}

/**
 * How to reach the police: the switchboard and 112 on every office page and answer (an office's own
 * number is not in the register), and the district's page on politiet.no for opening hours.
 */
export function PoliceContact({ districtPage, districtName }: PoliceContactProps) {
  return (
    <div className="np-contact np-list-tight">
      <Paragraph>
        Ring politiet på <Link href={`tel:${POLICE_SWITCHBOARD}`}>{POLICE_SWITCHBOARD}</Link> (sentralbord). Haster det, ring{' '}
        <Link href={`tel:${EMERGENCY_NUMBER}`}>{EMERGENCY_NUMBER}</Link>.
      </Paragraph>
      {districtPage && (
        <Paragraph data-size="sm">
          Åpningstider og timebestilling: <Link href={districtPage}>{districtName ? `${districtName} på politiet.no` : 'politidistriktets side på politiet.no'}</Link>
        </Paragraph>
      )}
    </div>
  );
}
