import { Spinner } from '@digdir/designsystemet-react';

export interface LoadingProps {
  /** What is loading, read out to screen readers and shown beside the spinner. @default 'Laster …' */
  label?: string;
}

/** The loading state: a spinner with visible text, announced politely. */
export function Loading({ label = 'Laster …' }: LoadingProps) {
  return (
    <div className="np-status" role="status">
      <Spinner aria-hidden data-size="sm" />
      <span>{label}</span>
    </div>
  );
}
