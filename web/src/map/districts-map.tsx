import L from 'leaflet';
import { POINT_PANE } from './create-map.js';
import { useEffect, useMemo } from 'react';
import { districtsGeoRequest } from '../api/endpoints.js';
import { stringProperty, type AreaFeature } from '../api/geojson.js';
import { useApi } from '../api/use-api.js';
import { ErrorMessage } from '../components/error-message.js';
import { Loading } from '../components/loading.js';
import { SiteLink } from '../components/site-link.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { districtPath } from '../routes.js';
import { adjacentColourIndexes } from './adjacent-colours.js';
import { areaLayer } from './area-layer.js';
import { MapFigure } from './map-figure.js';
import { AREA_FILLS, MARKER_COLOURS } from './palette.js';
import { useLeafletMap } from './use-leaflet-map.js';

export interface DistrictsMapProps {
  date: string;
  /** Called with the point clicked (for "Finn ditt politi"). */
  onPick?: (lat: number, lon: number) => void;
  /** The point being answered for, marked on the map. */
  picked?: { lat: number; lon: number } | null;
  /** The office the answer points to, marked on the map with its name. */
  office?: { id: string; name: string; position: { lat: number; lon: number } } | null;
  /** Where the equivalent table is (an id on the page). */
  tableId: string;
}

const districtId = (f: AreaFeature) => stringProperty(f, 'id');
const districtName = (f: AreaFeature) => stringProperty(f, 'name') ?? districtId(f) ?? '';

/** A district's fill, from the colour index each district was given (neighbours differ). */
const fillOf = (colours: readonly number[], i: number) => AREA_FILLS[(colours[i] ?? i) % AREA_FILLS.length] ?? AREA_FILLS[0];

/** Norway coloured by police district on the date, with a legend; a click asks who polices that point. */
export function DistrictsMap({ date, onPick, picked, office, tableId }: DistrictsMapProps) {
  const geo = useApi(districtsGeoRequest(date));
  const { containerRef, map } = useLeafletMap();
  const features = geo?.status === 'ok' ? geo.data.features : null;
  const colours = useMemo(() => (features ? adjacentColourIndexes(features, AREA_FILLS.length) : []), [features]);
  useEffect(() => {
    if (!map || !features) return undefined;
    const layer = areaLayer({ type: 'FeatureCollection', features }, { fill: (_, i) => fillOf(colours, i), label: districtName }).addTo(map);
    const bounds = layer.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
    return () => void layer.remove();
  }, [map, features, colours]);

  useEffect(() => {
    if (!map || !onPick) return undefined;
    const handler = (e: L.LeafletMouseEvent) => onPick(e.latlng.lat, e.latlng.lng);
    map.on('click', handler);
    return () => void map.off('click', handler);
  }, [map, onPick]);

  useEffect(() => {
    if (!map || !picked) return undefined;
    const marker = L.circleMarker([picked.lat, picked.lon], {
      pane: POINT_PANE,
      radius: 8,
      color: '#ffffff',
      weight: 3,
      fillColor: MARKER_COLOURS.selected,
      fillOpacity: 1,
      interactive: false,
    }).addTo(map);
    return () => void marker.remove();
  }, [map, picked]);

  const officeLat = office?.position.lat;
  const officeLon = office?.position.lon;
  const officeName = office?.name;
  useEffect(() => {
    if (!map || officeLat === undefined || officeLon === undefined || !officeName) return undefined;
    // A pin-like ring with the office's name always shown: the answer's office must be seen, not hovered for.
    const marker = L.circleMarker([officeLat, officeLon], {
      pane: POINT_PANE,
      radius: 9,
      color: MARKER_COLOURS.selected,
      weight: 4,
      fillColor: '#ffffff',
      fillOpacity: 1,
      interactive: false,
      className: 'np-answer-office',
    }).addTo(map);
    marker.bindTooltip(officeName, { permanent: true, direction: 'right', className: 'np-answer-office-label' }).openTooltip();
    if (picked) map.fitBounds(L.latLngBounds([[picked.lat, picked.lon], [officeLat, officeLon]]).pad(0.6), { maxZoom: 10, animate: false });
    return () => void marker.remove();
  }, [map, officeLat, officeLon, officeName, picked]);

  const label = `Kart over politidistriktene per ${formatLongDate(date)}${officeName ? `, med ${officeName} markert` : ''}`;
  return (
    <div className="np-stack-sm">
      {geo?.status === 'loading' && <Loading label="Laster kartet …" />}
      {geo?.status === 'error' && <ErrorMessage error={geo.error} retry={geo.retry} />}
      <MapFigure
        label={label}
        containerRef={containerRef}
        busy={geo?.status !== 'ok'}
        size="tall"
        legend={
          features && (
            <ul className="np-legend" aria-label="Tegnforklaring">
              {features.map((f, i) => {
                const id = districtId(f);
                return (
                  <li key={id ?? i}>
                    <span className="np-swatch" style={{ background: fillOf(colours, i) }} aria-hidden="true" />
                    {id ? <SiteLink to={districtPath(id)}>{districtName(f)}</SiteLink> : districtName(f)}
                  </li>
                );
              })}
            </ul>
          )
        }
        caption={
          <>
            Kartgrunnlag: © Kartverket. Klikk i kartet for å se hvem som er politiet der. Samme innhold finnes i{' '}
            <a href={`#${tableId}`}>tabellen over politidistriktene</a>.
          </>
        }
      />
    </div>
  );
}
