import L from 'leaflet';
import { POINT_PANE } from './create-map.js';
import { useEffect, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { districtsGeoRequest, type Office } from '../api/endpoints.js';
import { stringProperty } from '../api/geojson.js';
import { useApi, type ApiRequest } from '../api/use-api.js';
import { useStructureDate, withDate } from '../date/use-structure-date.js';
import { officePath } from '../routes.js';
import { areaLayer } from './area-layer.js';
import { MapFigure } from './map-figure.js';
import { OfficeMarkerLegend, officeMarker } from './office-marker.js';
import { AREA_HIGHLIGHT, LAND_FILL, MARKER_COLOURS } from './palette.js';
import { useLeafletMap } from './use-leaflet-map.js';

type MarkedOffice = Pick<Office, 'id' | 'name' | 'kind' | 'position'>;

export interface PlaceMapProps {
  label: string;
  caption: ReactNode;
  /** The place itself, drawn as a ringed dot (an office's position). */
  focus?: MarkedOffice | null;
  /** Other offices to mark (nearest offices, serving offices). */
  offices?: readonly MarkedOffice[];
  /** An area to outline (the municipality). */
  areaRequest?: ApiRequest<FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>> | null;
}

/** A small map around one place: its area, its point and the offices near it. */
export function PlaceMap({ label, caption, focus = null, offices = [], areaRequest = null }: PlaceMapProps) {
  const { date, urlDate } = useStructureDate();
  const navigate = useNavigate();
  const land = useApi(districtsGeoRequest(date));
  const area = useApi(areaRequest);
  const { containerRef, map } = useLeafletMap();
  const landData = land?.status === 'ok' ? land.data : null;
  const areaData = area?.status === 'ok' ? area.data : null;

  // The land: the districts on the date, quietly, so the points have a coastline and borders around them.
  useEffect(() => {
    if (!map || !landData) return undefined;
    const layer = areaLayer(landData, { fill: () => LAND_FILL, fillOpacity: 1, weight: 0.8, label: (f) => stringProperty(f, 'name') }).addTo(map);
    layer.bringToBack();
    return () => void layer.remove();
  }, [map, landData]);

  useEffect(() => {
    if (!map) return undefined;
    const layers: L.Layer[] = [];
    const bounds = L.latLngBounds([]);
    if (areaData) {
      const layer = areaLayer(areaData, { fill: () => AREA_HIGHLIGHT, fillOpacity: 0.9, weight: 2, interactive: false });
      layers.push(layer);
      bounds.extend(layer.getBounds());
    }
    for (const o of offices) {
      layers.push(officeMarker(o, () => void navigate(withDate(officePath(o.id), urlDate))));
      bounds.extend([o.position.lat, o.position.lon]);
    }
    if (focus) {
      const ring = L.circleMarker([focus.position.lat, focus.position.lon], {
        pane: POINT_PANE,
      radius: 11,
        color: MARKER_COLOURS.selected,
        weight: 3,
        fill: false,
        interactive: false,
      });
      layers.push(officeMarker(focus), ring);
      bounds.extend([focus.position.lat, focus.position.lon]);
    }
    const group = L.layerGroup(layers).addTo(map);
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.15), { maxZoom: 10 });
    return () => void group.remove();
  }, [map, areaData, offices, focus, navigate, urlDate]);

  const busy = land?.status !== 'ok' || (areaRequest !== null && area?.status !== 'ok');
  return <MapFigure label={label} containerRef={containerRef} busy={busy} size="small" legend={<OfficeMarkerLegend />} caption={caption} />;
}
