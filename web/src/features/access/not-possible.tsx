import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ApiError } from '../../api/http.js';

/**
 * A date the analysis cannot evaluate (422 `analysis.not-possible`: before 2002, or no open office)
 * is not an error to retry: say so with the server's reason. Other errors fall back to the generic
 * message (null). `when` ends the heading: "per 1. juni 2001", "for en av datoene".
 */
export function renderNotPossible(when: string, headingLevel: 2 | 3 = 2) {
  return (error: unknown) => {
    if (!(error instanceof ApiError) || error.status !== 422) return null;
    return (
      <Alert data-color="info">
        <Heading level={headingLevel} data-size="xs">
          Tilgjengeligheten kan ikke beregnes {when}
        </Heading>
        <Paragraph>{error.problem?.detail ?? 'Registeret har ikke det som trengs for å beregne reisetider på denne datoen.'} Velg en annen dato.</Paragraph>
      </Alert>
    );
  };
}
