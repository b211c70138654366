const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A decimal number written with a point, or the Norwegian reason it is not one. `Number()` alone
 * would accept '' (as 0), hex and 'Infinity', and would silently misread a decimal comma.
 */
export function parseDecimal(text: string): { ok: true; value: number } | { ok: false; reason: string } {
  if (text === '') return { ok: false, reason: 'verdien mangler' };
  if (DECIMAL.test(text)) {
    const value = Number(text);
    // '1e999' matches the pattern but is no usable number.
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: `«${text}» er for stort til å være et tall` };
  }
  if (/^[-+]?\d+,\d+$/.test(text)) return { ok: false, reason: `«${text}» har desimalkomma; bruk desimalpunktum (${text.replace(',', '.')})` };
  return { ok: false, reason: `«${text}» er ikke et tall` };
}
