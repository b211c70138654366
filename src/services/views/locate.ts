import type Type from 'typebox';
import { err, ok, type Result } from '../../shared/result.js';
import { greatCircleKm } from '../../shared/great-circle.js';
import type { ServiceKind } from '../../domain/entities.js';
import type { LocatedMunicipality, NotLocated } from '../../geo/locate-index.js';
import type { DatedDirectory } from '../directory/directory.js';
import { entityOr404 } from './lookup.js';
import type { Located } from '../../contract/places.js';
import { districtRef, nearestOpenOffices, stationDistrictRef } from './directory.js';

/**
 * "Find my police" for a point already placed in a municipality: the municipality's district and
 * station district(s) on the date, and the nearest offices open that day. A municipality divided
 * between station districts (Oslo, Bergen …) has no boundaries between them in the register, so
 * then `stationDistrict` is null and `stationDistricts` lists them all. The offices that serve the
 * municipality come first in the answer (`servingOffices`): the nearest office may lie across a
 * district line and is not the one responsible (Andøy has its own office; Øksnes is only nearer).
 */
function locatedView(dir: DatedDirectory, lat: number, lon: number, located: LocatedMunicipality, offices: number, service: ServiceKind | null): Type.Static<typeof Located> {
  const s = dir.snapshot;
  const m = entityOr404(dir, 'municipality', located.number);
  const stationDistricts = m.stationDistrictIds.flatMap((id) => {
    const sd = s.stationDistricts.get(id);
    return sd ? [stationDistrictRef(sd)] : [];
  });
  const serving = stationDistricts.length > 0 ? m.stationDistrictIds.flatMap((id) => s.officesByStationDistrict.get(id) ?? []) : (s.officesByMunicipality.get(m.id) ?? []);
  const servingOffices = serving
    .map((o) => ({ id: o.id, name: o.name, kind: o.kind, distanceKm: Math.round(greatCircleKm(lat, lon, o.position.lat, o.position.lon) * 100) / 100, position: { ...o.position } }))
    .sort((a, b) => a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : 1));
  return {
    at: dir.at,
    lat,
    lon,
    municipality: { number: m.id, name: m.name },
    district: districtRef(s, m.districtId),
    stationDistrict: stationDistricts.length === 1 ? stationDistricts[0]! : null,
    stationDistricts,
    service,
    servingOffices,
    nearestOffices: nearestOpenOffices(dir, lat, lon, offices, undefined, service ?? undefined),
    snapped: located.snapped,
    snapDistanceKm: located.snapped ? Math.round(located.distanceKm * 1000) / 1000 : 0,
  };
}

/** The whole "find my police" answer for a point, or why there is none (outside Norway's municipalities). */
export function locatePoint(dir: DatedDirectory, lat: number, lon: number, offices: number, service: ServiceKind | null = null): Result<Type.Static<typeof Located>, NotLocated> {
  const found = dir.geo.locateIndex().locate(lat, lon);
  return found.ok ? ok(locatedView(dir, lat, lon, found.value, offices, service)) : err(found.error);
}
