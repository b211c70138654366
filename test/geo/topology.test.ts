import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { DomainError } from '../../src/domain/errors.js';
import { isRfc7946Wound, ringSignedArea2 } from '../../src/geo/rewind-rfc7946.js';
import { dissolve, MUNICIPALITY_OBJECT, municipalityFeatures, parseMunicipalityTopology } from '../../src/geo/topology.js';
import { loadLayer } from './real-layer.js';

/** A 0.1° square with its south-west corner at (60 + row/10, 10 + col/10), counter-clockwise unless `cw`. */
function square(col: number, row: number, cw = false): Position[] {
  const x = 10 + col / 10, y = 60 + row / 10, d = 0.1;
  const ring: Position[] = [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]];
  return cw ? ring.reverse() : ring;
}

function layerOf(cells: Record<string, Position[][]>, quantization?: number) {
  const features = Object.entries(cells).map(([number, rings]): Feature<Polygon> => ({
    type: 'Feature',
    properties: { number, name: `Kommune ${number}` },
    geometry: { type: 'Polygon', coordinates: rings },
  }));
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  return parseMunicipalityTopology(topology({ [MUNICIPALITY_OBJECT]: collection }, quantization), 'fixture');
}

const areaOf = (g: Polygon | MultiPolygon) =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).reduce((s, rings) => s + rings.reduce((t, r) => t + ringSignedArea2(r), 0), 0) / 2;

/** Undirected edges as strings, to compare edge sets across features. */
function edgesOf(g: Polygon | MultiPolygon): string[] {
  const out: string[] = [];
  for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
    for (const r of rings) {
      for (let i = 0; i + 1 < r.length; i++) {
        const a = r[i]!.join(','), b = r[i + 1]!.join(',');
        out.push(a < b ? `${a}|${b}` : `${b}|${a}`);
      }
    }
  }
  return out;
}

test('features come out ascending by number, RFC 7946 wound even from clockwise input', () => {
  const layer = layerOf({ '0302': [square(1, 0, true)], '0301': [square(0, 0, true)] });
  const features = municipalityFeatures(layer);
  assert.deepEqual(features.map((f) => f.id), ['0301', '0302']);
  assert.deepEqual(features[0]!.properties, { number: '0301', name: 'Kommune 0301' });
  for (const f of features) assert.ok(isRfc7946Wound(f.geometry));
});

test('dissolving two adjacent squares gives one polygon without the shared edge', () => {
  for (const q of [undefined, 1e5]) {
    const layer = layerOf({ '0301': [square(0, 0)], '0302': [square(1, 0)] }, q);
    const [d] = dissolve(layer, new Map([['oslo', ['0302', '0301']]]));
    assert.equal(d!.geometry.coordinates.length, 1, 'one polygon');
    assert.equal(d!.geometry.coordinates[0]!.length, 1, 'one ring, no hole');
    assert.ok(isRfc7946Wound(d!.geometry));
    assert.ok(Math.abs(areaOf(d!.geometry) - 0.02) < 1e-12, `area ${areaOf(d!.geometry)}`);
    const [a, b] = municipalityFeatures(layer);
    const shared = edgesOf(a!.geometry).filter((e) => edgesOf(b!.geometry).includes(e));
    assert.equal(shared.length, 1, 'the squares share exactly one edge');
    assert.ok(!edgesOf(d!.geometry).includes(shared[0]!), 'the shared edge is gone');
    assert.deepEqual(d!.properties, { id: 'oslo', municipalities: ['0301', '0302'] });
    assert.equal(d!.id, 'oslo');
  }
});

test('a ring of eight squares dissolves into a polygon with a clockwise hole where the ninth is', () => {
  const cells: Record<string, Position[][]> = {};
  let n = 1;
  for (let row = 0; row < 3; row++) for (let col = 0; col < 3; col++) cells[`10${String(n++).padStart(2, '0')}`] = [square(col, row)];
  const layer = layerOf(cells);
  const ring = Object.keys(cells).filter((k) => k !== '1005');
  const [d] = dissolve(layer, new Map([['ring', ring]]));
  const rings = d!.geometry.coordinates[0]!;
  assert.equal(d!.geometry.coordinates.length, 1);
  assert.equal(rings.length, 2, 'exterior and one hole');
  assert.ok(ringSignedArea2(rings[0]!) > 0 && ringSignedArea2(rings[1]!) < 0, 'exterior counter-clockwise, hole clockwise');
  assert.ok(Math.abs(areaOf(d!.geometry) - 0.08) < 1e-12);
});

