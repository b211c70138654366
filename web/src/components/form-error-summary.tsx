import { ErrorSummary } from '@digdir/designsystemet-react';

export interface FieldError {
  /** The id of the field the error is about: the summary links to it. */
  fieldId: string;
  message: string;
}

/**
 * The errors of a form after a submit, listed above it in Norwegian with a link to each field
 * (Designsystemet's ErrorSummary, which takes focus when it appears). The fields show the same text
 * under themselves. Forms use noValidate, so the browser's own English bubbles never appear.
 */
export function FormErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>For å gå videre må du rette opp dette:</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((e) => (
          <ErrorSummary.Item key={e.fieldId}>
            <ErrorSummary.Link href={`#${e.fieldId}`}>{e.message}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
