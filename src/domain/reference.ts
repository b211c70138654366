import Type from 'typebox';

/**
 * Reference data shipped beside the change log (data/register/): postcodes and the prioritised
 * functions of the reform. They are not dated changes, so they live outside the register; the
 * loaders in src/services parse the files against these schemas.
 */

/** Bring's categories: G street addresses, P post boxes, B both, S service postcode. */
const POSTCODE_CATEGORIES = ['G', 'P', 'B', 'S'] as const;

export const Postcode = Type.Object(
  {
    postcode: Type.String({ pattern: '^\\d{4}$' }),
    /** The postal place as Bring writes it (upper case), e.g. "MO I RANA". */
    place: Type.String({ minLength: 1 }),
    municipalityNumber: Type.String({ pattern: '^\\d{4}$' }),
    category: Type.Enum(POSTCODE_CATEGORIES),
    /** A point placed for the postcode (not a polygon centroid); null for the few without one. */
    lat: Type.Union([Type.Number({ minimum: -90, maximum: 90 }), Type.Null()]),
    lon: Type.Union([Type.Number({ minimum: -180, maximum: 180 }), Type.Null()]),
  },
  { additionalProperties: false },
);
export type Postcode = Type.Static<typeof Postcode>;

export const PrioritisedFunction = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
    order: Type.Integer({ minimum: 1 }),
    name: Type.String({ minLength: 1 }),
    description: Type.String(),
    source: Type.String(),
  },
  { additionalProperties: false },
);
export type PrioritisedFunction = Type.Static<typeof PrioritisedFunction>;
