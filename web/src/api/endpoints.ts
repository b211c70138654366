import type { StructureCounts } from '../../../src/domain/structure-counts.js';
import { apiUrl } from './http.js';
import type { ApiRequest } from './use-api.js';

export type { StructureCounts };

// TODO(web): decode with the API's response schemas once they land on main.
const trust = <T,>(body: unknown): T => body as T;

export const structureRequest = (at: string): ApiRequest<StructureCounts> => ({
  url: apiUrl('/structure', { at }),
  decode: trust<StructureCounts>,
});
