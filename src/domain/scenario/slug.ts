/**
 * An id for a new thing from its Norwegian name, the way the register's ids read: lower case, æ → ae,
 * ø → o, å → a, other accents dropped, anything else between words a single hyphen
 * ("Sørumsand politistasjon" → "sorumsand-politistasjon"). Null when nothing usable is left.
 */
export function slugFromName(name: string): string | null {
  const folded = name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug.length > 0 ? slug : null;
}
