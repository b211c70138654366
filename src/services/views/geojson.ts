import type { Feature, Geometry } from 'geojson';
import type { Snapshot } from '../../domain/snapshot.js';
import type { DatedDirectory } from '../directory/directory.js';
import type { Resolution } from '../directory/geo-data.js';

/**
 * The directory's geographic things as RFC 7946 GeoJSON ([lon, lat], exterior rings counter-
 * clockwise, as the geo layer winds them). Municipalities have the boundary layer's polygons;
 * districts, station districts and geographic operating units are dissolved from the
 * municipalities that belong to them on the date; offices are points.
 */

export const BOUNDARY_ATTRIBUTION = 'Kommunegrenser © Kartverket, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), forenklet av naerpoliti';

type Props = Record<string, unknown>;
export type ApiFeature = Feature<Geometry | null, Props> & { id: string };

/** A FeatureCollection with the date, resolution and (for boundaries) attribution as foreign members. */
export function featureCollectionJson(features: readonly ApiFeature[], at: string, resolution: Resolution | null): string {
  return JSON.stringify({ type: 'FeatureCollection', at, ...(resolution ? { resolution, attribution: BOUNDARY_ATTRIBUTION } : {}), features });
}

export function featureJson(feature: ApiFeature, at: string, resolution: Resolution | null): string {
  return JSON.stringify({ ...feature, at, ...(resolution ? { resolution, attribution: BOUNDARY_ATTRIBUTION } : {}) });
}

/** Dissolved boundaries for groups of municipalities; groups with no members get a null geometry. */
function dissolvedFeatures(dir: DatedDirectory, resolution: Resolution, groups: ReadonlyMap<string, readonly string[]>, properties: (id: string) => Props): ApiFeature[] {
  const nonEmpty = new Map([...groups].filter(([, members]) => members.length > 0));
  const geometries = new Map(dir.geo.dissolvedGroups(resolution, nonEmpty).map((f) => [String(f.id), f.geometry]));
  return [...groups.keys()].map((id) => ({ type: 'Feature', id, properties: properties(id), geometry: geometries.get(id) ?? null }));
}

const numbersOf = (list: readonly { id: string }[] | undefined) => (list ?? []).map((m) => m.id).sort();

export function districtFeatures(dir: DatedDirectory, resolution: Resolution): ApiFeature[] {
  const s = dir.snapshot;
  const groups = new Map([...s.districts.keys()].map((id) => [id, numbersOf(s.municipalitiesByDistrict.get(id))]));
  return dissolvedFeatures(dir, resolution, groups, (id) => {
    const d = s.districts.get(id)!;
    const members = s.municipalitiesByDistrict.get(id) ?? [];
    return { id, name: d.name, seat: d.seat, municipalities: numbersOf(members), population: members.reduce((n, m) => n + m.population, 0) };
  });
}

export function stationDistrictFeatures(dir: DatedDirectory, resolution: Resolution): ApiFeature[] {
  const s = dir.snapshot;
  const groups = new Map([...s.stationDistricts.keys()].map((id) => [id, numbersOf(s.municipalitiesByStationDistrict.get(id))]));
  return dissolvedFeatures(dir, resolution, groups, (id) => {
    const sd = s.stationDistricts.get(id)!;
    const members = s.municipalitiesByStationDistrict.get(id) ?? [];
    return {
      id,
      name: sd.name,
      kind: sd.kind,
      districtId: sd.districtId,
      operatingUnitId: sd.operatingUnitId,
      municipalities: numbersOf(members),
      // The register has no boundaries inside a municipality: a shared one is drawn whole in each.
      sharedMunicipalities: members.filter((m) => m.stationDistrictIds.length > 1).map((m) => m.id),
    };
  });
}

function unitMunicipalities(s: Snapshot, unitId: string): string[] {
  const numbers = new Set<string>();
  for (const sd of s.stationDistrictsByOperatingUnit.get(unitId) ?? []) for (const m of s.municipalitiesByStationDistrict.get(sd.id) ?? []) numbers.add(m.id);
  return [...numbers].sort();
}

/** Geographic operating units (GDE), as the union of their station districts' municipalities. */
export function operatingUnitFeatures(dir: DatedDirectory, resolution: Resolution): ApiFeature[] {
  const s = dir.snapshot;
  const units = [...s.operatingUnits.values()].filter((u) => u.kind === 'geographic');
  const groups = new Map(units.map((u) => [u.id, unitMunicipalities(s, u.id)]));
  return dissolvedFeatures(dir, resolution, groups, (id) => {
    const u = s.operatingUnits.get(id)!;
    return { id, name: u.name, districtId: u.districtId, stationDistrictIds: (s.stationDistrictsByOperatingUnit.get(id) ?? []).map((sd) => sd.id), municipalities: groups.get(id) };
  });
}

export function municipalityFeatures(dir: DatedDirectory, resolution: Resolution): ApiFeature[] {
  const s = dir.snapshot;
  return [...s.municipalities.values()].map((m) => ({
    type: 'Feature',
    id: m.id,
    properties: {
      number: m.id,
      name: m.name,
      districtId: m.districtId,
      districtName: s.districts.get(m.districtId)?.name ?? null,
      stationDistrictIds: m.stationDistrictIds,
      population: m.population,
    },
    geometry: dir.geo.municipalityFeature(resolution, m.id)?.geometry ?? null,
  }));
}

export function officeFeatures(s: Snapshot): ApiFeature[] {
  return [...s.offices.values()].map((o) => ({
    type: 'Feature',
    id: o.id,
    properties: {
      id: o.id,
      name: o.name,
      kind: o.kind,
      districtId: o.districtId,
      stationDistrictId: o.stationDistrictId,
      municipalityNumber: o.municipalityNumber,
      address: o.address,
      postcode: o.postcode,
      precision: o.position.precision,
      openOnDate: s.isOfficeOpen(o),
    },
    geometry: { type: 'Point', coordinates: [o.position.lon, o.position.lat] },
  }));
}
