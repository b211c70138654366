import Type from 'typebox';
import { Position } from '../domain/entities.js';

/** What a search can find. */
const SEARCH_KINDS = [
  'municipality',
  'postcode',
  'postalPlace',
  'district',
  'office',
  'stationDistrict',
  'operatingUnit',
  'specialAgency',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Where a hit leads: the district, municipality and point it stands for (null where it has none). */
const SearchResolves = Type.Object(
  {
    districtId: Type.Union([Type.String(), Type.Null()]),
    municipalityNumber: Type.Union([Type.String(), Type.Null()]),
    point: Type.Union([Position, Type.Null()]),
  },
  { additionalProperties: false },
);

/** One searchable thing as the index holds it and a hit shows it. */
export const SearchDocument = Type.Object(
  {
    kind: Type.Enum(SEARCH_KINDS),
    id: Type.String({ description: 'The id in its kind: entity id, municipality number, postcode, or <place>-<municipality> for postal places' }),
    name: Type.String(),
    description: Type.String({ description: 'A short Norwegian description' }),
    resolves: SearchResolves,
    /** The API resource the hit is about (for postcodes and postal places: their municipality). */
    href: Type.String(),
  },
  { additionalProperties: false },
);
export type SearchDocument = Type.Static<typeof SearchDocument>;

/** How a hit matched the query: see src/search/search-index.ts for the ranking. */
export const MATCH_CLASSES = ['exact', 'prefix', 'fuzzy', 'related'] as const;
export type MatchClass = (typeof MATCH_CLASSES)[number];
