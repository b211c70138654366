import { DomainError } from '../domain/errors.js';

/** Per demand point: the nearest open site (column index) and the minutes to it. */
export interface NearestSites {
  readonly siteIndex: Int32Array;
  readonly minutes: Float32Array;
}

/** The open columns, ascending. */
function openColumns(open: Uint8Array): Int32Array {
  let count = 0;
  for (let j = 0; j < open.length; j++) if (open[j]) count++;
  const cols = new Int32Array(count);
  for (let j = 0, k = 0; j < open.length; j++) if (open[j]) cols[k++] = j;
  return cols;
}

/**
 * For each row of a row-major `rows × cols` minutes matrix, the open column with the fewest minutes.
 * Ties go to the lowest column index (the scan is ascending and only a strictly smaller time
 * replaces the best), so the answer does not depend on anything but the matrix and the open set.
 * Rows get −1 and +∞ when no column is open.
 */
export function nearestOpenSites(minutes: Float32Array, rows: number, cols: number, open: Uint8Array): NearestSites {
  if (minutes.length !== rows * cols) throw new DomainError('analysis.matrix-shape', `matrix has ${minutes.length} cells, expected ${rows} × ${cols}`);
  if (open.length !== cols) throw new DomainError('analysis.matrix-shape', `open mask has ${open.length} entries, expected ${cols}`);
  const columns = openColumns(open);
  const m = columns.length;
  const siteIndex = new Int32Array(rows).fill(-1);
  const best = new Float32Array(rows).fill(Infinity);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    let bj = -1;
    let bt = Infinity;
    for (let k = 0; k < m; k++) {
      const j = columns[k];
      const t = minutes[base + j];
      if (t < bt) {
        bt = t;
        bj = j;
      }
    }
    siteIndex[i] = bj;
    best[i] = bt;
  }
  return { siteIndex, minutes: best };
}
