import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { municipalitiesGeoRequest, type Municipality, type Office } from '../api/endpoints.js';
import { stringProperty } from '../api/geojson.js';
import { useApi } from '../api/use-api.js';
import { ErrorMessage } from '../components/error-message.js';
import { Loading } from '../components/loading.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { useStructureDate, withDate } from '../date/use-structure-date.js';
import { officePath } from '../routes.js';
import { groupColourIndexes } from './adjacent-colours.js';
import { areaLayer } from './area-layer.js';
import { MapFigure } from './map-figure.js';
import { OfficeMarkerLegend, officeMarker } from './office-marker.js';
import { AREA_FILLS } from './palette.js';
import { useLeafletMap } from './use-leaflet-map.js';

export interface DistrictMapProps {
  districtId: string;
  districtName: string;
  municipalities: readonly Municipality[];
  offices: readonly Office[];
  /** Ids on the page of the equivalent tables. */
  municipalityTableId: string;
  officeTableId: string;
}

const NO_STATION_DISTRICT = '';

/**
 * One district: its municipalities coloured by station district (neighbouring station districts in
 * different colours) and its offices as markers. A marker opens the office's page.
 */
/** The fill of a station district's group, from the colour index each group was given. */
const groupFill = (colours: readonly number[], group: number) => AREA_FILLS[(colours[group] ?? 0) % AREA_FILLS.length] ?? AREA_FILLS[0];

export function DistrictMap({ districtId, districtName, municipalities, offices, municipalityTableId, officeTableId }: DistrictMapProps) {
  const { date, urlDate } = useStructureDate();
  const navigate = useNavigate();
  const geo = useApi(municipalitiesGeoRequest(date));
  const { containerRef, map } = useLeafletMap();
  const all = geo?.status === 'ok' ? geo.data.features : null;
  const features = useMemo(() => all?.filter((f) => stringProperty(f, 'districtId') === districtId) ?? null, [all, districtId]);

  const stationOf = useMemo(
    () => new Map(municipalities.map((m) => [m.number, m.stationDistricts.map((s) => s.name).join(' / ') || NO_STATION_DISTRICT])),
    [municipalities],
  );
  const { groupOf, colours, groupNames } = useMemo(() => {
    if (!features) return { groupOf: [] as number[], colours: [] as number[], groupNames: [] as string[] };
    const keys = new Map<string, number>();
    const groupOf = features.map((f) => {
      const key = stationOf.get(stringProperty(f, 'number') ?? stringProperty(f, 'id') ?? '') ?? NO_STATION_DISTRICT;
      if (!keys.has(key)) keys.set(key, keys.size);
      return keys.get(key) as number;
    });
    return { groupOf, colours: groupColourIndexes(features, groupOf, AREA_FILLS.length), groupNames: [...keys.keys()] };
  }, [features, stationOf]);
  useEffect(() => {
    if (!map || !features) return undefined;
    const layer = areaLayer(
      { type: 'FeatureCollection', features },
      {
        fill: (_, i) => groupFill(colours, groupOf[i] ?? 0),
        label: (f) => {
          const number = stringProperty(f, 'number') ?? stringProperty(f, 'id') ?? '';
          const station = stationOf.get(number);
          return `${stringProperty(f, 'name') ?? number}${station ? ` – ${station}` : ''}`;
        },
        weight: 0.8,
      },
    ).addTo(map);
    const bounds = layer.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [10, 10] });
    return () => void layer.remove();
  }, [map, features, colours, groupOf, stationOf]);

  useEffect(() => {
    if (!map) return undefined;
    const group = L.layerGroup(
      offices.map((o) =>
        officeMarker(o, () => void navigate(withDate(officePath(o.id), urlDate))),
      ),
    ).addTo(map);
    return () => void group.remove();
  }, [map, offices, navigate, urlDate]);

  return (
    <div className="np-stack-sm">
      {geo?.status === 'loading' && <Loading label="Laster kartet …" />}
      {geo?.status === 'error' && <ErrorMessage error={geo.error} retry={geo.retry} />}
      <MapFigure
        label={`Kart over ${districtName} per ${formatLongDate(date)}: kommuner farget etter tjenesteenhet, og tjenestestedene`}
        containerRef={containerRef}
        busy={geo?.status !== 'ok'}
        legend={
          <>
            {groupNames.length > 0 && (
              <ul className="np-legend" aria-label="Tegnforklaring for tjenesteenhetene">
                {groupNames
                  .map((name, group) => ({ name, group }))
                  .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
                  .map(({ name, group }) => (
                    <li key={name || 'ingen'}>
                      <span className="np-swatch" style={{ background: groupFill(colours, group) }} aria-hidden="true" />
                      {name || 'Uten tjenesteenhet'}
                    </li>
                  ))}
              </ul>
            )}
            <OfficeMarkerLegend />
          </>
        }
        caption={
          <>
            Kommunene har farge etter tjenesteenheten (politistasjons- eller lensmannsdistriktet) de hører til. Samme innhold
            finnes i <a href={`#${municipalityTableId}`}>tabellen over kommunene</a> og{' '}
            <a href={`#${officeTableId}`}>tabellen over tjenestestedene</a>.
          </>
        }
      />
    </div>
  );
}