test('groups that do not touch give one MultiPolygon member each, one feature per group in map order', () => {
  const layer = layerOf({ '1101': [square(0, 0)], '1102': [square(5, 0)], '1103': [square(6, 0)] });
  const out = dissolve(layer, new Map([['b', ['1102', '1103']], ['a', ['1101', '1102']]]));
  assert.deepEqual(out.map((f) => f.id), ['b', 'a']);
  assert.equal(out[0]!.geometry.coordinates.length, 1, 'adjacent: one polygon');
  assert.equal(out[1]!.geometry.coordinates.length, 2, 'apart: two polygons');
});

test('dissolve refuses unknown numbers, a number twice in a group and empty groups', () => {
  const layer = layerOf({ '0301': [square(0, 0)] });
  const code = (c: string) => (e: unknown) => e instanceof DomainError && e.code === c;
  assert.throws(() => dissolve(layer, new Map([['x', ['0301', '9999']]])), code('geo.unknown-municipality'));
  assert.throws(() => dissolve(layer, new Map([['x', ['0301', '0301']]])), code('geo.duplicate-municipality'));
  assert.throws(() => dissolve(layer, new Map([['x', []]])), code('geo.empty-group'));
});

test('parsing refuses what is not a municipality layer, naming the source and the problem', () => {
  const oslo: FeatureCollection = { type: 'FeatureCollection', features: [
    { type: 'Feature', properties: { number: '0301', name: 'Oslo' }, geometry: { type: 'Polygon', coordinates: [square(0, 0)] } },
  ] };
  const good = topology({ [MUNICIPALITY_OBJECT]: oslo });
  type Raw = { type: string; objects: Record<string, { geometries: { properties: { number: string }; arcs: unknown }[] }> };
  const bad = (mutate: (t: Raw) => void, pattern: RegExp) => {
    const t = structuredClone(good) as unknown as Raw; // safe: a fixture we break on purpose, then hand over as untrusted JSON
    mutate(t);
    assert.throws(() => parseMunicipalityTopology(t, 'file.topo.json'), (e: unknown) => e instanceof DomainError && e.code === 'geo.invalid-topology' && /file\.topo\.json/.test(e.message) && pattern.test(e.message));
  };
  assert.doesNotThrow(() => parseMunicipalityTopology(good, 'file.topo.json'));
  bad((t) => (t.type = 'FeatureCollection'), /type/);
  const first = (t: Raw) => t.objects[MUNICIPALITY_OBJECT]!.geometries[0]!;
  bad((t) => (t.objects = { kommuner: t.objects[MUNICIPALITY_OBJECT]! }), /municipalities/);
  bad((t) => (first(t).properties.number = '301'), /number/);
  bad((t) => (first(t).arcs = [[7]]), /arc 7/);
  bad((t) => (first(t).arcs = [[[0]]]), /nested/);
  bad((t) => t.objects[MUNICIPALITY_OBJECT]!.geometries.push(structuredClone(first(t))), /repeats/);
});

for (const file of ['municipalities.topo.json', 'municipalities-web.topo.json'] as const) {
  test(`${file}: every county dissolves cleanly — area kept, no border between members left`, () => {
    const layer = loadLayer(file);
    const features = municipalityFeatures(layer);
    assert.equal(features.length, 357);
    const counties = new Map<string, string[]>();
    for (const f of features) counties.set(f.properties.number.slice(0, 2), [...(counties.get(f.properties.number.slice(0, 2)) ?? []), f.properties.number]);
    assert.equal(counties.size, 15);
    const dissolved = dissolve(layer, counties);
    for (const d of dissolved) {
      const members = features.filter((f) => d.properties.municipalities.includes(f.properties.number));
      const sum = members.reduce((s, f) => s + areaOf(f.geometry), 0);
      assert.ok(Math.abs(areaOf(d.geometry) - sum) < 1e-9 * sum, `county ${d.id}: ${areaOf(d.geometry)} vs ${sum}`);
      assert.ok(isRfc7946Wound(d.geometry), `county ${d.id} wound RFC 7946`);
    }
    // Vestfold (39): a border shared by two members must not survive as an edge of the county.
    const vestfold = features.filter((f) => f.properties.number.startsWith('39'));
    const count = new Map<string, number>();
    for (const f of vestfold) for (const e of new Set(edgesOf(f.geometry))) count.set(e, (count.get(e) ?? 0) + 1);
    const inner = [...count].filter(([, n]) => n > 1).map(([e]) => e);
    assert.ok(inner.length > 20, `Vestfold's municipalities share borders (${inner.length} edges)`);
    const county = new Set(edgesOf(dissolved.find((d) => d.id === '39')!.geometry));
    assert.deepEqual(inner.filter((e) => county.has(e)), []);
  });
}
