import type Type from 'typebox';
import { err, ok, type Result } from '../../shared/result.js';
import type { LocatedMunicipality, NotLocated } from '../../geo/locate-index.js';
import type { DatedDirectory } from '../directory/directory.js';
import { entityOr404 } from './lookup.js';
import type { Located } from '../../contract/places.js';
import { districtRef, nearestOpenOffices, stationDistrictRef } from './directory.js';

/**
 * "Find my police" for a point already placed in a municipality: the municipality's district and
 * station district(s) on the date, and the nearest offices open that day. A municipality divided
 * between station districts (Oslo, Bergen …) has no boundaries between them in the register, so
 * then `stationDistrict` is null and `stationDistricts` lists them all.
 */
function locatedView(dir: DatedDirectory, lat: number, lon: number, located: LocatedMunicipality, offices: number): Type.Static<typeof Located> {
  const s = dir.snapshot;
  const m = entityOr404(dir, 'municipality', located.number);
  const stationDistricts = m.stationDistrictIds.flatMap((id) => {
    const sd = s.stationDistricts.get(id);
    return sd ? [stationDistrictRef(sd)] : [];
  });
  return {
    at: dir.at,
    lat,
    lon,
    municipality: { number: m.id, name: m.name },
    district: districtRef(s, m.districtId),
    stationDistrict: stationDistricts.length === 1 ? stationDistricts[0]! : null,
    stationDistricts,
    nearestOffices: nearestOpenOffices(dir, lat, lon, offices),
    snapped: located.snapped,
    snapDistanceKm: located.snapped ? Math.round(located.distanceKm * 1000) / 1000 : 0,
  };
}

/** The whole "find my police" answer for a point, or why there is none (outside Norway's municipalities). */
export function locatePoint(dir: DatedDirectory, lat: number, lon: number, offices: number): Result<Type.Static<typeof Located>, NotLocated> {
  const found = dir.geo.locateIndex().locate(lat, lon);
  return found.ok ? ok(locatedView(dir, lat, lon, found.value, offices)) : err(found.error);
}
