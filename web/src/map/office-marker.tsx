import L from 'leaflet';
import { POINT_PANE } from './create-map.js';
import type { Office } from '../api/endpoints.js';
import { OFFICE_KIND_LABEL } from '../format/labels.js';
import { MARKER_COLOURS } from './palette.js';

type MarkerKind = 'politistasjon' | 'lensmannskontor' | 'other';

const markerKind = (kind: Office['kind']): MarkerKind => (kind === 'politistasjon' || kind === 'lensmannskontor' ? kind : 'other');

/** A police station is a larger dot than a lensmann office; other offices are a third colour. */
const RADIUS: Record<MarkerKind, number> = { politistasjon: 7, lensmannskontor: 5, other: 5 };

/** An office as a circle marker with its name on hover; `onOpen` runs on click. */
export function officeMarker(office: Pick<Office, 'name' | 'kind' | 'position'>, onOpen?: () => void): L.CircleMarker {
  const kind = markerKind(office.kind);
  const marker = L.circleMarker([office.position.lat, office.position.lon], {
    pane: POINT_PANE,
      radius: RADIUS[kind],
    color: '#ffffff',
    weight: 2,
    fillColor: MARKER_COLOURS[kind],
    fillOpacity: 1,
  });
  marker.bindTooltip(`${office.name} (${OFFICE_KIND_LABEL[office.kind].toLowerCase()})`, { direction: 'top' });
  if (onOpen) marker.on('click', onOpen);
  return marker;
}

/** The key to the office markers. */
export function OfficeMarkerLegend() {
  const items: [MarkerKind, string][] = [
    ['politistasjon', 'Politistasjon'],
    ['lensmannskontor', 'Lensmannskontor'],
    ['other', 'Politikontor eller servicekontor'],
  ];
  return (
    <ul className="np-legend" aria-label="Tegnforklaring">
      {items.map(([kind, text]) => (
        <li key={kind}>
          <span
            className="np-swatch np-swatch--dot"
            style={{ background: MARKER_COLOURS[kind], width: `${RADIUS[kind] * 2}px`, height: `${RADIUS[kind] * 2}px` }}
            aria-hidden="true"
          />
          {text}
        </li>
      ))}
    </ul>
  );
}
