import { useQuery } from '@tanstack/react-query';
import { getSession, type Session } from '../../api/session-endpoints.js';
import { queryClient } from '../../api/query-client.js';

const SESSION_KEY = ['session'] as const;

/** Who is signed in (null while unknown or when nobody is); asked once, then updated on sign-in and sign-out. */
export function useSession(): Session['user'] {
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: getSession, staleTime: 60_000 });
  return query.data?.user ?? null;
}

/** After signing in or out: the header and every page's answers follow the new user. */
export function sessionChanged(session: Session | null): void {
  queryClient.setQueryData(SESSION_KEY, session ?? { user: null, via: null });
  void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
}
