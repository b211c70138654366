/** A point someone asked "who is my police here?" about, and how they gave it. */
export interface PickedPlace {
  lat: number;
  lon: number;
  /** What to call it in the answer: "0150 Oslo", "din posisjon", "punktet du klikket på". */
  label: string;
  source: 'search' | 'position' | 'map';
  /** Asked for the nearest office offering a service ("Finn nærmeste pass- og ID-kontor"), else null. */
  service: 'pass-id' | null;
}

/** A four-digit postcode anywhere in the text ("Storgata 1, 0155 Oslo" → "0155"), else null. */
export function postcodeIn(text: string): string | null {
  return /(?:^|\D)(\d{4})(?:\D|$)/.exec(text)?.[1] ?? null;
}

/**
 * What to search for in what someone typed. There is no address register here, so an address is
 * found by its postcode when it has one, else by its town: "Storgata 1, Tromsø" → "Tromsø",
 * "Storgata 1 Tromsø" → "Tromsø". A plain place name is searched as it is.
 */
export function placeQuery(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const postcode = postcodeIn(trimmed);
  if (postcode) return postcode;
  const parts = trimmed.split(',').map((p) => p.trim()).filter((p) => /\p{L}/u.test(p));
  if (parts.length > 1) return parts[parts.length - 1]!;
  // "Storgata 1 Tromsø", "Storgata 1B Tromsø": the words after the house number.
  const afterNumber = /^\D+?\s\d+[A-Za-z]?\s+(\p{L}.*)$/u.exec(parts[0] ?? trimmed);
  return afterNumber ? afterNumber[1]!.trim() : (parts[0] ?? trimmed);
}

// The answer lives in the URL (?sted=69.64912,18.95508&navn=…&kilde=…&tjeneste=pass-id), so Back,
// reload and a shared link all show it again.
const PLACE_PARAM = 'sted';
const LABEL_PARAM = 'navn';
const SOURCE_PARAM = 'kilde';
const SERVICE_PARAM = 'tjeneste';
const PLACE_PARAMS = [PLACE_PARAM, LABEL_PARAM, SOURCE_PARAM, SERVICE_PARAM] as const;
const MAX_LABEL = 100;

/** `params` with the place set (or removed when null), other parameters (the date) kept. */
export function withPlace(params: URLSearchParams, place: PickedPlace | null): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const p of PLACE_PARAMS) next.delete(p);
  if (place) {
    next.set(PLACE_PARAM, `${place.lat.toFixed(5)},${place.lon.toFixed(5)}`);
    next.set(LABEL_PARAM, place.label.slice(0, MAX_LABEL));
    next.set(SOURCE_PARAM, place.source);
    if (place.service) next.set(SERVICE_PARAM, place.service);
  }
  return next;
}

/** The place in the URL, or null when there is none or it is not a valid point (never a half place). */
export function placeFromParams(params: URLSearchParams): PickedPlace | null {
  const m = /^(-?\d{1,2}(?:\.\d{1,7})?),(-?\d{1,3}(?:\.\d{1,7})?)$/.exec(params.get(PLACE_PARAM) ?? '');
  if (!m) return null;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) return null;
  const source = params.get(SOURCE_PARAM);
  const label = (params.get(LABEL_PARAM) ?? '').slice(0, MAX_LABEL).trim();
  return {
    lat,
    lon,
    label: label || 'stedet',
    source: source === 'position' || source === 'map' ? source : 'search',
    service: params.get(SERVICE_PARAM) === 'pass-id' ? 'pass-id' : null,
  };
}
