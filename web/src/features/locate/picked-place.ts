/** A point someone asked "who is my police here?" about, and how they gave it. */
export interface PickedPlace {
  lat: number;
  lon: number;
  /** What to call it in the answer: "0150 Oslo", "din posisjon", "punktet du klikket på". */
  label: string;
  source: 'search' | 'position' | 'map';
}

/** A four-digit postcode anywhere in the text ("Storgata 1, 0155 Oslo" → "0155"), else null. */
export function postcodeIn(text: string): string | null {
  return /(?:^|\D)(\d{4})(?:\D|$)/.exec(text)?.[1] ?? null;
}
