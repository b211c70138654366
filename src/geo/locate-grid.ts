import { assertFiniteAtLeast } from './coordinates.js';
import { KM_PER_DEG_LAT } from '../shared/great-circle.js';
import type { PolygonParts } from './polygon-parts.js';

/**
 * A uniform lon/lat grid over the parts that answers most locate queries with one array read.
 *
 * Each cell is classified once, at build time, against every part in part order:
 *   - no part's edge touches the cell: every point of it has the same answer, read off the cell's
 *     centre (the first part, in order, containing the centre — or none). Stored as the answer.
 *   - some edges touch it: a "boundary cell", storing the parts that can contain any of its points,
 *     in part order: every part with an edge in the cell, up to and including the first part that
 *     wholly contains the cell (no later part can ever win there).
 * A query in a boundary cell runs the exact test on those candidates in order and takes the first
 * hit, which is exactly what a linear scan over all parts in order would return.
 *
 * Why exactness holds despite floating point: edge/cell tests use the cell grown by EDGE_EPS_DEG
 * (0.1 mm), many orders above the rounding in computing a query's cell or a crossing, so a cell
 * said to be edge-free is edge-free for every point that can land in it, and its centre is at
 * least half a cell from every edge, where the parity count cannot be swayed by rounding.
 */
export interface LocateGrid {
  readonly minLon: number;
  readonly minLat: number;
  readonly nx: number;
  readonly ny: number;
  readonly cellLon: number;
  readonly cellLat: number;
  readonly invCellLon: number;
  readonly invCellLat: number;
  /** Row-major cell → municipality index (≥ 0), NO_MUNICIPALITY (-1), or boundary cell b as -2 - b. */
  readonly cells: Int32Array;
  /** Boundary cell b → its candidate parts candidates[candidateStart[b]] … candidates[candidateStart[b+1] - 1]. */
  readonly candidateStart: Int32Array;
  readonly candidates: Int32Array;
}

export const NO_MUNICIPALITY = -1;
/**
 * Cell edge length in km (north–south; east–west at the grid's middle latitude). 1 km leaves ~4 %
 * of Norway's bbox as boundary cells, holding 1–2 candidate parts on average, for ~8 MiB; halving it
 * quadruples the memory for a modest gain. Measure with `npm run bench -- locate`.
 */
export const DEFAULT_CELL_KM = 1;
const EDGE_EPS_DEG = 1e-9;

interface Frame {
  minLon: number;
  minLat: number;
  nx: number;
  ny: number;
  cellLon: number;
  cellLat: number;
  invCellLon: number;
  invCellLat: number;
}

function frameAround(parts: PolygonParts, cellKm: number): Frame {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  for (let p = 0; p < parts.partCount; p++) {
    minLon = Math.min(minLon, parts.bbox[4 * p]!);
    minLat = Math.min(minLat, parts.bbox[4 * p + 1]!);
    maxLon = Math.max(maxLon, parts.bbox[4 * p + 2]!);
    maxLat = Math.max(maxLat, parts.bbox[4 * p + 3]!);
  }
  const cellLat = cellKm / KM_PER_DEG_LAT;
  const cellLon = cellKm / (KM_PER_DEG_LAT * Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180));
  // Half a cell of margin so points on the outermost edges (which can belong to a part) are in the grid.
  minLon -= cellLon / 2;
  minLat -= cellLat / 2;
  const nx = Math.ceil((maxLon - minLon) / cellLon + 0.5);
  const ny = Math.ceil((maxLat - minLat) / cellLat + 0.5);
  return { minLon, minLat, nx, ny, cellLon, cellLat, invCellLon: 1 / cellLon, invCellLat: 1 / cellLat };
}

const clamp = (v: number, hi: number) => (v < 0 ? 0 : v > hi ? hi : v);

