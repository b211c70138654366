import { DomainError } from '../domain/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { IssueList, type InputIssue } from '../shared/csv/file-issues.js';
import { forEachMatrixPair } from '../shared/csv/travel-matrix-csv.js';
import type { TravelMatrix, TravelModel, TravelModelError } from './travel-model.js';

/** How many missing origin–destination pairs an issue lists by name before it only counts. */
const MISSING_PAIRS_LISTED = 5;

export interface MatrixIds {
  /** Rows of the result, in this order (demand point ids). */
  readonly originIds: readonly string[];
  /** Columns of the result, in this order (site ids). */
  readonly destinationIds: readonly string[];
}

/**
 * Reads a travel-time matrix file (`origin_id,destination_id,minutes`; see shared/csv/travel-matrix-csv.ts)
 * into a dense matrix over the given ids. Refuses, naming file, row and field: ids not in the given
 * sets, minutes that are missing, not a number or negative, a pair given twice; and, after reading,
 * pairs that never appear (the first few by name, then a count). Unreachable pairs must be given a
 * time (e.g. with the ferry) — a matrix with holes would make "nearest" silently wrong.
 */
export function parseTravelTimeMatrix(text: string, fileName: string, ids: MatrixIds): Result<TravelMatrix, InputIssue[]> {
  const issues = new IssueList(fileName);
  const rows = ids.originIds.length;
  const cols = ids.destinationIds.length;
  const originIndex = indexIds(ids.originIds);
  const destinationIndex = indexIds(ids.destinationIds);
  const minutes = new Float32Array(rows * cols).fill(NaN);
  // Row number each pair was read from, to name the first one when a pair comes twice.
  const readFrom = new Int32Array(rows * cols);

  const format = forEachMatrixPair(text, issues, (originId, destinationId, value, row, [originField, destinationField]) => {
    const i = originIndex.get(originId);
    const j = destinationIndex.get(destinationId);
    if (i === undefined && originId !== '') issues.add('unknown-id', { row, field: originField }, `«${originId}» er ikke et etterspørselspunkt i denne analysen`);
    if (j === undefined && destinationId !== '') issues.add('unknown-id', { row, field: destinationField }, `«${destinationId}» er ikke et tjenestested i denne analysen`);
    if (i === undefined || j === undefined) return;
    const k = i * cols + j;
    if (readFrom[k] !== 0) {
      issues.add('duplicate-pair', { row, field: originField }, `paret ${originId} → ${destinationId} er allerede gitt i rad ${readFrom[k]}`);
      return;
    }
    readFrom[k] = row;
    if (value !== null) minutes[k] = value;
  });

  if (format !== null && issues.count === 0) {
    let missing = 0;
    const listed: string[] = [];
    for (let k = 0; k < rows * cols; k++) {
      if (readFrom[k] !== 0) continue;
      missing++;
      if (listed.length < MISSING_PAIRS_LISTED) listed.push(`${ids.originIds[Math.floor(k / cols)]} → ${ids.destinationIds[k % cols]}`);
    }
    if (missing > 0) {
      issues.add(
        'missing-pairs',
        {},
        `${missing} av ${rows * cols} par (fra → til) har ingen rad, f.eks. ${listed.join(', ')}${missing > listed.length ? ', …' : ''}`,
      );
    }
  }
  if (issues.count > 0) return err(issues.result());
  return ok({ rows, cols, originIds: ids.originIds, destinationIds: ids.destinationIds, minutes });
}

function indexIds(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, k) => {
    // The id lists come from our own demand and site sets, where ids are unique by construction.
    if (index.has(id)) throw new DomainError('analysis.duplicate-id', `id "${id}" occurs twice in a matrix's id list`, { id });
    index.set(id, k);
  });
  return index;
}

/**
 * An imported matrix as a travel model. Asked for origins and destinations it takes their rows and
 * columns by id (any subset, any order); an id the matrix lacks is an error listing those ids (e.g. a
 * planner's new candidate site that was not routed).
 */
export function travelTimeMatrix(matrix: TravelMatrix, source: { fileName: string }): TravelModel {
  const originIndex = indexIds(matrix.originIds);
  const destinationIndex = indexIds(matrix.destinationIds);
  const lookup = (wanted: readonly string[], index: Map<string, number>, code: TravelModelError['code']) => {
    const at = new Int32Array(wanted.length);
    const unknown: string[] = [];
    wanted.forEach((id, k) => {
      const found = index.get(id);
      if (found === undefined) unknown.push(id);
      else at[k] = found;
    });
    return { at, unknown, code };
  };
  return {
    id: 'imported-matrix',
    label: `Importert reisetidsmatrise (${source.fileName})`,
    labelEn: `Imported travel-time matrix (${source.fileName})`,
    estimated: false,
    params: { fileName: source.fileName, origins: matrix.rows, destinations: matrix.cols },
    matrix(origins, destinations): Result<TravelMatrix, TravelModelError> {
      if (origins.ids === matrix.originIds && destinations.ids === matrix.destinationIds) return ok(matrix);
      const rowsAt = lookup(origins.ids, originIndex, 'unknown-origin');
      const colsAt = lookup(destinations.ids, destinationIndex, 'unknown-destination');
      for (const l of [rowsAt, colsAt]) {
        if (l.unknown.length > 0) {
          const what = l.code === 'unknown-origin' ? 'demand point(s)' : 'service location(s)';
          return err({
            code: l.code,
            message: `${source.fileName} has no travel times for ${l.unknown.length} ${what}: ${l.unknown.slice(0, 5).join(', ')}${l.unknown.length > 5 ? ', …' : ''}`,
            ids: l.unknown,
          });
        }
      }
      const rows = origins.ids.length;
      const cols = destinations.ids.length;
      const minutes = new Float32Array(rows * cols);
      for (let i = 0; i < rows; i++) {
        const from = rowsAt.at[i] * matrix.cols;
        for (let j = 0; j < cols; j++) minutes[i * cols + j] = matrix.minutes[from + colsAt.at[j]];
      }
      return ok({ rows, cols, originIds: origins.ids, destinationIds: destinations.ids, minutes });
    },
  };
}
