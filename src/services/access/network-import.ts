import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { parseRoadNetworkCsv } from '../../analysis/road-network-files/parse-road-csv.js';
import { parseRoadNetworkGeoJson } from '../../analysis/road-network-files/parse-road-geojson.js';
import type { InputIssue } from '../../shared/csv/file-issues.js';
import { buildRoadGraph, roadGraphSummary } from '../../geo/road-network/road-graph.js';
import { ROAD_CLASSES, type RoadNetworkData } from '../../geo/road-network/road-network-data.js';
import type { RoadNetworkStore, StoredRoadNetworkInfo } from '../../store/road-network-store.js';
import { InputFileError } from './accessibility-service.js';

/**
 * `naerpoliti network import`: a road network read from the shared graph's CSV format (a folder with
 * nodes.csv and edges.csv, or the path of either) or from GeoJSON LineStrings (ogr2ogr from NVDB
 * Ruteplan, osmium export from OpenStreetMap), validated by the pure parsers — every problem names
 * the file, the row or feature and the field — and stored in one insert with its version, source
 * and terms. Nothing is written when anything is refused.
 */
export interface NetworkImportOptions {
  /** Short name of where the data comes from; required unless the folder has a network.json. */
  readonly source?: string;
  /** The data's terms (e.g. "© OpenStreetMap contributors, ODbL 1.0"); required unless the folder has a network.json. */
  readonly terms?: string;
  /** Default: the import date and a hash of the network. */
  readonly version?: string;
  /**
   * Minutes of wait per ferry crossing: added to GeoJSON ferries (no source has timetables), and the
   * wait a CSV's ferry minutes already include when it has no wait_minutes column. Default 15, the
   * shared graph's documented assumption.
   */
  readonly ferryWaitMinutes?: number;
  readonly now?: () => Date;
}

export const DEFAULT_IMPORT_FERRY_WAIT_MINUTES = 15;

export interface NetworkImportResult {
  readonly stored: StoredRoadNetworkInfo;
  /** GeoJSON features left out on purpose, by reason (footways, passenger-only ferries …). */
  readonly skipped: Readonly<Record<string, number>>;
}

