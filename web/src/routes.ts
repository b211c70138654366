import type { SearchHit } from './api/endpoints.js';

/** The site's addresses (Norwegian, readable, stable: people share and bookmark them). */

export const districtPath = (id: string) => `/politidistrikt/${encodeURIComponent(id)}`;
export const officePath = (id: string) => `/tjenestested/${encodeURIComponent(id)}`;
export const municipalityPath = (number: string) => `/kommune/${encodeURIComponent(number)}`;
export const specialAgencyPath = (id: string) => `/saerorgan/${encodeURIComponent(id)}`;
export const stationDistrictPath = (id: string) => `/tjenesteenhet/${encodeURIComponent(id)}`;
export const searchPath = (q: string) => `/sok?q=${encodeURIComponent(q)}`;
export const SPECIAL_AGENCIES_PATH = '/saerorgan';
export const ORGANISATION_PATH = '/organisering';
export const REFORM_PATH = '/endringer';
export const ABOUT_PATH = '/om';
export const ACCESSIBILITY_PATH = '/tilgjengelighet';
/** The accessibility statement (tilgjengelighetserklæring) every Norwegian public-sector site must have. */
export const ACCESSIBILITY_STATEMENT_PATH = '/tilgjengelighetserklaering';

/** Where a search hit leads on this site (postcodes and places lead to their municipality). */
export function searchHitPath(hit: SearchHit): string | null {
  switch (hit.kind) {
    case 'municipality':
      return municipalityPath(hit.id);
    case 'postcode':
    case 'postalPlace':
      return hit.resolves.municipalityNumber ? municipalityPath(hit.resolves.municipalityNumber) : null;
    case 'district':
      return districtPath(hit.id);
    case 'office':
      return officePath(hit.id);
    case 'stationDistrict':
      return stationDistrictPath(hit.id);
    case 'operatingUnit':
      return hit.resolves.districtId ? `${districtPath(hit.resolves.districtId)}#driftsenheter` : null;
    case 'specialAgency':
      return specialAgencyPath(hit.id);
  }
}

// The planner (issue 6): scenarios, closing costs and the optimiser.
export const PLANNER_PATH = '/planlegger';
export const CLOSING_COSTS_PATH = '/planlegger/kostnader';
export const OPTIMISER_PATH = '/planlegger/optimering';
export const scenarioPath = (id: number) => `/planlegger/${id}`;
