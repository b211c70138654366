import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ApiError } from '../../api/http.js';
import { FUTURE_HORIZON_YEARS, REGISTER_START } from '../../../../src/shared/dates.js';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';

const DATE_PARAMETERS = new Set(['at', 'from', 'to']);

/** A 400 about a date: outside the range the register answers for (the server names the parameter). */
const isDateOutOfRange = (error: ApiError) => error.status === 400 && DATE_PARAMETERS.has(String(error.problem?.parameter ?? ''));

/**
 * A date the analysis cannot evaluate (422 `analysis.not-possible`: no open office; or a 400 naming
 * the date: before the register begins or past its horizon) is not an error to retry: say so with
 * the reason. Other errors fall back to the generic message (null). `when` ends the heading:
 * "per 1. juni 2001", "for en av datoene".
 */
export function renderNotPossible(when: string, headingLevel: 2 | 3 = 2) {
  return (error: unknown) => {
    if (!(error instanceof ApiError)) return null;
    if (isDateOutOfRange(error)) {
      return (
        <Alert data-color="info">
          <Heading level={headingLevel} data-size="xs">
            Tilgjengeligheten kan ikke beregnes {when}
          </Heading>
          <Paragraph>
            Registeret dekker datoer fra og med {formatLongDate(REGISTER_START)} og inntil {FUTURE_HORIZON_YEARS} år fram i tid. Velg en annen dato.
          </Paragraph>
        </Alert>
      );
    }
    if (error.status !== 422) return null;
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