/** Calls `visit(cell)` once for every cell an edge of part `p` touches (cells grown by EDGE_EPS_DEG). */
function forEachEdgeCell(parts: PolygonParts, p: number, f: Frame, stamp: Int32Array, visit: (cell: number) => void): void {
  const xy = parts.lonLat;
  for (let r = parts.ringStart[p]!; r < parts.ringStart[p + 1]!; r++) {
    for (let v = parts.vertexStart[r]!; v + 1 < parts.vertexStart[r + 1]!; v++) {
      const x1 = xy[2 * v]!, y1 = xy[2 * v + 1]!, x2 = xy[2 * v + 2]!, y2 = xy[2 * v + 3]!;
      const i0 = clamp(Math.floor((Math.min(x1, x2) - EDGE_EPS_DEG - f.minLon) * f.invCellLon), f.nx - 1);
      const i1 = clamp(Math.floor((Math.max(x1, x2) + EDGE_EPS_DEG - f.minLon) * f.invCellLon), f.nx - 1);
      const j0 = clamp(Math.floor((Math.min(y1, y2) - EDGE_EPS_DEG - f.minLat) * f.invCellLat), f.ny - 1);
      const j1 = clamp(Math.floor((Math.max(y1, y2) + EDGE_EPS_DEG - f.minLat) * f.invCellLat), f.ny - 1);
      const dx = x2 - x1, dy = y2 - y1;
      for (let j = j0; j <= j1; j++) {
        const ya = f.minLat + j * f.cellLat - EDGE_EPS_DEG - y1;
        const yb = f.minLat + (j + 1) * f.cellLat + EDGE_EPS_DEG - y1;
        for (let i = i0; i <= i1; i++) {
          const cell = j * f.nx + i;
          if (stamp[cell] === p) continue;
          if (i0 !== i1 && j0 !== j1) {
            // Separating-axis test against the edge's normal: skip cells wholly on one side of its line.
            const xa = f.minLon + i * f.cellLon - EDGE_EPS_DEG - x1;
            const xb = f.minLon + (i + 1) * f.cellLon + EDGE_EPS_DEG - x1;
            const s1 = dx * ya - dy * xa, s2 = dx * ya - dy * xb, s3 = dx * yb - dy * xa, s4 = dx * yb - dy * xb;
            if ((s1 > 0 && s2 > 0 && s3 > 0 && s4 > 0) || (s1 < 0 && s2 < 0 && s3 < 0 && s4 < 0)) continue;
          }
          stamp[cell] = p;
          visit(cell);
        }
      }
    }
  }
}

/**
 * Calls `visit(cell)` for every cell whose centre part `p` contains and that no edge of `p` touches
 * (`stamp[cell] === p` marks the edge cells). Even–odd rule on a ray towards +lon, edges half-open
 * in lat — the same counting point-in-polygon-hao does.
 */
function forEachInteriorCell(parts: PolygonParts, p: number, f: Frame, stamp: Int32Array, visit: (cell: number) => void): void {
  const xy = parts.lonLat;
  const jLo = clamp(Math.floor((parts.bbox[4 * p + 1]! - f.minLat) * f.invCellLat), f.ny - 1);
  const jHi = clamp(Math.floor((parts.bbox[4 * p + 3]! - f.minLat) * f.invCellLat), f.ny - 1);
  const crossings: number[][] = Array.from({ length: jHi - jLo + 1 }, () => []);
  for (let r = parts.ringStart[p]!; r < parts.ringStart[p + 1]!; r++) {
    for (let v = parts.vertexStart[r]!; v + 1 < parts.vertexStart[r + 1]!; v++) {
      const x1 = xy[2 * v]!, y1 = xy[2 * v + 1]!, x2 = xy[2 * v + 2]!, y2 = xy[2 * v + 3]!;
      if (y1 === y2) continue;
      const ja = Math.max(jLo, Math.floor((Math.min(y1, y2) - f.minLat) * f.invCellLat - 0.5));
      const jb = Math.min(jHi, Math.floor((Math.max(y1, y2) - f.minLat) * f.invCellLat - 0.5) + 1);
      for (let j = ja; j <= jb; j++) {
        const yc = f.minLat + (j + 0.5) * f.cellLat;
        if (y1 > yc !== y2 > yc) crossings[j - jLo]!.push(x1 + ((yc - y1) * (x2 - x1)) / (y2 - y1));
      }
    }
  }
  crossings.forEach((xs, k) => {
    const j = jLo + k;
    xs.sort((a, b) => a - b);
    for (let t = 0; t + 1 < xs.length; t += 2) {
      const xa = xs[t]!, xb = xs[t + 1]!;
      const ia = clamp(Math.floor((xa - f.minLon) * f.invCellLon - 0.5), f.nx - 1);
      const ib = clamp(Math.floor((xb - f.minLon) * f.invCellLon - 0.5) + 1, f.nx - 1);
      for (let i = ia; i <= ib; i++) {
        const xc = f.minLon + (i + 0.5) * f.cellLon;
        const cell = j * f.nx + i;
        if (xc > xa && xc < xb && stamp[cell] !== p) visit(cell);
      }
    }
  });
}

