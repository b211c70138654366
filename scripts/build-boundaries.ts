// Builds the project's municipality boundary layers (data/boundaries/) from Kartverket's 2024
// municipality polygons as published by robhop/fylker-og-kommuner (© Kartverket, CC BY 4.0).
//
//   node --import tsx scripts/build-boundaries.ts [--source <Kommuner-M.geojson>] [--check]
//
// --check rebuilds in memory and fails if a file on disk differs (the output is deterministic).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BBox, Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Transform } from 'topojson-specification';
import { topology } from 'topojson-server';
import { geometryCounts } from '../src/geo/geometry-stats.js';
import { greatCircleKm, KM_PER_DEG_LAT } from '../src/shared/great-circle.js';
import { MUNICIPALITY_OBJECT, municipalityFeatures, parseMunicipalityTopology, type MunicipalityProperties } from '../src/geo/topology.js';
import { properCrossings } from './boundaries/crossings.js';
import { boundariesReadme, type LayerFigures } from './boundaries/readme.js';
import { simplifyForWeb } from './boundaries/simplify-web.js';
import { parseSourceMunicipalities } from './boundaries/source-municipalities.js';

/**
 * 1e5 steps across the bbox: a grid of ~15 m north–south and 10–16 m east–west, so no vertex moves
 * more than ~11 m, while the source is generalised far coarser (median edge ~800 m). 1e6 would cost
 * ~20 % more bytes for precision the data does not have. Quantisation is one global grid, so
 * neighbours' shared vertices stay identical. (The README states the measured figures.)
 */
export const QUANTIZATION = 1e5;
/** Visvalingam effective-area threshold for the browser layer, km² (see boundaries/simplify-web.ts). */
export const WEB_MIN_AREA_KM2 = 1;
const WEB_MAX_BYTES = 250 * 1024;

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SOURCE_REL = join('data', 'geo', 'Kommuner-M.geojson');

/** <repo>/../shared/data/…, also from a worktree one level further down (<repo>/../../shared/…). */
function defaultSource(): string {
  const tried = [resolve(repo, '..', 'shared'), resolve(repo, '..', '..', 'shared')].map((s) => join(s, SOURCE_REL));
  const found = tried.find((p) => existsSync(p));
  if (!found) throw new Error(`Kommuner-M.geojson not found; looked in ${tried.join(', ')}. Pass --source <file>.`);
  return found;
}

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function figures(label: string, json: string, geometries: (Polygon | MultiPolygon)[], arcs: number[][][]): LayerFigures {
  return {
    label,
    bytes: Buffer.byteLength(json),
    gzipBytes: gzipSync(json, { level: 9 }).length,
    ...geometryCounts(geometries),
    crossings: properCrossings(geometries),
    arcs: arcs.length,
    arcPoints: arcs.reduce((n, a) => n + a.length, 0),
  };
}

/** The quantisation grid's step in metres (east–west at the north and south edges) and the largest vertex shift. */
function quantisationGrid(t: Transform, bbox: BBox): { stepLatM: number; stepLonM: [number, number]; maxShiftM: number } {
  const m = KM_PER_DEG_LAT * 1000;
  const stepLatM = t.scale[1] * m;
  const stepLonM: [number, number] = [bbox[3], bbox[1]].map((lat) => t.scale[0] * m * Math.cos((lat * Math.PI) / 180)) as [number, number];
  return { stepLatM, stepLonM, maxShiftM: Math.hypot(stepLatM, Math.max(...stepLonM)) / 2 };
}

function medianEdgeMetres(geometries: readonly (Polygon | MultiPolygon)[]): number {
  const lengths: number[] = [];
  for (const g of geometries) {
    for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
      for (const r of rings) for (let i = 0; i + 1 < r.length; i++) lengths.push(1000 * greatCircleKm(r[i]![1]!, r[i]![0]!, r[i + 1]![1]!, r[i + 1]![0]!));
    }
  }
  return lengths.sort((a, b) => a - b)[Math.floor(lengths.length / 2)]!;
}

