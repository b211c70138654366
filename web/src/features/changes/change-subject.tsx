import type { ChangeEntry } from '../../api/endpoints.js';
import { SiteLink } from '../../components/site-link.js';
import { districtPath, municipalityPath, officePath, specialAgencyPath, stationDistrictPath } from '../../routes.js';

const PATHS: Partial<Record<ChangeEntry['entity'], (id: string) => string>> = {
  district: districtPath,
  office: officePath,
  municipality: municipalityPath,
  stationDistrict: stationDistrictPath,
  specialAgency: specialAgencyPath,
};

/** The changed thing's name, linked to its page where it has one (the page says if it no longer exists). */
export function ChangeSubject({ change }: { change: ChangeEntry }) {
  const name = change.name ?? change.entityId;
  const path = PATHS[change.entity];
  return path ? <SiteLink to={path(change.entityId)}>{name}</SiteLink> : <>{name}</>;
}
