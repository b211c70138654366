import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import L from 'leaflet';
import { AREA_BORDER } from './palette.js';

export interface AreaLayerOptions {
  /** The fill of each feature. */
  fill: (feature: GeoJSON.Feature<Polygon | MultiPolygon, Record<string, unknown>>, index: number) => string;
  /** Hover text (and the layer's title), e.g. the area's name. */
  label?: (feature: GeoJSON.Feature<Polygon | MultiPolygon, Record<string, unknown>>) => string | null;
  fillOpacity?: number;
  weight?: number;
  interactive?: boolean;
}

/** A GeoJSON layer of areas with fills, thin dark borders and a name on hover. */
export function areaLayer(
  collection: FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>,
  { fill, label, fillOpacity = 0.85, weight = 1, interactive = true }: AreaLayerOptions,
): L.GeoJSON {
  const index = new Map(collection.features.map((f, i) => [f, i]));
  return L.geoJSON(collection, {
    interactive,
    style: (feature) => {
      // Leaflet hands back the features of `collection`, which are all areas.
      const area = feature as GeoJSON.Feature<Polygon | MultiPolygon, Record<string, unknown>>;
      return { color: AREA_BORDER, weight, fillColor: fill(area, index.get(area) ?? 0), fillOpacity, opacity: 0.9 };
    },
    onEachFeature: (feature, layer) => {
      // As above: every feature of this layer is an area of `collection`.
      const text = label?.(feature as GeoJSON.Feature<Polygon | MultiPolygon, Record<string, unknown>>);
      if (text) layer.bindTooltip(text, { sticky: true, direction: 'top' });
      // Leaflet listens for focus on a shape with a tooltip, and Chromium makes an SVG element with
      // focus listeners a tab stop: a dozen unnamed stops that do nothing on Enter. The shapes'
      // content is in the table beside every map, so they stay out of the tab order.
      layer.on('add', () => (layer as L.Path).getElement()?.setAttribute('tabindex', '-1'));
    },
  });
}
