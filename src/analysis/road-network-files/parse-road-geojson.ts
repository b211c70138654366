import { err, ok, type Result } from '../../shared/result.js';
import { ROAD_CLASS_INDEX, type RoadNetworkData } from '../../geo/road-network/road-network-data.js';
import { greatCircleKm } from '../../shared/great-circle.js';
import { IssueList, type InputIssue } from '../../shared/csv/file-issues.js';

/**
 * Road networks as GeoJSON FeatureCollections of LineStrings (RFC 7946: WGS84 [lon, lat]), in the two
 * attribute sets the common tools write:
 *
 * - `nvdb-ruteplan`: `ogr2ogr -f GeoJSON -t_srs EPSG:4326` from Statens vegvesen's NVDB Ruteplan
 *   nettverksdatasett. Times per link and direction in minutes: `drivetime_fw`/`drivetime_bw`
 *   (recent editions, lower case) or `FT_MINUTES`/`TF_MINUTES` (older, upper case); direction in
 *   `oneway` (B both, FT with the geometry, TF against it); a negative time means not drivable that
 *   way. Ferries: `isferry` = 1. Road category from the first letter of `roadid` (`{E6}` → E, R → Rv,
 *   F → Fv, otherwise other).
 * - `osm`: `osmium export` of OpenStreetMap ways: all tags as properties. Car roads by `highway`
 *   (motorway … residential, service, living_street and their `_link`s); speed from `maxspeed`
 *   (km/h, "NN mph", or the implicit `NO:urban` 50 / `NO:rural` 80), else a default per `highway`
 *   value (below); `access`/`motor_vehicle`/`motorcar` = no are left out. Ferries: `route=ferry`,
 *   crossing time from `duration` (`HH:MM`, `HH:MM:SS` or minutes) else at the ferry speed; a ferry
 *   with `motor_vehicle` or `motorcar` = no is left out (passengers only).
 * Anything else is refused: a file whose first feature has neither attribute set, a non-line
 * geometry, coordinates outside WGS84 or a `crs` other than WGS84 (reproject with ogr2ogr -t_srs
 * EPSG:4326), a time that is not a number.
 *
 * Topology: every vertex is a node, and vertices with identical coordinates (to 1e-7°, ~1 cm) are
 * the same node — how OSM ways share nodes at junctions and NVDB links meet at their ends; a bridge
 * over a road shares no vertex with it, so it stays unconnected, as it should. A feature's minutes
 * are spread over its segments by length. The network is undirected: a link drivable one way is kept
 * both ways, and a link with two times gets their mean (a known gap for one-way streets).
 */
type RoadGeoJsonProfile = 'nvdb-ruteplan' | 'osm';

export interface RoadGeoJsonOptions {
  /** Minutes of wait added to every ferry crossing (no source has timetables). */
  readonly ferryWaitMinutes: number;
  /** Crossing speed for ferries without a time of their own, km/h (default 25). */
  readonly ferryKmh?: number;
  /** Refuse files with more vertices than this (default 2,000,000): beyond it, route in pgRouting or OSRM. */
  readonly maxVertices?: number;
}

export interface RoadGeoJsonResult {
  readonly profile: RoadGeoJsonProfile;
  readonly data: RoadNetworkData;
  /** Features left out on purpose, by reason (e.g. `highway=footway`, `not drivable`). */
  readonly skipped: Readonly<Record<string, number>>;
}

/** Default speeds (km/h) for OSM ways without `maxspeed`: Norway's general limits (80 outside built-up areas, 50 inside) scaled down for lesser roads. Assumptions, not measured. */
const OSM_DEFAULT_SPEEDS_KMH: Readonly<Record<string, number>> = {
  motorway: 100,
  motorway_link: 60,
  trunk: 80,
  trunk_link: 50,
  primary: 70,
  primary_link: 50,
  secondary: 60,
  secondary_link: 50,
  tertiary: 50,
  tertiary_link: 40,
  unclassified: 40,
  road: 40,
  residential: 30,
  service: 20,
  living_street: 10,
};

const DEFAULT_MAX_VERTICES = 2_000_000;

interface Line {
  readonly feature: number;
  readonly coordinates: readonly (readonly number[])[];
  readonly minutes: number;
  readonly ferry: boolean;
  readonly roadClass: number;
  readonly motorway: boolean;
  readonly route: string;
}