function main(): void {
  const sourcePath = resolve(argValue('--source') ?? defaultSource());
  const check = process.argv.includes('--check');
  const sourceText = readFileSync(sourcePath, 'utf8');
  const source = parseSourceMunicipalities(JSON.parse(sourceText) as unknown, sourcePath);

  const collection: FeatureCollection<Polygon | MultiPolygon, MunicipalityProperties> = {
    type: 'FeatureCollection',
    features: source.map((m): Feature<Polygon | MultiPolygon, MunicipalityProperties> => ({
      type: 'Feature',
      id: m.number,
      properties: { number: m.number, name: m.name },
      geometry: m.geometry,
    })),
  };
  const server = topology({ [MUNICIPALITY_OBJECT]: collection }, QUANTIZATION);
  const web = simplifyForWeb(server, WEB_MIN_AREA_KM2);

  const outputs: { file: string; json: string; figures: LayerFigures }[] = [];
  for (const [file, layer, label] of [
    ['municipalities.topo.json', server, 'server (locate, dissolve)'],
    ['municipalities-web.topo.json', web, 'web (browsers)'],
  ] as const) {
    const json = JSON.stringify(layer);
    // Read back through the same parser the app uses, so what is written is known to load.
    const features = municipalityFeatures(parseMunicipalityTopology(JSON.parse(json) as unknown, file));
    const missing = source.filter((m) => !features.some((f) => f.properties.number === m.number && geometryCounts([f.geometry]).polygons > 0));
    if (features.length !== source.length || missing.length > 0) {
      throw new Error(`${file}: ${missing.length} municipalities lost their geometry: ${missing.map((m) => `${m.number} ${m.name}`).join(', ')}`);
    }
    // Safe: topojson-server/-simplify output quantised, delta-encoded arcs of [x, y] integer pairs.
    outputs.push({ file, json, figures: figures(label, json, features.map((f) => f.geometry), layer.arcs as number[][][]) });
  }
  const webBytes = outputs[1]!.figures.bytes;
  if (webBytes > WEB_MAX_BYTES) throw new Error(`municipalities-web.topo.json is ${webBytes} bytes, over the ${WEB_MAX_BYTES} budget`);

  const sourceFigures = {
    ...figures('source', sourceText, source.map((m) => m.geometry), []),
    sha256: createHash('sha256').update(sourceText).digest('hex'),
  };
  const readme = boundariesReadme({
    grid: quantisationGrid(server.transform!, server.bbox!),
    // What the finer alternative would have cost, so the README's justification is measured.
    bytesAt10xQuantization: Buffer.byteLength(JSON.stringify(topology({ [MUNICIPALITY_OBJECT]: collection }, QUANTIZATION * 10))),
    medianSourceEdgeM: medianEdgeMetres(source.map((m) => m.geometry)),
    source: sourceFigures,
    layers: outputs.map((o) => ({ ...o.figures, file: o.file })),
    quantization: QUANTIZATION,
    webMinAreaKm2: WEB_MIN_AREA_KM2,
    municipalities: source.length,
  });
  const files = [...outputs.map((o) => ({ file: o.file, text: o.json })), { file: 'README.md', text: readme }];

  const outDir = join(repo, 'data', 'boundaries');
  const stale: string[] = [];
  for (const { file, text } of files) {
    const path = join(outDir, file);
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(relative(repo, path));
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }

  console.log(`source ${relative(repo, sourcePath) || sourcePath}: ${source.length} municipalities`);
  for (const f of [sourceFigures, ...outputs.map((o) => o.figures)]) {
    console.log(
      `  ${f.label.padEnd(26)} ${String(f.bytes).padStart(9)} B  (gzip ${String(f.gzipBytes).padStart(8)} B)  ` +
        `${f.polygons} polygons, ${f.holes} holes, ${f.vertices} vertices${f.arcs ? `, ${f.arcs} arcs / ${f.arcPoints} arc points` : ''}, ` +
        `${f.crossings.total} crossing edge pairs`,
    );
  }
  if (check) {
    if (stale.length > 0) {
      console.error(`out of date: ${stale.join(', ')} — run npm run build:boundaries`);
      process.exit(1);
    }
    console.log('data/boundaries is up to date');
  } else console.log(`wrote ${files.map((f) => relative(repo, join(outDir, f.file))).join(', ')}`);
}

main();
