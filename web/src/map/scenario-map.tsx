import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { districtsGeoRequest } from '../api/endpoints.js';
import { stringProperty } from '../api/geojson.js';
import { useApi } from '../api/use-api.js';
import type { ScenarioOffice } from '../features/planner/scenario-offices.js';
import { OFFICE_KIND_LABEL } from '../format/labels.js';
import { areaLayer } from './area-layer.js';
import { POINT_PANE } from './create-map.js';
import { MapFigure } from './map-figure.js';
import { LAND_FILL, MARKER_COLOURS } from './palette.js';
import { useLeafletMap } from './use-leaflet-map.js';

export interface ScenarioMapProps {
  label: string;
  caption: React.ReactNode;
  baseDate: string;
  offices: readonly ScenarioOffice[];
  /** Base offices the scenario removes, drawn hollow so what is gone can still be seen. */
  removed: readonly ScenarioOffice[];
  selectedId: string | null;
  onOfficeClick: ((id: string) => void) | null;
  onMapClick: ((lat: number, lon: number) => void) | null;
}

/** Orange: apart from the kinds' blue, green and purple, and dark enough against the land. */
const ADDED_COLOUR = '#b45309';

/**
 * The scenario's offices on the base date's districts. Clicking an office selects it (the page
 * offers «Legg ned» and «Slå sammen med…»); clicking elsewhere offers «Nytt tjenestested her».
 * Everything here can also be done with the table and forms beside it.
 */
export function ScenarioMap({ label, caption, baseDate, offices, removed, selectedId, onOfficeClick, onMapClick }: ScenarioMapProps) {
  const land = useApi(districtsGeoRequest(baseDate));
  const { containerRef, map } = useLeafletMap();
  const landData = land?.status === 'ok' ? land.data : null;
  const fitted = useRef(false);
  // The handlers change every render; the layers read the latest through refs instead of being rebuilt.
  const officeClick = useRef(onOfficeClick);
  const mapClick = useRef(onMapClick);
  officeClick.current = onOfficeClick;
  mapClick.current = onMapClick;

  useEffect(() => {
    if (!map || !landData) return undefined;
    const layer = areaLayer(landData, { fill: () => LAND_FILL, fillOpacity: 1, weight: 0.8, label: (f) => stringProperty(f, 'name') }).addTo(map);
    layer.bringToBack();
    return () => void layer.remove();
  }, [map, landData]);

  useEffect(() => {
    if (!map) return undefined;
    const onClick = (e: L.LeafletMouseEvent) => mapClick.current?.(e.latlng.lat, e.latlng.lng);
    map.on('click', onClick);
    return () => void map.off('click', onClick);
  }, [map]);

  useEffect(() => {
    if (!map) return undefined;
    const layers: L.Layer[] = [];
    for (const o of removed) {
      const marker = L.circleMarker([o.position.lat, o.position.lon], { pane: POINT_PANE, radius: 5, color: MARKER_COLOURS.closed, weight: 2, fill: false, interactive: false });
      layers.push(marker);
    }
    for (const o of offices) {
      const selected = o.id === selectedId;
      const marker = L.circleMarker([o.position.lat, o.position.lon], {
        pane: POINT_PANE,
        radius: selected ? 9 : o.kind === 'politistasjon' ? 7 : 5,
        color: selected ? MARKER_COLOURS.selected : '#ffffff',
        weight: selected ? 3 : 2,
        fillColor: o.added ? ADDED_COLOUR : o.kind === 'politistasjon' ? MARKER_COLOURS.politistasjon : o.kind === 'lensmannskontor' ? MARKER_COLOURS.lensmannskontor : MARKER_COLOURS.other,
        fillOpacity: 1,
        // A click on an office is not also a click on the map («nytt tjenestested her»).
        bubblingMouseEvents: false,
      });
      marker.bindTooltip(`${o.name} (${OFFICE_KIND_LABEL[o.kind].toLowerCase()}${o.added ? ', nytt' : ''})`, { direction: 'top' });
      marker.on('click', () => officeClick.current?.(o.id));
      layers.push(marker);
    }
    const group = L.layerGroup(layers).addTo(map);
    if (!fitted.current && offices.length > 0) {
      fitted.current = true;
      map.fitBounds(L.latLngBounds(offices.map((o) => [o.position.lat, o.position.lon] as [number, number])).pad(0.05));
    }
    return () => void group.remove();
  }, [map, offices, removed, selectedId]);

  const legend = (
    <ul className="np-legend" aria-label="Tegnforklaring">
      <li>
        <span className="np-swatch np-swatch--dot" style={{ background: MARKER_COLOURS.politistasjon, width: '14px', height: '14px' }} aria-hidden="true" />
        Politistasjon
      </li>
      <li>
        <span className="np-swatch np-swatch--dot" style={{ background: MARKER_COLOURS.lensmannskontor, width: '10px', height: '10px' }} aria-hidden="true" />
        Lensmannskontor
      </li>
      <li>
        <span className="np-swatch np-swatch--dot" style={{ background: MARKER_COLOURS.other, width: '10px', height: '10px' }} aria-hidden="true" />
        Politikontor eller servicekontor
      </li>
      <li>
        <span className="np-swatch np-swatch--dot" style={{ background: ADDED_COLOUR, width: '10px', height: '10px' }} aria-hidden="true" />
        Nytt i scenarioet
      </li>
      <li>
        <span className="np-swatch np-swatch--dot" style={{ border: `2px solid ${MARKER_COLOURS.closed}`, width: '10px', height: '10px' }} aria-hidden="true" />
        Lagt ned i scenarioet
      </li>
    </ul>
  );
  return <MapFigure label={label} containerRef={containerRef} busy={land?.status !== 'ok'} size="tall" legend={legend} caption={caption} />;
}
