import { boundedEditDistance } from './edit-distance.js';
import { foldedTokens } from '../shared/fold-text.js';
import type { MatchClass, SearchDocument, SearchKind } from '../contract/search-document.js';
import type { IndexableDocument } from './indexable-document.js';

/**
 * An in-memory search over the directory's names, numbers and postcodes.
 *
 * Matching works on folded words (fold-text.ts: case, æ/ø/å and their ae/o/aa spellings, other
 * diacritics). Every word of the query must match a word of one of the document's keys:
 *  - exact: the same word
 *  - prefix: the start of a word ("kristians" → Kristiansand; "01" → the 01xx postcodes)
 *  - fuzzy: within a Damerau–Levenshtein distance (adjacent swaps cost 1) of 1 for words of 4–7
 *    letters and 2 for words of 8 or more; never for words of 3 letters or fewer, nor for numbers
 *    (a postcode one digit off is another place, not a typo)
 * The query with its spaces and hyphens removed is also tried against each key written together,
 * so "sørøst" finds Sør-Øst and "Oslo" equals the name "Oslo" as a whole ("full" match).
 *
 * Ranking, best first: the whole name or key equal to the query > every word exact > prefix >
 * fuzzy (fewer edits first); then by kind (municipality, postcode, district, office, postal place,
 * station district, operating unit, special agency); then by how much of the name the query covers;
 * then by prominence (population, street postcodes before post boxes); then by name.
 * A postcode found exactly brings its municipality along right after it (match "related").
 */

export interface SearchMatch {
  document: SearchDocument;
  match: MatchClass;
  /** 0–1, higher is better; comparable within one answer only. */
  score: number;
}

const KIND_WEIGHT: Readonly<Record<SearchKind, number>> = {
  municipality: 8,
  postcode: 7,
  district: 6,
  office: 5,
  postalPlace: 4,
  stationDistrict: 3,
  operatingUnit: 2,
  specialAgency: 2,
};

// Match ranks per query word; FULL is for the whole query equal to a whole key.
const FULL = 0;
const EXACT = 1;
const PREFIX = 2;
const FUZZY = 3;
const NONE = 9;

const isDigits = (s: string) => s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57;

/** How many edits a query word may be from a name word and still match. */
export function maxEditsFor(word: string): number {
  if (isDigits(word)) return 0;
  return word.length <= 3 ? 0 : word.length <= 7 ? 1 : 2;
}

interface Candidate {
  doc: number;
  rank: number;
  edits: number;
  coverage: number;
}

export class SearchIndex {
  private constructor(
    private readonly items: readonly IndexableDocument[],
    /** Distinct folded words over all keys. */
    private readonly words: readonly string[],
    /** For each word, the documents having it (ascending). */
    private readonly postings: readonly Int32Array[],
    /** Per document: its keys written together (folded words joined). */
    private readonly compactKeys: readonly (readonly string[])[],
    /** Per document: how many distinct words its keys have. */
    private readonly wordCounts: Int32Array,
    private readonly byKindAndId: ReadonlyMap<string, number>,
  ) {}

  static build(items: readonly IndexableDocument[]): SearchIndex {
    const wordIds = new Map<string, number>();
    const lists: number[][] = [];
    const compactKeys: string[][] = [];
    const wordCounts = new Int32Array(items.length);
    const byKindAndId = new Map<string, number>();
    items.forEach((item, d) => {
      byKindAndId.set(`${item.document.kind}:${item.document.id}`, d);
      const own = new Set<string>();
      const compact: string[] = [];
      for (const key of item.keys) {
        const tokens = foldedTokens(key);
        if (tokens.length === 0) continue;
        compact.push(tokens.join(''));
        for (const t of tokens) own.add(t);
      }
      for (const t of own) {
        let id = wordIds.get(t);
        if (id === undefined) {
          id = lists.length;
          wordIds.set(t, id);
          lists.push([]);
        }
        lists[id]!.push(d);
      }
      compactKeys.push(compact);
      wordCounts[d] = own.size;
    });
    return new SearchIndex(items, [...wordIds.keys()], lists.map((l) => Int32Array.from(l)), compactKeys, wordCounts, byKindAndId);
  }

  get size(): number {
    return this.items.length;
  }

