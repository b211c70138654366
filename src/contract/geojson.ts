import Type from 'typebox';

/**
 * GeoJSON (RFC 7946) as the API serves it: [lon, lat] positions, exterior rings counter-clockwise.
 * Routes send these as ready-made text (cached per date), so the static type is `string` while the
 * schema documents what the text holds.
 */

const Geometry = Type.Object(
  {
    type: Type.Union([Type.Literal('Point'), Type.Literal('Polygon'), Type.Literal('MultiPolygon')]),
    coordinates: Type.Array(Type.Unknown(), { description: '[lon, lat] positions (RFC 7946)' }),
  },
  { additionalProperties: false },
);

const GeoJsonFeature = Type.Object(
  {
    type: Type.Literal('Feature'),
    id: Type.Union([Type.String(), Type.Number()]),
    geometry: Type.Union([Geometry, Type.Null()], { description: 'null for a unit that has no municipalities on the date' }),
    properties: Type.Record(Type.String(), Type.Unknown()),
  },
  { $id: 'GeoJsonFeature', additionalProperties: false },
);

const GeoJsonFeatureCollection = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    features: Type.Array(Type.Ref('GeoJsonFeature')),
  },
  { $id: 'GeoJsonFeatureCollection', additionalProperties: true },
);

export const GEOJSON_SCHEMAS = [GeoJsonFeature, GeoJsonFeatureCollection];

export const GEOJSON_CONTENT_TYPE = 'application/geo+json';

/** A 200 response of serialised GeoJSON, documented with `schema` under application/geo+json. */
export function geoJsonResponse(schemaId: 'GeoJsonFeature' | 'GeoJsonFeatureCollection', description: string) {
  return { description, content: { [GEOJSON_CONTENT_TYPE]: { schema: Type.Unsafe<string>(Type.Ref(schemaId)) } } };
}
