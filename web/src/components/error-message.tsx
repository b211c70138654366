import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ApiError } from '../api/http.js';

export interface ErrorMessageProps {
  error: unknown;
  /** Offered as a "Prøv igjen" button when given. */
  retry?: () => void;
}

/** The error state: what went wrong in plain Norwegian, and a way to try again. */
export function ErrorMessage({ error, retry }: ErrorMessageProps) {
  const detail = error instanceof ApiError && error.status < 500 ? error.problem?.detail : null;
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        Noe gikk galt. Prøv igjen.
      </Heading>
      <Paragraph>
        {detail ?? 'Vi fikk ikke hentet dataene akkurat nå. Det kan skyldes nettverket eller tjeneren.'}
      </Paragraph>
      {retry && (
        <Button type="button" variant="secondary" data-size="sm" onClick={retry}>
          Prøv igjen
        </Button>
      )}
    </Alert>
  );
}
