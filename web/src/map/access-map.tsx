import { useEffect, useMemo } from 'react';
import { accessMunicipalitiesGeoRequest, type AccessArea, type AccessOptions } from '../api/access-endpoints.js';
import { useApi } from '../api/use-api.js';
import { ErrorMessage } from '../components/error-message.js';
import { Loading } from '../components/loading.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { formatMinutes, formatShare } from '../format/access-numbers.js';
import { areaLayer } from './area-layer.js';
import { MapFigure } from './map-figure.js';
import { classOf, NO_POPULATION_FILL, NO_POPULATION_LABEL, travelTimeClasses } from './travel-time-classes.js';
import { useLeafletMap } from './use-leaflet-map.js';

export interface AccessMapProps {
  date: string;
  options: AccessOptions;
  /** Where the municipality table with the same figures is (an id on the page). */
  tableId: string;
}

function hoverText({ properties: p }: AccessArea, threshold: number): string {
  if (p.meanMinutes === null) return `${p.name}: ingen innbyggere`;
  return `${p.name}: ${formatMinutes(p.meanMinutes)} i snitt, ${formatShare(p.share)} innen ${threshold} min`;
}

/** Municipalities coloured by their inhabitants' mean estimated travel time to the nearest office. */
export function AccessMap({ date, options, tableId }: AccessMapProps) {
  const geo = useApi(accessMunicipalitiesGeoRequest(date, options));
  const { containerRef, map } = useLeafletMap();
  const areas = geo?.status === 'ok' ? geo.data : null;
  const classes = useMemo(() => travelTimeClasses(options.thresholdMinutes), [options.thresholdMinutes]);

  useEffect(() => {
    if (!map || !areas) return undefined;
    const byFeature = new Map(areas.map((a) => [a.feature, a]));
    const layer = areaLayer(
      { type: 'FeatureCollection', features: areas.map((a) => a.feature) },
      {
        fill: (f) => classOf(classes, byFeature.get(f)?.properties.meanMinutes ?? null)?.fill ?? NO_POPULATION_FILL,
        label: (f) => {
          const area = byFeature.get(f);
          return area ? hoverText(area, options.thresholdMinutes) : null;
        },
        weight: 0.5,
        fillOpacity: 0.9,
      },
    ).addTo(map);
    const bounds = layer.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
    return () => void layer.remove();
  }, [map, areas, classes, options.thresholdMinutes]);

  return (
    <div className="np-stack-sm">
      {geo?.status === 'loading' && <Loading label="Laster kartet …" />}
      {geo?.status === 'error' && <ErrorMessage error={geo.error} retry={geo.retry} />}
      <MapFigure
        label={`Kart over beregnet reisetid til nærmeste tjenestested per kommune, ${formatLongDate(date)}`}
        containerRef={containerRef}
        busy={geo?.status !== 'ok'}
        size="tall"
        legend={
          <ul className="np-legend" aria-label="Tegnforklaring: gjennomsnittlig beregnet reisetid for innbyggerne i kommunen">
            {classes.map((c) => (
              <li key={c.label}>
                <span className="np-swatch" style={{ background: c.fill }} aria-hidden="true" />
                {c.label}
                {c.toMinutes === options.thresholdMinutes ? ' (terskelen)' : ''}
              </li>
            ))}
            <li>
              <span className="np-swatch" style={{ background: NO_POPULATION_FILL }} aria-hidden="true" />
              {NO_POPULATION_LABEL}
            </li>
          </ul>
        }
        caption={
          <>
            Kartgrunnlag: © Kartverket. Fargen viser innbyggernes gjennomsnittlige beregnede reisetid. Samme tall finnes i{' '}
            <a href={`#${tableId}`}>tabellen over kommunene</a>.
          </>
        }
      />
    </div>
  );
}
