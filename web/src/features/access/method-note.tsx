import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { AccessibilityReport } from '../../api/access-endpoints.js';
import { RoadCredit, unroutedText } from './road-credit.js';

const DECIMAL = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });

/** A travel-model parameter from the report as Norwegian text ("1,3"), or null when it is not there. */
function param(report: AccessibilityReport, key: string): string | null {
  const value = report.travelModel.params[key];
  if (value === undefined) return null;
  return typeof value === 'number' ? DECIMAL.format(value) : value;
}

/**
 * How the figures are made, said where they are shown: driving times on the road network (with the
 * data's credit and the places it could not route), or estimates (straight line × circuity ÷ speed);
 * and where people live is a model too. Every text comes from the report, so it always describes the
 * figures beside it.
 */
export function MethodNote({ report }: { report: AccessibilityReport }) {
  const circuity = param(report, 'circuityFactor');
  const speed = param(report, 'speedKmh');
  const road = report.travelModel.id === 'road';
  const unrouted = unroutedText(report.travelModel);
  return (
    <Alert data-color="info" data-size="sm">
      <Heading level={3} data-size="2xs">
        {report.travelModel.estimated ? 'Reisetidene er estimert' : road ? 'Reisetidene er kjøretid på vegnettet' : 'Reisetidene er importert'}
      </Heading>
      <Paragraph data-size="sm">
        {report.travelModel.label}.
        {report.travelModel.estimated && (
          <>
            {' '}
            Estimert reisetid: avstand i luftlinje{circuity ? ` ganget med en omveisfaktor på ${circuity}` : ''}
            {speed ? ` og delt på en snittfart på ${speed} km/t` : ''}. Modellen ser ikke fjorder, ferjer eller kø, så den
            er optimistisk i fjord- og øystrøk.
          </>
        )}
        {road && ' Kjøretid fra bostedet til nærmeste veg, langs hovedvegene (med ferjer: overfart og ventetid) og fram til tjenestestedet.'}
      </Paragraph>
      {unrouted && <Paragraph data-size="sm">{unrouted}</Paragraph>}
      <RoadCredit model={report.travelModel} />
      <Paragraph data-size="sm">
        <strong>Hvor folk bor:</strong> {report.demandModel.method.nb}
      </Paragraph>
    </Alert>
  );
}
