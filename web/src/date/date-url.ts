/** The URL parameter that carries the date, so a view can be shared: ?dato=2018-07-01 */
export const DATE_PARAM = 'dato';

/** `path` with ?dato= set to `date` (or removed when null), keeping its other parameters. */
export function withDate(path: string, date: string | null): string {
  const hashAt = path.indexOf('#');
  const hash = hashAt >= 0 ? path.slice(hashAt) : '';
  const rest = hashAt >= 0 ? path.slice(0, hashAt) : path;
  const queryAt = rest.indexOf('?');
  const base = queryAt >= 0 ? rest.slice(0, queryAt) : rest;
  const params = new URLSearchParams(queryAt >= 0 ? rest.slice(queryAt + 1) : '');
  if (date) params.set(DATE_PARAM, date);
  else params.delete(DATE_PARAM);
  const query = params.toString();
  return `${base}${query ? `?${query}` : ''}${hash}`;
}
