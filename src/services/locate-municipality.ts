import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOUNDARIES_DIR } from '../config.js';
import type { Result } from '../shared/result.js';
import { LocateIndex, type LocatedMunicipality, type NotLocated } from '../geo/locate-index.js';
import { municipalityFeatures, parseMunicipalityTopology } from '../geo/topology.js';

let index: LocateIndex | null = null;

/**
 * The municipality a position lies in, from the project's boundary layer (data/boundaries, 2024
 * municipalities), built once per process. For proposals that open an office at a position.
 */
export function locateMunicipality(lat: number, lon: number, file: string = join(BOUNDARIES_DIR, 'municipalities.topo.json')): Result<LocatedMunicipality, NotLocated> {
  if (!index) {
    const layer = parseMunicipalityTopology(JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
    index = LocateIndex.build(municipalityFeatures(layer));
  }
  return index.locate(lat, lon);
}