const fileIssue = (file: string, message: string, code: InputIssue['code'] = 'unreadable'): InputIssue => ({ code, file, row: null, feature: null, field: null, message: `${file}: ${message}` });

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputFileError([fileIssue(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`)]);
  }
}

interface Parsed {
  readonly data: RoadNetworkData;
  readonly format: string;
  readonly skipped: Readonly<Record<string, number>>;
  readonly meta: { source?: string; terms?: string } | null;
}

function parseFiles(path: string, ferryWaitMinutes: number): Parsed {
  if (!existsSync(path)) throw new InputFileError([fileIssue(path, 'does not exist')]);
  const isDir = statSync(path).isDirectory();
  const ext = extname(path).toLowerCase();
  if (!isDir && (ext === '.geojson' || ext === '.json')) {
    const parsed = parseRoadNetworkGeoJson(readText(path), path, { ferryWaitMinutes });
    if (!parsed.ok) throw new InputFileError(parsed.error);
    return { data: parsed.value.data, format: `geojson:${parsed.value.profile}`, skipped: parsed.value.skipped, meta: null };
  }
  if (!isDir && ext !== '.csv') throw new InputFileError([fileIssue(path, 'is neither a folder with nodes.csv and edges.csv, a .csv of such a folder, nor GeoJSON (.geojson, .json)')]);
  const dir = isDir ? path : dirname(path);
  const nodesFile = join(dir, 'nodes.csv');
  const edgesFile = join(dir, 'edges.csv');
  if (!isDir && !['nodes.csv', 'edges.csv'].includes(basename(path))) throw new InputFileError([fileIssue(path, 'a CSV road network is two files, nodes.csv and edges.csv, side by side: give their folder or one of them')]);
  for (const f of [nodesFile, edgesFile]) if (!existsSync(f)) throw new InputFileError([fileIssue(f, 'does not exist (a CSV road network is nodes.csv and edges.csv side by side)')]);
  const edgesText = readText(edgesFile);
  // A file with its own wait_minutes column says each ferry's wait; otherwise the stated wait is what its minutes include.
  const header = edgesText.slice(0, edgesText.indexOf('\n') >>> 0).split(',').map((h) => h.trim());
  const parsed = parseRoadNetworkCsv({ nodesText: readText(nodesFile), nodesFile, edgesText, edgesFile }, header.includes('wait_minutes') ? {} : { ferryWaitMinutes });
  if (!parsed.ok) throw new InputFileError(parsed.error);
  const metaFile = join(dir, 'network.json');
  let meta: Parsed['meta'] = null;
  if (existsSync(metaFile)) {
    let json: unknown;
    try {
      json = JSON.parse(readText(metaFile));
    } catch {
      throw new InputFileError([fileIssue(metaFile, 'is not JSON', 'invalid-value')]);
    }
    const m = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
    const text = (k: string) => (typeof m[k] === 'string' && m[k] !== '' ? (m[k] as string) : undefined);
    // The short credit is what must accompany every result; the long terms explain it in the folder's README.
    meta = { source: text('source'), terms: text('credit') ?? text('terms') };
  }
  return { data: parsed.value, format: 'csv', skipped: {}, meta };
}

/** The network as the project's road CSV (what `parseRoadNetworkCsv` reads back, waits and motorways explicit). */
function roadNetworkCsvTexts(data: RoadNetworkData): { nodesCsv: string; edgesCsv: string } {
  const nodes = data.nodeIds.map((id, i) => [id, data.nodeLat[i]!.toFixed(7), data.nodeLon[i]!.toFixed(7), data.nodeLabels[i]]);
  const edges = Array.from(data.edgeFrom, (from, e) => [
    data.nodeIds[from],
    data.nodeIds[data.edgeTo[e]!],
    data.edgeKm[e]!.toFixed(4),
    data.edgeFerry[e] ? 'ferry' : ROAD_CLASSES[data.edgeClass[e]!],
    data.edgeMotorway[e],
    data.edgeFerry[e] ? 'ferry' : 'road',
    data.edgeMinutes[e]!.toFixed(3),
    data.edgeWaitMinutes[e]!.toFixed(3),
    data.edgeRoute[e],
  ]);
  return {
    nodesCsv: stringify(nodes, { header: true, columns: ['id', 'lat', 'lon', 'label'] }),
    edgesCsv: stringify(edges, { header: true, columns: ['from', 'to', 'km', 'road_class', 'motorway', 'kind', 'minutes', 'wait_minutes', 'route'] }),
  };
}

export async function importRoadNetwork(store: RoadNetworkStore, path: string, options: NetworkImportOptions = {}): Promise<NetworkImportResult> {
  const ferryWaitMinutes = options.ferryWaitMinutes ?? DEFAULT_IMPORT_FERRY_WAIT_MINUTES;
  const parsed = parseFiles(path, ferryWaitMinutes);
  if (parsed.data.edgeFrom.length === 0) throw new InputFileError([fileIssue(path, 'has no drivable road or ferry', 'empty')]);
  const source = options.source ?? parsed.meta?.source;
  const terms = options.terms ?? parsed.meta?.terms;
  const missing = [source === undefined ? 'source' : null, terms === undefined ? 'terms' : null].filter((x) => x !== null);
  if (missing.length > 0) throw new InputFileError(missing.map((field) => ({ ...fileIssue(path, `says nothing of its ${field}; state it (--${field})`, 'missing-value'), field })));
  const summary = roadGraphSummary(buildRoadGraph(parsed.data));
  const texts = roadNetworkCsvTexts(parsed.data);
  const now = (options.now ?? (() => new Date()))();
  const version = options.version ?? `${now.toISOString().slice(0, 10)}.${createHash('sha256').update(texts.nodesCsv).update(texts.edgesCsv).digest('hex').slice(0, 10)}`;
  const stored = await store.saveRoadNetwork({
    version,
    source: source!, // checked above
    terms: terms!,
    format: parsed.format,
    fileName: path,
    importedAt: now.toISOString(),
    counts: { ...summary },
    ...texts,
  });
  return { stored, skipped: parsed.skipped };
}
