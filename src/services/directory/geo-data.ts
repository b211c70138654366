import type { Feature, MultiPolygon, Polygon, Position as LonLat } from 'geojson';
import { LocateIndex } from '../../geo/locate-index.js';
import { dissolve, municipalityFeatures, type MunicipalityFeature } from '../../geo/topology.js';
import { Lru } from '../../shared/lru.js';
import type { BoundaryLayers } from '../boundary-layers.js';

/**
 * The boundary layers as the API uses them, each thing built once on first use: the locate index
 * (always on the full layer), municipality features per resolution, and dissolved groups (district
 * or station-district boundaries) cached by their membership, which is the same on most dates.
 */

export const RESOLUTIONS = ['web', 'full'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** Six decimals of a degree is ~0.1 m, far below the layers' ~10 m grid; it keeps the JSON small. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const roundRing = (ring: LonLat[]): LonLat[] => ring.map((p) => [round6(p[0]!), round6(p[1]!)]);

function roundGeometry<G extends Polygon | MultiPolygon>(g: G): G {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(roundRing) };
  return { ...g, coordinates: g.coordinates.map((polygon) => polygon.map(roundRing)) };
}

const DISSOLVE_CACHE_SIZE = 24;

export class GeoData {
  private locate: LocateIndex | null = null;
  private readonly features = new Map<Resolution, { list: MunicipalityFeature[]; byNumber: Map<string, MunicipalityFeature> }>();
  private readonly dissolved = new Lru<string, Feature<MultiPolygon>[]>(DISSOLVE_CACHE_SIZE);

  constructor(readonly layers: BoundaryLayers) {}

  locateIndex(): LocateIndex {
    this.locate ??= LocateIndex.build(this.municipalityFeatures('full'));
    return this.locate;
  }

  /** Every municipality as an RFC 7946 feature, ascending by number. */
  municipalityFeatures(resolution: Resolution): readonly MunicipalityFeature[] {
    return this.featureSet(resolution).list;
  }

  municipalityFeature(resolution: Resolution, number: string): MunicipalityFeature | undefined {
    return this.featureSet(resolution).byNumber.get(number);
  }

  private featureSet(resolution: Resolution) {
    let set = this.features.get(resolution);
    if (!set) {
      const list = municipalityFeatures(this.layers[resolution]).map((f) => ({ ...f, geometry: roundGeometry(f.geometry) }));
      set = { list, byNumber: new Map(list.map((f) => [f.properties.number, f])) };
      this.features.set(resolution, set);
    }
    return set;
  }

  /** One MultiPolygon per group (id → member municipality numbers), the shared borders removed. */
  dissolvedGroups(resolution: Resolution, groups: ReadonlyMap<string, readonly string[]>): readonly Feature<MultiPolygon>[] {
    const key = `${resolution}|${[...groups].map(([id, members]) => `${id}:${members.join(',')}`).join(';')}`;
    return this.dissolved.getOrBuild(key, () => dissolve(this.layers[resolution], groups).map((f) => ({ ...f, geometry: roundGeometry(f.geometry) })));
  }
}
