import type { SearchDocument } from '../contract/search-document.js';

/**
 * A document with what the index matches it on: its name and any other keys (a municipality's
 * number, a postcode, an abbreviation), and how prominent it is among equally good matches.
 */
export interface IndexableDocument {
  readonly document: SearchDocument;
  readonly keys: readonly string[];
  /** Tie-breaker inside one match class and kind: larger first (population, street postcode before post box). */
  readonly prominence: number;
}
