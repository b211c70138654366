import type { SearchHit } from '../../api/endpoints.js';

const PLACE_KINDS: readonly SearchHit['kind'][] = ['postcode', 'postalPlace', 'municipality', 'office'];

const folded = (s: string) => s.toLocaleLowerCase('nb').trim();

/**
 * The hits that stand for a place with a point, best first, one per place. A place name is
 * measured from the place's own point: where the search ranks a municipality first and a postal
 * place of the same name is among the hits ("Lom"), the postal place comes first, since the
 * municipality's point is only a point inside it (Lom's lies 12 km from the village).
 */
export function placeHits(hits: readonly SearchHit[]): SearchHit[] {
  const places = hits.filter((h) => h.resolves.point !== null && PLACE_KINDS.includes(h.kind));
  const best = places[0];
  if (!best || best.kind !== 'municipality') return places;
  const own = places.find((h) => h.kind === 'postalPlace' && folded(h.name) === folded(best.name));
  return own ? [own, ...places.filter((h) => h !== own)] : places;
}