export function parseRoadNetworkGeoJson(text: string, fileName: string, options: RoadGeoJsonOptions): Result<RoadGeoJsonResult, InputIssue[]> {
  const issues = new IssueList(fileName);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    issues.add('unreadable', {}, `kan ikke leses som JSON (${e instanceof Error ? e.message : String(e)})`);
    return err(issues.result());
  }
  if (!isObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    issues.add('invalid-value', { field: 'type' }, 'forventet en GeoJSON FeatureCollection med en «features»-liste');
    return err(issues.result());
  }
  if (doc.crs !== undefined && !isWgs84Crs(doc.crs)) {
    issues.add('invalid-value', { field: 'crs' }, `koordinatene er i ${JSON.stringify(crsName(doc.crs))}, ikke WGS84: projiser om med ogr2ogr -t_srs EPSG:4326 (GeoJSON er RFC 7946 lon/lat)`);
    return err(issues.result());
  }
  const features: readonly unknown[] = doc.features;
  if (features.length === 0) {
    issues.add('empty', {}, 'samlingen har ingen objekter (features)');
    return err(issues.result());
  }
  const firstProps = features.map((f) => (isObject(f) && isObject(f.properties) ? f.properties : null)).find((p) => p !== null) ?? null;
  const profile = firstProps === null ? null : detectProfile(firstProps);
  if (profile === null) {
    issues.add(
      'missing-column',
      { feature: 1, field: 'properties' },
      'fant verken NVDB Ruteplan-attributter (drivetime_fw/drivetime_bw eller FT_MINUTES/TF_MINUTES, med oneway) eller OpenStreetMap-tagger (highway, route=ferry); andre vegfiler støttes ikke',
    );
    return err(issues.result());
  }
  const ferryKmh = options.ferryKmh ?? 25;
  const skipped: Record<string, number> = {};
  const skip = (reason: string) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const lines: Line[] = [];
  let vertices = 0;
  const maxVertices = options.maxVertices ?? DEFAULT_MAX_VERTICES;
  features.forEach((f, k) => {
    const feature = k + 1;
    if (!isObject(f) || f.type !== 'Feature') {
      issues.add('invalid-value', { feature, field: 'type' }, 'ikke et GeoJSON Feature-objekt');
      return;
    }
    const props = isObject(f.properties) ? f.properties : {};
    const parts = lineParts(f.geometry);
    if (parts === null) {
      issues.add('invalid-value', { feature, field: 'geometry' }, `forventet LineString eller MultiLineString, fant ${isObject(f.geometry) ? String(f.geometry.type) : 'ingen geometri'}`);
      return;
    }
    for (const part of parts) {
      for (const p of part) {
        if (!(Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && p[0] >= -180 && p[0] <= 180 && p[1] >= -90 && p[1] <= 90)) {
          issues.add('out-of-range', { feature, field: 'geometry' }, `posisjonen ${JSON.stringify(p)} er ikke [lon, lat] i WGS84-grader`);
          return;
        }
      }
      if (part.length < 2) {
        issues.add('invalid-value', { feature, field: 'geometry' }, 'en linje trenger minst to posisjoner');
        return;
      }
    }
    const attrs = profile === 'osm' ? osmAttributes(props, issues, feature, ferryKmh, parts, skip) : nvdbAttributes(props, issues, feature, skip);
    if (attrs === null) return;
    for (const part of parts) {
      vertices += part.length;
      lines.push({ feature, coordinates: part, ...attrs, minutes: attrs.minutes ?? (lineKm(part) / attrs.speedKmh!) * 60 }); // speedKmh is set whenever minutes is null
    }
  });
  if (vertices > maxVertices) {
    issues.add('out-of-range', {}, `${vertices} punkter er flere enn de ${maxVertices} denne importen holder i én prosess; beregn et så stort nett i pgRouting eller OSRM og importer reisetidsmatrisen derfra`);
  }
  if (issues.count > 0) return err(issues.result());
  if (lines.length === 0) {
    issues.add('empty', {}, `ingen kjørbar veg eller bilferje blant de ${features.length} objektene (utelatt: ${JSON.stringify(skipped)})`);
    return err(issues.result());
  }
  return ok({ profile, data: toNetwork(lines, options.ferryWaitMinutes), skipped });
}

/** Finds the attribute set by the first feature's property names. */
function detectProfile(props: Record<string, unknown>): RoadGeoJsonProfile | null {
  const keys = new Set(Object.keys(props).map((k) => k.toLowerCase()));
  if ((keys.has('drivetime_fw') && keys.has('drivetime_bw')) || (keys.has('ft_minutes') && keys.has('tf_minutes'))) return 'nvdb-ruteplan';
  if (keys.has('highway') || keys.has('route')) return 'osm';
  return null;
}

interface Attributes {
  readonly minutes: number | null;
  readonly speedKmh?: number;
  readonly ferry: boolean;
  readonly roadClass: number;
  readonly motorway: boolean;
  readonly route: string;
}

