import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMunicipalityTopology, type MunicipalityTopology } from '../geo/topology.js';

/** The project's two municipality boundary layers (data/boundaries, built by scripts/build-boundaries.ts). */
export interface BoundaryLayers {
  /** Medium resolution, for locate and for dissolving district boundaries served as `resolution=full`. */
  readonly full: MunicipalityTopology;
  /** Simplified for browsers (drawing only; never used to locate). */
  readonly web: MunicipalityTopology;
}

const BOUNDARY_FILES = { full: 'municipalities.topo.json', web: 'municipalities-web.topo.json' } as const;

function readLayer(dir: string, file: string): MunicipalityTopology {
  const path = join(dir, file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`Cannot read the boundary layer ${path}: ${e instanceof Error ? e.message : String(e)} (build it with npm run build:boundaries)`, { cause: e });
  }
  return parseMunicipalityTopology(json, path);
}

/** Reads and validates both layers from `dir`; throws naming the file when one is missing or broken. */
export function loadBoundaryLayers(dir: string): BoundaryLayers {
  return { full: readLayer(dir, BOUNDARY_FILES.full), web: readLayer(dir, BOUNDARY_FILES.web) };
}
