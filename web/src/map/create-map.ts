import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

/** A pane above the areas for points (offices, the picked place), whatever order layers arrive in. */
export const POINT_PANE = 'np-points';

/** Norway's mainland and Svalbard-less extent, for the first view before any data has loaded. */
const NORWAY_BOUNDS = L.latLngBounds([57.8, 4.4], [71.3, 31.3]);

export interface CreateMapOptions {
  /** Whether the map may be panned and zoomed (small overview maps stay still). @default true */
  interactive?: boolean;
}

/**
 * A Leaflet map with no tile layer: nothing is fetched from outside (no third party learns who looks
 * at what), and the polygons we draw are the map. Controls are in Norwegian; the attribution names
 * the boundary data's source as its licence requires.
 */
export function createMap(container: HTMLElement, { interactive = true }: CreateMapOptions = {}): L.Map {
  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    zoomSnap: 0.25,
    minZoom: 3,
    maxZoom: 14,
    dragging: interactive,
    scrollWheelZoom: false,
    doubleClickZoom: interactive,
    touchZoom: interactive,
    boxZoom: interactive,
    keyboard: interactive,
    // SVG paths can be styled and hit-tested precisely; the layers are small.
    preferCanvas: false,
    // No zoom or fade animations: a map removed while one runs (a date quick pick or Back re-renders
    // the page mid-fitBounds) gets its transition-end callback after removal and throws
    // "Cannot read properties of undefined (reading '_leaflet_pos')". The maps jump instead of glide.
    zoomAnimation: false,
    fadeAnimation: false,
    markerZoomAnimation: false,
  });
  map.createPane(POINT_PANE).style.zIndex = '450';
  if (interactive) L.control.zoom({ zoomInTitle: 'Zoom inn', zoomOutTitle: 'Zoom ut', position: 'topright' }).addTo(map);
  L.control.attribution({ prefix: false }).addAttribution('Kartgrunnlag: © Kartverket (CC BY 4.0)').addTo(map);
  map.fitBounds(NORWAY_BOUNDS);
  return map;
}
