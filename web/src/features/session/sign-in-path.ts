/** The sign-in page's address; `tilbake` is where to return to afterwards (a path on this site only). */
export const SIGN_IN_PATH = '/logg-inn';

export function signInPath(back: string = typeof window === 'undefined' ? '/' : window.location.pathname + window.location.search): string {
  return back === SIGN_IN_PATH || !back.startsWith('/') ? SIGN_IN_PATH : `${SIGN_IN_PATH}?tilbake=${encodeURIComponent(back)}`;
}

/** The `tilbake` parameter, if it is a path on this site (never another site: no open redirect). */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/planlegger';
}
