import { err, ok, type Result } from '../../shared/result.js';
import { ROAD_CLASSES, ROAD_CLASS_INDEX, type RoadClass, type RoadNetworkData } from '../../geo/road-network/road-network-data.js';
import { cell, forEachCsvRecord } from '../../shared/csv/read-csv.js';
import { parseDecimal } from '../../shared/csv/decimal.js';
import { IssueList, type InputIssue } from '../../shared/csv/file-issues.js';

/**
 * The road graph's CSV format, as `../shared/data/roads/` ships it and `data/roads/` keeps it:
 *
 * `nodes.csv`: `id,lat,lon[,label,…]` — WGS84 degrees, unique ids.
 * `edges.csv`: `from,to,km,road_class,kind,minutes[,route,wait_minutes,motorway,minutes_mw100,…]`
 * - `from`/`to`: node ids; `km` ≥ 0; `minutes` ≥ 0, everything included (a ferry's wait too);
 * - `road_class`: E | Rv | Fv | other, or `ferry` on a ferry row;
 * - `kind`: road | ferry;
 * - `wait_minutes`: of `minutes`, the ferry wait (0 or empty on roads). A file without the column
 *   (the shared graph's) must be read with `ferryWaitMinutes`, the wait its ferry minutes include,
 *   stated by the caller from the file's documentation (the shared README: 15 minutes);
 * - `motorway`: 0 | 1. Without it, `minutes_mw100` (the shared graph's "motorways at 100 km/h"
 *   time) marks a motorway where it is below `minutes`.
 * Other columns are ignored. Edges are undirected.
 */
export interface RoadCsvFiles {
  readonly nodesText: string;
  readonly nodesFile: string;
  readonly edgesText: string;
  readonly edgesFile: string;
}

export interface RoadCsvOptions {
  /** Minutes of wait included in each ferry row's `minutes`, for files without `wait_minutes`. */
  readonly ferryWaitMinutes?: number;
}

const KINDS = new Set(['road', 'ferry']);

