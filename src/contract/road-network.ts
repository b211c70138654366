import Type from 'typebox';

/**
 * The road networks behind the road travel model, for the app's credits: the one routed on and
 * every one imported. Road answers must credit their data (OpenStreetMap: "© OpenStreetMap
 * contributors", ODbL), so the web app shows `terms` wherever it shows road results.
 */
const NetworkCredit = Type.Object({ version: Type.String(), source: Type.String(), terms: Type.String() }, { additionalProperties: false });

export const RoadNetworkCreditsSchema = Type.Object(
  {
    current: Type.Union([NetworkCredit, Type.Null()], { description: 'The network the road model routes on; null when there is none (the estimated model is then the default)' }),
    imported: Type.Array(
      Type.Object(
        {
          version: Type.String(),
          source: Type.String(),
          terms: Type.String(),
          format: Type.String({ description: 'csv, geojson:osm or geojson:nvdb-ruteplan' }),
          importedAt: Type.String(),
          counts: Type.Record(Type.String(), Type.Number()),
        },
        { additionalProperties: false },
      ),
      { description: 'Networks imported with `naerpoliti network import`, newest first' },
    ),
  },
  { additionalProperties: false },
);
export type RoadNetworkCredits = Type.Static<typeof RoadNetworkCreditsSchema>;