function nvdbAttributes(props: Record<string, unknown>, issues: IssueList, feature: number, skip: (reason: string) => void): Attributes | null {
  const get = (...names: string[]) => {
    for (const [k, v] of Object.entries(props)) if (names.includes(k.toLowerCase())) return { name: k, value: v };
    return null;
  };
  const time = (names: string[]): number | null | 'bad' => {
    const f = get(...names);
    if (f === null || f.value === null || f.value === '') return null;
    const x = typeof f.value === 'number' ? f.value : Number(f.value);
    if (!Number.isFinite(x)) {
      issues.add('not-a-number', { feature, field: f.name }, `«${String(f.value)}» er ikke en tid i minutter`);
      return 'bad';
    }
    return x;
  };
  const fw = time(['drivetime_fw', 'ft_minutes']);
  const bw = time(['drivetime_bw', 'tf_minutes']);
  if (fw === 'bad' || bw === 'bad') return null;
  const onewayField = get('oneway');
  const oneway = onewayField === null ? 'B' : String(onewayField.value ?? 'B').toUpperCase();
  if (!['B', 'FT', 'TF', 'N'].includes(oneway)) {
    issues.add('invalid-value', { feature, field: onewayField?.name ?? 'oneway' }, `«${oneway}» er ikke B, FT, TF eller N`);
    return null;
  }
  const usable = (x: number | null) => (x !== null && x >= 0 ? x : null);
  const times = oneway === 'FT' ? [usable(fw)] : oneway === 'TF' ? [usable(bw)] : oneway === 'N' ? [] : [usable(fw), usable(bw)];
  const valid = times.filter((x) => x !== null);
  if (valid.length === 0) {
    skip('not drivable (oneway N or no non-negative time)');
    return null;
  }
  const minutes = valid.reduce((a, b) => a + b, 0) / valid.length;
  const ferryField = get('isferry');
  const ferry = ferryField !== null && String(ferryField.value) === '1';
  const roadId = String(get('roadid')?.value ?? '').replace(/^\{/, '');
  const letter = roadId.charAt(0).toUpperCase();
  const roadClass = letter === 'E' ? ROAD_CLASS_INDEX.E : letter === 'R' ? ROAD_CLASS_INDEX.Rv : letter === 'F' ? ROAD_CLASS_INDEX.Fv : ROAD_CLASS_INDEX.other;
  return { minutes, ferry, roadClass, motorway: false, route: roadId.replace(/\}$/, '') };
}

function osmAttributes(
  props: Record<string, unknown>,
  issues: IssueList,
  feature: number,
  ferryKmh: number,
  parts: readonly (readonly (readonly number[])[])[],
  skip: (reason: string) => void,
): Attributes | null {
  const tag = (k: string) => (props[k] === undefined || props[k] === null ? '' : String(props[k]));
  const ref = tag('ref');
  const route = ref || tag('name');
  const noCars = ['no', 'private'].includes(tag('motor_vehicle')) || ['no', 'private'].includes(tag('motorcar'));
  if (tag('route') === 'ferry') {
    if (tag('motor_vehicle') === 'no' || tag('motorcar') === 'no') {
      skip('route=ferry for passengers only');
      return null;
    }
    const duration = tag('duration');
    if (duration === '') return { minutes: null, speedKmh: ferryKmh, ferry: true, roadClass: ROAD_CLASS_INDEX.other, motorway: false, route };
    const minutes = parseDuration(duration);
    if (minutes === null) {
      issues.add('invalid-value', { feature, field: 'duration' }, `«${duration}» er ikke en varighet (TT:MM, TT:MM:SS eller minutter)`);
      return null;
    }
    // The crossing time is the whole line's; toNetwork spreads it over the segments.
    const km = parts.reduce((a, p) => a + lineKm(p), 0);
    return { minutes: null, speedKmh: km > 0 && minutes > 0 ? (km / minutes) * 60 : ferryKmh, ferry: true, roadClass: ROAD_CLASS_INDEX.other, motorway: false, route };
  }
  const highway = tag('highway');
  if (highway === '') {
    skip('neither highway nor route=ferry');
    return null;
  }
  const defaultSpeed = OSM_DEFAULT_SPEEDS_KMH[highway];
  if (defaultSpeed === undefined) {
    skip(`highway=${highway}`);
    return null;
  }
  if (tag('access') === 'no' || noCars) {
    skip('closed to cars (access/motor_vehicle/motorcar)');
    return null;
  }
  let speedKmh = defaultSpeed;
  const maxspeed = tag('maxspeed');
  if (maxspeed !== '') {
    const parsed = parseMaxspeed(maxspeed);
    if (parsed === null) {
      issues.add('invalid-value', { feature, field: 'maxspeed' }, `«${maxspeed}» er ikke en fartsgrense (km/t, «NN mph», NO:urban eller NO:rural)`);
      return null;
    }
    speedKmh = parsed;
  }
  const roadClass = /^E\s?\d/.test(ref) ? ROAD_CLASS_INDEX.E : /^Rv\s?\d/i.test(ref) ? ROAD_CLASS_INDEX.Rv : /^Fv\s?\d/i.test(ref) ? ROAD_CLASS_INDEX.Fv : ROAD_CLASS_INDEX.other;
  return { minutes: null, speedKmh, ferry: false, roadClass, motorway: highway === 'motorway' || highway === 'motorway_link', route };
}