  /** The best `limit` matches for `query`, best first (empty when the query has no letters or digits). */
  search(query: string, limit: number): SearchMatch[] {
    const queryWords = [...new Set(foldedTokens(query))];
    if (queryWords.length === 0 || limit <= 0) return [];
    const candidates = this.matchWords(queryWords);
    this.matchCompact(queryWords.join(''), candidates);

    const ranked = [...candidates.values()].sort((a, b) => this.compare(a, b));
    const out: SearchMatch[] = [];
    const seen = new Set<number>();
    let postcodesExpanded = 0;
    for (const c of ranked) {
      if (out.length >= limit) break;
      if (seen.has(c.doc)) continue;
      seen.add(c.doc);
      const document = this.items[c.doc]!.document;
      out.push({ document, match: c.rank <= EXACT ? 'exact' : c.rank === PREFIX ? 'prefix' : 'fuzzy', score: scoreOf(c) });
      if (document.kind === 'postcode' && c.rank <= EXACT && postcodesExpanded < 3 && document.resolves.municipalityNumber) {
        postcodesExpanded++;
        const m = this.byKindAndId.get(`municipality:${document.resolves.municipalityNumber}`);
        if (m !== undefined && !seen.has(m) && out.length < limit) {
          seen.add(m);
          out.push({ document: this.items[m]!.document, match: 'related', score: scoreOf(c) });
        }
      }
    }
    return out;
  }

  /** Documents every query word matches, with the worst word's rank and the total edits. */
  private matchWords(queryWords: readonly string[]): Map<number, Candidate> {
    let result: Map<number, Candidate> | null = null;
    for (const q of queryWords) {
      const maxEdits = maxEditsFor(q);
      const digits = isDigits(q);
      const best = new Map<number, { rank: number; edits: number }>();
      for (let w = 0; w < this.words.length; w++) {
        const word = this.words[w]!;
        if (isDigits(word) !== digits) continue;
        let rank = NONE;
        let edits = 0;
        if (word === q) rank = EXACT;
        else if (word.startsWith(q)) rank = PREFIX;
        else if (maxEdits > 0) {
          edits = boundedEditDistance(q, word, maxEdits);
          if (edits <= maxEdits) rank = FUZZY;
        }
        if (rank === NONE) continue;
        for (const d of this.postings[w]!) {
          const prev = best.get(d);
          if (!prev || rank < prev.rank || (rank === prev.rank && edits < prev.edits)) best.set(d, { rank, edits });
        }
      }
      const next = new Map<number, Candidate>();
      if (result === null) {
        for (const [doc, m] of best) next.set(doc, { doc, rank: m.rank, edits: m.edits, coverage: 0 });
      } else {
        for (const [doc, c] of result) {
          const m = best.get(doc);
          if (m) next.set(doc, { doc, rank: Math.max(c.rank, m.rank), edits: c.edits + m.edits, coverage: 0 });
        }
      }
      result = next;
      if (result.size === 0) break;
    }
    const out = result ?? new Map<number, Candidate>();
    for (const c of out.values()) c.coverage = Math.min(1, queryWords.length / Math.max(1, this.wordCounts[c.doc]!));
    return out;
  }

  /** Whole-key comparison with the query written together: equal is FULL, a start is PREFIX. */
  private matchCompact(compactQuery: string, candidates: Map<number, Candidate>): void {
    if (compactQuery.length < 2) return;
    for (let d = 0; d < this.compactKeys.length; d++) {
      let rank = NONE;
      for (const key of this.compactKeys[d]!) {
        if (key === compactQuery) {
          rank = FULL;
          break;
        }
        if (rank > PREFIX && key.startsWith(compactQuery)) rank = PREFIX;
      }
      if (rank === NONE) continue;
      const c = candidates.get(d);
      if (!c) candidates.set(d, { doc: d, rank, edits: 0, coverage: rank === FULL ? 1 : compactQuery.length / Math.max(...this.compactKeys[d]!.map((k) => k.length)) });
      else if (rank < c.rank) {
        c.rank = rank;
        c.edits = 0;
        if (rank === FULL) c.coverage = 1;
      }
    }
  }

  private compare(a: Candidate, b: Candidate): number {
    const x = this.items[a.doc]!;
    const y = this.items[b.doc]!;
    return (
      a.rank - b.rank ||
      a.edits - b.edits ||
      KIND_WEIGHT[y.document.kind] - KIND_WEIGHT[x.document.kind] ||
      b.coverage - a.coverage ||
      y.prominence - x.prominence ||
      x.document.name.localeCompare(y.document.name, 'nb') ||
      (x.document.id < y.document.id ? -1 : x.document.id > y.document.id ? 1 : 0)
    );
  }
}

/** The match's quality alone (class and edits), so scores never rise down the ranked list. */
function scoreOf(c: Candidate): number {
  return c.rank === FULL ? 1 : c.rank === EXACT ? 0.9 : c.rank === PREFIX ? 0.75 : Math.round((0.6 - 0.1 * c.edits) * 1000) / 1000;
}
