import type { ReactNode } from 'react';
import type { Resource } from '../api/use-api.js';
import { ErrorMessage } from './error-message.js';
import { Loading } from './loading.js';

export interface ResourceViewProps<T> {
  resource: Resource<T> | null;
  /** Text beside the spinner while loading. */
  loadingLabel?: string;
  children: (data: T) => ReactNode;
  /** Renders errors itself (e.g. "not in force on this date"); return null to fall back to the generic message. */
  renderError?: (error: unknown) => ReactNode | null;
}

/** Loading, error or the content: the three states every API-backed block has. */
export function ResourceView<T>({ resource, loadingLabel, children, renderError }: ResourceViewProps<T>) {
  if (resource === null) return null;
  switch (resource.status) {
    case 'loading':
      return <Loading label={loadingLabel} />;
    case 'error':
      return renderError?.(resource.error) ?? <ErrorMessage error={resource.error} retry={resource.retry} />;
    case 'ok':
      return <>{children(resource.data)}</>;
  }
}
