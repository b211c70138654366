/**
 * Text folding for search: the same function is applied to names and to queries, so spellings that
 * people use interchangeably end up as the same string.
 *
 *  - case: everything lower case
 *  - æ → ae, ø → o, å → a (and ä → ae, ö → o), so "Bærum" = "Baerum", "Tromsø" = "Tromso"
 *  - the old and the typewriter spellings: "aa" → "a" and "oe" → "o" after the step above, so
 *    "Aalesund" = "Ålesund" = "Alesund" and "Tromsoe" = "Tromsø"
 *  - other diacritics are dropped (é → e, and the Sami letters á č đ ŋ š ŧ ž → a c d n s t z)
 *
 * The digraph step also folds a real "oe" or "aa" in a name (Moelv → molv); since queries are
 * folded the same way that costs nothing but a few extra matches.
 */

const LETTERS: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'a', ä: 'ae', ö: 'o', đ: 'd', ŋ: 'n', ŧ: 't', ß: 'ss' };
const SPECIAL = /[æøåäöđŋŧß]/g;
const COMBINING_MARKS = /\p{M}/gu;

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(SPECIAL, (c) => LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o');
}

/** The folded words of `text` (letters and digits; everything else separates), in order. */
export function foldedTokens(text: string): string[] {
  return foldText(text).split(/[^a-z0-9]+/).filter((t) => t.length > 0);
}

/**
 * An id for a thing from its Norwegian name, the way the register's ids read: lower case, æ/ø/å as
 * ae/o/a (the digraphs kept as written, unlike foldText), other accents dropped, anything else
 * between words a single hyphen, at most `maxLength` characters ("Sørumsand politistasjon" →
 * "sorumsand-politistasjon", "MO I RANA" → "mo-i-rana"). Null when nothing usable is left.
 */
export function slugOf(text: string, maxLength = 80): string | null {
  const slug = text
    .toLowerCase()
    .replace(SPECIAL, (c) => LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug.length > 0 ? slug : null;
}
