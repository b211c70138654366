import type { Office, SpecialAgency, StationDistrict } from '../api/endpoints.js';

/** Norwegian words for the register's kinds (code and the API speak English). */

export const OFFICE_KIND_LABEL: Readonly<Record<Office['kind'], string>> = {
  politistasjon: 'Politistasjon',
  lensmannskontor: 'Lensmannskontor',
  politikontor: 'Politikontor',
  servicekontor: 'Servicekontor',
};

export const STATION_DISTRICT_KIND_LABEL: Readonly<Record<StationDistrict['kind'], string>> = {
  politistasjonsdistrikt: 'Politistasjonsdistrikt',
  lensmannsdistrikt: 'Lensmannsdistrikt',
};

export const SPECIAL_AGENCY_KIND_LABEL: Readonly<Record<SpecialAgency['kind'], string>> = {
  saerorgan: 'Særorgan',
  'other-unit': 'Nasjonal enhet',
  'former-saerorgan': 'Tidligere særorgan',
  svalbard: 'Sysselmesteren på Svalbard',
};

/** How exact an office's position is, said plainly. */
export const POSITION_PRECISION_LABEL = {
  address: 'adresse (bygningen)',
  postcode: 'postnummer (midtpunktet i postnummeret)',
  town: 'tettsted (midtpunktet i tettstedet)',
  municipality: 'kommune (et punkt inne i kommunen)',
} as const;

export const SEASON_LABEL = { summer: 'sommer', winter: 'vinter' } as const;

/** "office.dissolve" → "nedlagt" and so on, for change lists. */
export function changeTypeLabel(type: string): string {
  const [entity, op] = type.split('.', 2);
  const isOffice = entity === 'office';
  switch (op) {
    case 'establish':
      return isOffice ? 'Opprettet' : 'Opprettet';
    case 'dissolve':
      return isOffice ? 'Nedlagt' : 'Avviklet';
    case 'amend':
      return 'Endret';
    case 'reestablish':
      return 'Gjenopprettet';
    case 'confirm':
      return 'Videreført (vedtak)';
    default:
      return type;
  }
}

export const ENTITY_LABEL: Readonly<Record<string, string>> = {
  directorate: 'Direktorat',
  district: 'Politidistrikt',
  specialAgency: 'Særorgan',
  operatingUnit: 'Driftsenhet',
  stationDistrict: 'Tjenesteenhet',
  office: 'Tjenestested',
  municipality: 'Kommune',
};
