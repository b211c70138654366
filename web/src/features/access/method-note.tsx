import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { AccessibilityReport } from '../../api/access-endpoints.js';

const DECIMAL = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });

/** A travel-model parameter from the report as Norwegian text ("1,3"), or null when it is not there. */
function param(report: AccessibilityReport, key: string): string | null {
  const value = report.travelModel.params[key];
  if (value === undefined) return null;
  return typeof value === 'number' ? DECIMAL.format(value) : value;
}

/**
 * How the figures are made, said where they are shown: the travel times are estimates (straight line
 * × circuity ÷ speed, not a road network), and where people live is a model too. Both texts come from
 * the report, so they always describe the figures beside them.
 */
export function MethodNote({ report }: { report: AccessibilityReport }) {
  const circuity = param(report, 'circuityFactor');
  const speed = param(report, 'speedKmh');
  return (
    <Alert data-color="info" data-size="sm">
      <Heading level={3} data-size="2xs">
        {report.travelModel.estimated ? 'Reisetidene er estimert' : 'Reisetidene er importert'}
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
      </Paragraph>
      <Paragraph data-size="sm">
        <strong>Hvor folk bor:</strong> {report.demandModel.method.nb}
      </Paragraph>
    </Alert>
  );
}
