import L from 'leaflet';
import { POINT_PANE } from './create-map.js';
import { useEffect, useMemo } from 'react';
import { districtsGeoRequest, officesGeoRequest } from '../api/endpoints.js';
import { stringProperty, type PointFeature } from '../api/geojson.js';
import { useApi } from '../api/use-api.js';
import { ErrorMessage } from '../components/error-message.js';
import { Loading } from '../components/loading.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { areaLayer } from './area-layer.js';
import { MapFigure } from './map-figure.js';
import { LAND_FILL, MARKER_COLOURS } from './palette.js';
import { useLeafletMap } from './use-leaflet-map.js';

export interface DiffMapProps {
  from: string;
  to: string;
  /** Ids of offices that ended and began between the dates (from the diff). */
  closedIds: ReadonlySet<string>;
  openedIds: ReadonlySet<string>;
  /** Where the lists with the same content are. */
  listsId: string;
}

const officeId = (f: PointFeature) => stringProperty(f, 'id');

/**
 * Before and after: the districts on the later date as a quiet background, offices that closed
 * between the dates (at their old position) and offices that opened.
 */
export function DiffMap({ from, to, closedIds, openedIds, listsId }: DiffMapProps) {
  const districts = useApi(districtsGeoRequest(to));
  const before = useApi(officesGeoRequest(from));
  const after = useApi(officesGeoRequest(to));
  const { containerRef, map } = useLeafletMap();
  const districtData = districts?.status === 'ok' ? districts.data : null;

  const points = useMemo(() => {
    if (before?.status !== 'ok' || after?.status !== 'ok') return null;
    const closed = before.data.features.filter((f) => closedIds.has(officeId(f) ?? ''));
    const opened = after.data.features.filter((f) => openedIds.has(officeId(f) ?? ''));
    const kept = after.data.features.filter((f) => !openedIds.has(officeId(f) ?? ''));
    return { closed, opened, kept };
  }, [before, after, closedIds, openedIds]);

  useEffect(() => {
    if (!map || !districtData) return undefined;
    const layer = areaLayer(districtData, {
      fill: () => LAND_FILL,
      fillOpacity: 1,
      weight: 1,
      label: (f) => stringProperty(f, 'name'),
    }).addTo(map);
    const bounds = layer.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
    return () => void layer.remove();
  }, [map, districtData]);

  useEffect(() => {
    if (!map || !points) return undefined;
    const dot = (f: PointFeature, colour: string, radius: number, verb: string) => {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const marker = L.circleMarker([lat, lon], { pane: POINT_PANE, radius, color: '#ffffff', weight: 1.5, fillColor: colour, fillOpacity: 1 });
      const name = stringProperty(f, 'name');
      if (name) marker.bindTooltip(verb ? `${name} (${verb})` : name, { direction: 'top' });
      return marker;
    };
    const group = L.layerGroup([
      ...points.kept.map((f) => dot(f, '#7a7a7a', 3, '')),
      ...points.closed.map((f) => dot(f, MARKER_COLOURS.closed, 6, 'nedlagt')),
      ...points.opened.map((f) => dot(f, MARKER_COLOURS.opened, 6, 'opprettet')),
    ]).addTo(map);
    return () => void group.remove();
  }, [map, points]);

  const failed = [districts, before, after].find((r) => r?.status === 'error');
  const loading = [districts, before, after].some((r) => r?.status === 'loading');
  return (
    <div className="np-stack-sm">
      {loading && <Loading label="Laster kartet …" />}
      {failed?.status === 'error' && <ErrorMessage error={failed.error} retry={failed.retry} />}
      <MapFigure
        label={`Kart over tjenestesteder nedlagt og opprettet mellom ${formatLongDate(from)} og ${formatLongDate(to)}`}
        containerRef={containerRef}
        busy={points === null || districtData === null}
        size="tall"
        legend={
          <ul className="np-legend" aria-label="Tegnforklaring">
            <li>
              <span className="np-swatch np-swatch--dot" style={{ background: MARKER_COLOURS.closed }} aria-hidden="true" />
              Nedlagt ({closedIds.size})
            </li>
            <li>
              <span className="np-swatch np-swatch--dot" style={{ background: MARKER_COLOURS.opened }} aria-hidden="true" />
              Opprettet ({openedIds.size})
            </li>
            <li>
              <span className="np-swatch np-swatch--dot" style={{ background: '#7a7a7a' }} aria-hidden="true" />
              Uendret
            </li>
          </ul>
        }
        caption={
          <>
            Kartgrunnlag: © Kartverket. Samme innhold finnes i <a href={`#${listsId}`}>listene over endringene</a>.
          </>
        }
      />
    </div>
  );
}
