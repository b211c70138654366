import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMunicipalityTopology, type MunicipalityTopology } from '../../src/geo/topology.js';

/** The project's own boundary layers, read from data/boundaries (built by npm run build:boundaries). */
export function loadLayer(file: 'municipalities.topo.json' | 'municipalities-web.topo.json'): MunicipalityTopology {
  const path = fileURLToPath(new URL(`../../data/boundaries/${file}`, import.meta.url));
  return parseMunicipalityTopology(JSON.parse(readFileSync(path, 'utf8')) as unknown, path);
}
