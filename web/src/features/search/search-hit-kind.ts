import type { SearchHit } from '../../api/endpoints.js';

export const SEARCH_KIND_LABEL: Readonly<Record<SearchHit['kind'], string>> = {
  municipality: 'Kommune',
  postcode: 'Postnummer',
  postalPlace: 'Poststed',
  district: 'Politidistrikt',
  office: 'Tjenestested',
  stationDistrict: 'Tjenesteenhet',
  operatingUnit: 'Driftsenhet',
  specialAgency: 'Særorgan',
};