export function parseRoadNetworkCsv(files: RoadCsvFiles, options: RoadCsvOptions = {}): Result<RoadNetworkData, InputIssue[]> {
  const nodeIssues = new IssueList(files.nodesFile);
  const nodeIds: string[] = [];
  const nodeLabels: string[] = [];
  const lat: number[] = [];
  const lon: number[] = [];
  const nodeIndex = new Map<string, number>();
  const nodeRow = new Map<string, number>();
  forEachCsvRecord(files.nodesText, nodeIssues, { required: ['id', 'lat', 'lon'], optional: ['label'] }, (values, row, h) => {
    const id = cell(values, h, 'id');
    let bad = false;
    if (id === '') {
      nodeIssues.add('missing-value', { row, field: 'id' }, 'id-en mangler');
      bad = true;
    } else if (nodeRow.has(id)) {
      nodeIssues.add('duplicate-id', { row, field: 'id' }, `noden ${id} står allerede i rad ${nodeRow.get(id)}`);
      bad = true;
    }
    const la = readNumber(nodeIssues, values, h, row, 'lat', -90, 90, 'en WGS84-breddegrad i grader (-90…90)');
    const lo = readNumber(nodeIssues, values, h, row, 'lon', -180, 180, 'en WGS84-lengdegrad i grader (-180…180)');
    if (bad || la === null || lo === null) return;
    nodeRow.set(id, row);
    nodeIndex.set(id, nodeIds.length);
    nodeIds.push(id);
    nodeLabels.push(cell(values, h, 'label'));
    lat.push(la);
    lon.push(lo);
  });

  const edgeIssues = new IssueList(files.edgesFile);
  const from: number[] = [];
  const to: number[] = [];
  const km: number[] = [];
  const minutes: number[] = [];
  const wait: number[] = [];
  const roadClass: number[] = [];
  const motorway: number[] = [];
  const ferry: number[] = [];
  const route: string[] = [];
  const nodesOk = nodeIssues.count === 0;
  let missingWaitReported = false;
  forEachCsvRecord(
    files.edgesText,
    edgeIssues,
    { required: ['from', 'to', 'km', 'road_class', 'kind', 'minutes'], optional: ['route', 'wait_minutes', 'motorway', 'minutes_mw100'] },
    (values, row, h) => {
      const before = edgeIssues.count;
      const ends: number[] = [];
      for (const field of ['from', 'to'] as const) {
        const id = cell(values, h, field);
        const k = nodeIndex.get(id);
        if (id === '') edgeIssues.add('missing-value', { row, field }, `${field} mangler`);
        else if (k === undefined) {
          // With broken nodes the ids may be missing for that reason: say so rather than blame this row.
          if (nodesOk) edgeIssues.add('unknown-id', { row, field }, `noden «${id}» finnes ikke i ${files.nodesFile}`);
          else return;
        } else ends.push(k);
      }
      if (ends.length === 2 && ends[0] === ends[1]) edgeIssues.add('invalid-value', { row, field: 'to' }, `kanten starter og slutter i noden ${cell(values, h, 'from')}`);
      const kind = cell(values, h, 'kind');
      if (!KINDS.has(kind)) edgeIssues.add('invalid-value', { row, field: 'kind' }, `«${kind}» er verken road eller ferry`);
      const isFerry = kind === 'ferry';
      const classText = cell(values, h, 'road_class');
      let classIndex = -1;
      if (classText === 'ferry') {
        if (!isFerry && KINDS.has(kind)) edgeIssues.add('invalid-value', { row, field: 'road_class' }, 'road_class ferry på en rad der kind er road');
        classIndex = ROAD_CLASS_INDEX.other;
      } else if ((ROAD_CLASSES as readonly string[]).includes(classText)) {
        classIndex = ROAD_CLASS_INDEX[classText as RoadClass]; // checked against the list just above
      } else {
        edgeIssues.add('invalid-value', { row, field: 'road_class' }, `«${classText}» er ikke en av ${ROAD_CLASSES.join(', ')}, ferry`);
      }
      const length = readNumber(edgeIssues, values, h, row, 'km', 0, 1000, 'en lengde i km (0…1000)');
      const total = readNumber(edgeIssues, values, h, row, 'minutes', 0, 1440, 'en tid i minutter (0…1440)');
      let waitMinutes = 0;
      if (h.index.has('wait_minutes') && cell(values, h, 'wait_minutes') !== '') {
        const w = readNumber(edgeIssues, values, h, row, 'wait_minutes', 0, 1440, 'en ventetid i minutter (0…1440)');
        if (w !== null) waitMinutes = w;
        if (w !== null && w > 0 && !isFerry) edgeIssues.add('invalid-value', { row, field: 'wait_minutes' }, `en vegrad kan ikke ha ${w} minutter ventetid (bare ferjer venter)`);
      } else if (isFerry) {
        if (options.ferryWaitMinutes === undefined) {
          if (!missingWaitReported) {
            edgeIssues.add('missing-column', { row, field: 'wait_minutes' }, 'en ferjerad trenger wait_minutes, ventetiden som inngår i tiden (eller les filen med den dokumenterte ventetiden oppgitt)');
            missingWaitReported = true;
          }
        } else waitMinutes = options.ferryWaitMinutes;
      }
      if (total !== null && waitMinutes > total) edgeIssues.add('out-of-range', { row, field: 'minutes' }, `${total} minutter kan ikke inneholde ${waitMinutes} minutter ventetid`);
      let isMotorway = 0;
      const motorwayText = cell(values, h, 'motorway');
      if (motorwayText !== '') {
        if (motorwayText !== '0' && motorwayText !== '1') edgeIssues.add('invalid-value', { row, field: 'motorway' }, `«${motorwayText}» er verken 0 eller 1`);
        isMotorway = motorwayText === '1' ? 1 : 0;
      } else if (cell(values, h, 'minutes_mw100') !== '' && total !== null && !isFerry) {
        const mw = readNumber(edgeIssues, values, h, row, 'minutes_mw100', 0, 1440, 'en tid i minutter (0…1440)');
        if (mw !== null && mw < total) isMotorway = 1;
      }
      if (edgeIssues.count > before || ends.length < 2 || length === null || total === null || classIndex < 0) return;
      from.push(ends[0]);
      to.push(ends[1]);
      km.push(length);
      minutes.push(total);
      wait.push(waitMinutes);
      roadClass.push(classIndex);
      motorway.push(isMotorway);
      ferry.push(isFerry ? 1 : 0);
      route.push(cell(values, h, 'route'));
    },
  );
  if (nodeIds.length === 0 && nodeIssues.count === 0) nodeIssues.add('empty', {}, 'filen har ingen noder');
  if (from.length === 0 && edgeIssues.count === 0 && nodesOk) edgeIssues.add('empty', {}, 'filen har ingen kanter');
  const issues = [...nodeIssues.result(), ...edgeIssues.result()];
  if (issues.length > 0) return err(issues);
  return ok({
    nodeIds,
    nodeLat: Float64Array.from(lat),
    nodeLon: Float64Array.from(lon),
    nodeLabels,
    edgeFrom: Int32Array.from(from),
    edgeTo: Int32Array.from(to),
    edgeKm: Float64Array.from(km),
    edgeMinutes: Float64Array.from(minutes),
    edgeWaitMinutes: Float64Array.from(wait),
    edgeClass: Uint8Array.from(roadClass),
    edgeMotorway: Uint8Array.from(motorway),
    edgeFerry: Uint8Array.from(ferry),
    edgeRoute: route,
  });
}

function readNumber(
  issues: IssueList,
  values: readonly string[],
  h: Parameters<typeof cell>[1],
  row: number,
  field: string,
  min: number,
  max: number,
  what: string,
): number | null {
  const text = cell(values, h, field);
  const parsed = parseDecimal(text);
  if (!parsed.ok) {
    issues.add(text === '' ? 'missing-value' : 'not-a-number', { row, field }, parsed.reason);
    return null;
  }
  if (!(parsed.value >= min && parsed.value <= max)) {
    issues.add('out-of-range', { row, field }, `${text} er ikke ${what}`);
    return null;
  }
  return parsed.value;
}
