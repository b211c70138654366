import Type from 'typebox';
import { Compile } from 'typebox/compile';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type * as Topo from 'topojson-specification';
import { DomainError } from '../domain/errors.js';
import { rewindRfc7946 } from './rewind-rfc7946.js';

/**
 * The project's municipality boundary layers (data/boundaries/*.topo.json, written by
 * scripts/build-boundaries.ts) as values: validated once here, then turned into RFC 7946 features
 * or dissolved into district boundaries. Dissolving works on the topology rather than on polygons:
 * neighbours share arcs, so `merge` drops the shared ones exactly, leaving no slivers or seams.
 */

/** The name of the one object in the layer's `objects`. */
export const MUNICIPALITY_OBJECT = 'municipalities';

export interface MunicipalityProperties {
  /** Four-digit municipality number (2024 numbering), e.g. "0301". */
  number: string;
  name: string;
}
export type MunicipalityFeature = Feature<Polygon | MultiPolygon, MunicipalityProperties>;
type MunicipalityGeometry = Topo.Polygon<MunicipalityProperties> | Topo.MultiPolygon<MunicipalityProperties>;

export interface MunicipalityTopology {
  readonly topology: Topo.Topology;
  /** Every municipality's geometry object, in ascending number order. */
  readonly geometries: readonly MunicipalityGeometry[];
  readonly byNumber: ReadonlyMap<string, MunicipalityGeometry>;
}

const Pair = Type.Tuple([Type.Number(), Type.Number()]);
const Arcs = Type.Array(Type.Array(Type.Integer()));
const GeometrySchema = Type.Object({
  type: Type.Union([Type.Literal('Polygon'), Type.Literal('MultiPolygon')]),
  arcs: Type.Union([Arcs, Type.Array(Arcs)]),
  properties: Type.Object({ number: Type.String({ pattern: '^\\d{4}$' }), name: Type.String({ minLength: 1 }) }),
});
const TopologySchema = Type.Object({
  type: Type.Literal('Topology'),
  transform: Type.Optional(Type.Object({ scale: Pair, translate: Pair })),
  arcs: Type.Array(Type.Array(Type.Array(Type.Number(), { minItems: 2 }), { minItems: 2 })),
  objects: Type.Object({
    [MUNICIPALITY_OBJECT]: Type.Object({ type: Type.Literal('GeometryCollection'), geometries: Type.Array(GeometrySchema) }),
  }),
});
const checkTopology = Compile(TopologySchema);

/** What is wrong with a geometry's `arcs` (nesting for its type, arc indexes in range), or null. */
function arcsProblem(geometry: MunicipalityGeometry, arcCount: number): string | null {
  const isRing = (r: unknown): r is number[] => Array.isArray(r) && r.length > 0 && r.every(Number.isInteger);
  const arcs: unknown[] = geometry.arcs;
  const nestedOk =
    geometry.type === 'Polygon' ? arcs.every(isRing) : arcs.every((p) => Array.isArray(p) && p.length > 0 && p.every(isRing));
  if (!nestedOk) return `has arcs nested wrongly for a ${geometry.type} (or an empty ring)`;
  const rings: number[][] = geometry.type === 'Polygon' ? geometry.arcs : geometry.arcs.flat();
  for (const ring of rings) for (const a of ring) if ((a < 0 ? ~a : a) >= arcCount) return `refers to arc ${a}, but there are ${arcCount}`;
  return null;
}

/**
 * Validates parsed TopoJSON (`json` is untrusted) as a municipality layer: one GeometryCollection
 * named "municipalities" of Polygon/MultiPolygon objects with `number` and `name`, unique numbers,
 * arc references in range. Throws `geo.invalid-topology` naming `source` and the first problem.
 */
export function parseMunicipalityTopology(json: unknown, source: string): MunicipalityTopology {
  if (!checkTopology.Check(json)) {
    const e = checkTopology.Errors(json)[0];
    throw new DomainError('geo.invalid-topology', `${source}: not a municipality TopoJSON layer: ${e?.instancePath || '/'} ${e?.message}`, { source });
  }
  // Safe: the schema checked type, arcs, objects and each geometry's type/arcs/properties; nesting
  // depth of `arcs` per geometry type and the arc index range are checked just below.
  const topology = json as unknown as Topo.Topology;
  const all = json.objects[MUNICIPALITY_OBJECT].geometries as unknown as MunicipalityGeometry[];
  const byNumber = new Map<string, MunicipalityGeometry>();
  for (const [i, g] of all.entries()) {
    const problem = arcsProblem(g, topology.arcs.length);
    const label = `${source}: geometry #${i} (${g.properties!.number})`;
    if (problem) throw new DomainError('geo.invalid-topology', `${label} ${problem}`, { source });
    if (byNumber.has(g.properties!.number)) throw new DomainError('geo.invalid-topology', `${label} repeats municipality number`, { source });
    byNumber.set(g.properties!.number, g);
  }
  const geometries = [...byNumber.keys()].sort().map((n) => byNumber.get(n)!);
  return { topology, geometries, byNumber };
}

/** Every municipality as an RFC 7946 feature (`[lon, lat]`, CCW exteriors), ascending by number, `id` = number. */
export function municipalityFeatures(layer: MunicipalityTopology): MunicipalityFeature[] {
  return layer.geometries.map((g) => {
    const f = g.type === 'Polygon' ? feature(layer.topology, g) : feature(layer.topology, g);
    const { number, name } = g.properties!;
    return { type: 'Feature', id: number, properties: { number, name }, geometry: rewindRfc7946(f.geometry) };
  });
}

export interface DissolvedProperties<G> {
  /** The group's id as given (a district or station-district id). */
  id: G;
  /** The member municipality numbers, ascending. */
  municipalities: string[];
}

/**
 * One MultiPolygon per group, the union of its municipalities with every arc they share removed
 * (topojson-client `merge`), wound as RFC 7946. Groups come out in the map's iteration order.
 * Throws `geo.unknown-municipality`, `geo.duplicate-municipality` or `geo.empty-group` on bad groups:
 * those are caller bugs (a structure that names a municipality the layer does not have).
 */
export function dissolve<G extends string>(
  layer: MunicipalityTopology,
  groups: ReadonlyMap<G, readonly string[]>,
): Feature<MultiPolygon, DissolvedProperties<G>>[] {
  const out: Feature<MultiPolygon, DissolvedProperties<G>>[] = [];
  for (const [id, numbers] of groups) {
    if (numbers.length === 0) throw new DomainError('geo.empty-group', `dissolve: group "${id}" has no municipalities`, { id });
    const members = [...new Set(numbers)].sort();
    if (members.length !== numbers.length) {
      const twice = numbers.filter((n, i) => numbers.indexOf(n) !== i);
      throw new DomainError('geo.duplicate-municipality', `dissolve: group "${id}" lists ${twice.join(', ')} more than once`, { id });
    }
    const geometries = members.map((n) => {
      const g = layer.byNumber.get(n);
      if (!g) throw new DomainError('geo.unknown-municipality', `dissolve: group "${id}" names municipality "${n}", which is not in the layer`, { id, number: n });
      return g;
    });
    const geometry = rewindRfc7946(merge(layer.topology, geometries));
    out.push({ type: 'Feature', id, properties: { id, municipalities: members }, geometry });
  }
  return out;
}
