import type { OfficeKind, StationDistrictKind } from '../../domain/entities.js';

/** Norwegian words for the register's kinds, for descriptions and messages. */

export const OFFICE_KIND_NB: Readonly<Record<OfficeKind, string>> = {
  politistasjon: 'Politistasjon',
  lensmannskontor: 'Lensmannskontor',
  politikontor: 'Politikontor',
  servicekontor: 'Servicekontor',
};

export const STATION_DISTRICT_KIND_NB: Readonly<Record<StationDistrictKind, string>> = {
  politistasjonsdistrikt: 'Politistasjonsdistrikt',
  lensmannsdistrikt: 'Lensmannsdistrikt',
};

export const ENTITY_TYPE_NB: Readonly<Record<string, string>> = {
  directorate: 'direktorat',
  district: 'politidistrikt',
  specialAgency: 'særorgan eller nasjonal enhet',
  operatingUnit: 'driftsenhet',
  stationDistrict: 'tjenesteenhet (politistasjons- eller lensmannsdistrikt)',
  office: 'tjenestested',
  municipality: 'kommune',
};

/** "OSLO" → "Oslo", "MO I RANA" → "Mo i Rana", "BØ I TELEMARK" → "Bø i Telemark" (Bring writes places in capitals). */
export function placeName(upper: string): string {
  const small = new Set(['i', 'på', 'og']);
  return upper
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && small.has(word) ? word : word.replace(/(^|-)(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())))
    .join(' ');
}
