/**
 * The numbers that reach the police from anywhere in Norway, the same for every office: the
 * switchboard (sentralbord, politiet.no «Kontakt politiet») and the emergency number. Shown on every
 * office page and every answer, because an office's own telephone is not in the register.
 */
export const POLICE_SWITCHBOARD = '02800';
export const EMERGENCY_NUMBER = '112';

/**
 * The districts' pages on politiet.no. Office pages there move when the site is reorganised; the
 * district pages (`/om-politiet/organisasjonen/politidistrikter/<district>/`, the form the register's
 * own sources cite for Troms and Sør-Øst) have kept their slugs since 2016, and they match our ids.
 * Only the twelve districts of 2016 have one: the 27 districts before them have no page today.
 */
const DISTRICTS_WITH_PAGE = new Set(['oslo', 'ost', 'innlandet', 'sor-ost', 'agder', 'sor-vest', 'vest', 'more-og-romsdal', 'trondelag', 'nordland', 'troms', 'finnmark']);

export function districtPageUrl(districtId: string): string | null {
  return DISTRICTS_WITH_PAGE.has(districtId) ? `https://www.politiet.no/om-politiet/organisasjonen/politidistrikter/${districtId}/` : null;
}