/** `maxspeed` in km/h, or null when it is not one we read. */
export function parseMaxspeed(value: string): number | null {
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) > 0 ? Number(v) : null;
  const mph = /^(\d+(?:\.\d+)?)\s*mph$/.exec(v);
  if (mph) return Number(mph[1]) * 1.609344;
  if (v === 'NO:urban') return 50;
  if (v === 'NO:rural') return 80;
  return null;
}

/** OSM `duration` in minutes: `HH:MM`, `HH:MM:SS` or plain minutes. */
export function parseDuration(value: string): number | null {
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
  const hm = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(v);
  if (hm) return Number(hm[1]) * 60 + Number(hm[2]) + (hm[3] ? Number(hm[3]) / 60 : 0);
  return null;
}

function toNetwork(lines: readonly Line[], ferryWaitMinutes: number): RoadNetworkData {
  const nodeIndex = new Map<string, number>();
  const lat: number[] = [];
  const lon: number[] = [];
  const node = (p: readonly number[]) => {
    const key = `${Math.round(p[0] * 1e7)},${Math.round(p[1] * 1e7)}`;
    let k = nodeIndex.get(key);
    if (k === undefined) {
      k = lat.length;
      nodeIndex.set(key, k);
      lon.push(p[0]);
      lat.push(p[1]);
    }
    return k;
  };
  const from: number[] = [];
  const to: number[] = [];
  const km: number[] = [];
  const minutes: number[] = [];
  const wait: number[] = [];
  const roadClass: number[] = [];
  const motorway: number[] = [];
  const ferry: number[] = [];
  const route: string[] = [];
  for (const line of lines) {
    const total = lineKm(line.coordinates);
    // A ferry's wait is once per crossing: on its first segment.
    let first = true;
    for (let i = 1; i < line.coordinates.length; i++) {
      const a = node(line.coordinates[i - 1]);
      const b = node(line.coordinates[i]);
      if (a === b) continue;
      const segKm = greatCircleKm(lat[a], lon[a], lat[b], lon[b]);
      const share = total > 0 ? segKm / total : 1 / (line.coordinates.length - 1);
      const w = line.ferry && first ? ferryWaitMinutes : 0;
      first = false;
      from.push(a);
      to.push(b);
      km.push(segKm);
      minutes.push(line.minutes * share + w);
      wait.push(w);
      roadClass.push(line.roadClass);
      motorway.push(line.motorway ? 1 : 0);
      ferry.push(line.ferry ? 1 : 0);
      route.push(line.route);
    }
  }
  return {
    nodeIds: lat.map((_, k) => `n${k}`),
    nodeLat: Float64Array.from(lat),
    nodeLon: Float64Array.from(lon),
    nodeLabels: lat.map(() => ''),
    edgeFrom: Int32Array.from(from),
    edgeTo: Int32Array.from(to),
    edgeKm: Float64Array.from(km),
    edgeMinutes: Float64Array.from(minutes),
    edgeWaitMinutes: Float64Array.from(wait),
    edgeClass: Uint8Array.from(roadClass),
    edgeMotorway: Uint8Array.from(motorway),
    edgeFerry: Uint8Array.from(ferry),
    edgeRoute: route,
  };
}

function lineKm(coordinates: readonly (readonly number[])[]): number {
  let km = 0;
  for (let i = 1; i < coordinates.length; i++) km += greatCircleKm(coordinates[i - 1][1], coordinates[i - 1][0], coordinates[i][1], coordinates[i][0]);
  return km;
}

function lineParts(geometry: unknown): (readonly (readonly number[])[])[] | null {
  if (!isObject(geometry)) return null;
  const coordinates: unknown = geometry.coordinates;
  if (!Array.isArray(coordinates)) return null;
  // Safe as nesting only: every position is checked to be [lon, lat] numbers by the caller before use.
  if (geometry.type === 'LineString') return [coordinates as (readonly number[])[]];
  if (geometry.type === 'MultiLineString' && coordinates.every((c: unknown) => Array.isArray(c))) return coordinates as (readonly number[])[][];
  return null;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function crsName(crs: unknown): string {
  return isObject(crs) && isObject(crs.properties) && typeof crs.properties.name === 'string' ? crs.properties.name : JSON.stringify(crs);
}

function isWgs84Crs(crs: unknown): boolean {
  const name = crsName(crs);
  return /CRS84$/.test(name) || /EPSG::?4326$/.test(name);
}