/** Builds the grid for `parts` with cells about `cellKm` on a side. */
export function buildLocateGrid(parts: PolygonParts, cellKm: number = DEFAULT_CELL_KM): LocateGrid {
  assertFiniteAtLeast(cellKm, 0.05, 'buildLocateGrid(cellKm)');
  const f = frameAround(parts, cellKm);
  const cells = new Int32Array(f.nx * f.ny).fill(NO_MUNICIPALITY);
  const stamp = new Int32Array(f.nx * f.ny).fill(-1);
  const lists: number[][] = [];
  const closed: boolean[] = [];
  for (let p = 0; p < parts.partCount; p++) {
    forEachEdgeCell(parts, p, f, stamp, (cell) => {
      const code = cells[cell]!;
      if (code >= 0) return; // an earlier part wholly contains this cell and always wins
      if (code === NO_MUNICIPALITY) {
        cells[cell] = -2 - lists.length;
        lists.push([p]);
        closed.push(false);
      } else if (!closed[-2 - code]) lists[-2 - code]!.push(p);
    });
    forEachInteriorCell(parts, p, f, stamp, (cell) => {
      const code = cells[cell]!;
      if (code === NO_MUNICIPALITY) cells[cell] = p;
      else if (code <= -2 && !closed[-2 - code]) {
        lists[-2 - code]!.push(p);
        closed[-2 - code] = true;
      }
    });
  }
  for (let c = 0; c < cells.length; c++) if (cells[c]! >= 0) cells[c] = parts.owner[cells[c]!]!;
  const candidateStart = new Int32Array(lists.length + 1);
  lists.forEach((l, b) => (candidateStart[b + 1] = candidateStart[b]! + l.length));
  const candidates = new Int32Array(candidateStart[lists.length]!);
  lists.forEach((l, b) => candidates.set(l, candidateStart[b]!));
  return { ...f, cells, candidateStart, candidates };
}

export interface LocateGridStats {
  cells: number;
  cellsInside: number;
  cellsOutside: number;
  cellsOnBoundary: number;
  candidatesPerBoundaryCellMean: number;
  candidatesPerBoundaryCellMax: number;
  bytes: number;
}

export function locateGridStats(g: LocateGrid): LocateGridStats {
  let inside = 0, outside = 0, max = 0;
  for (const c of g.cells) {
    if (c >= 0) inside++;
    else if (c === NO_MUNICIPALITY) outside++;
  }
  const boundary = g.candidateStart.length - 1;
  for (let b = 0; b < boundary; b++) max = Math.max(max, g.candidateStart[b + 1]! - g.candidateStart[b]!);
  return {
    cells: g.cells.length,
    cellsInside: inside,
    cellsOutside: outside,
    cellsOnBoundary: boundary,
    candidatesPerBoundaryCellMean: boundary ? g.candidates.length / boundary : 0,
    candidatesPerBoundaryCellMax: max,
    bytes: g.cells.byteLength + g.candidateStart.byteLength + g.candidates.byteLength,
  };
}
