import { join } from 'node:path';
import { readCsvIfExists, type Row } from './csv.js';

/**
 * The project's own research overlays in data/curation/: facts found in public sources that the
 * reference data lacks or gets wrong, each row with its source. Missing files mean no overlay.
 */
export class Curation {
  constructor(readonly dir: string) {}
  private rows(file: string): Row[] {
    return readCsvIfExists(join(this.dir, file), `data/curation/${file}`);
  }
  officesAdded = () => this.rows('offices-added.csv');
  officeCorrections = () => this.rows('office-corrections.csv');
  officeEvents = () => this.rows('office-events.csv');
  officeAddresses = () => this.rows('office-addresses.csv');
  renaming2021 = () => this.rows('renaming-2021.csv');
  districtLocalStructure = () => this.rows('district-local-structure.csv');
  stationDistricts = () => this.rows('station-districts.csv');
  municipalityStationDistricts = () => this.rows('municipality-station-districts.csv');
  gde = () => this.rows('gde.csv');
  specialAgencySources = () => this.rows('special-agency-sources.csv');
  specialAgencyRoles = () => this.rows('special-agency-roles.csv');
  specialAgencyEvents = () => this.rows('special-agency-events.csv');
  passIdServices = () => this.rows('pass-id-services.csv');
  municipalityDistricts2002 = () => this.rows('municipality-districts-2002-2015.csv');
  municipalityDistrictMoves = () => this.rows('municipality-district-moves.csv');
}

/** Splits a cell of URLs separated by spaces or semicolons. */
export function urlsOf(cell: string | null): string[] {
  return (cell ?? '').split(/[\s;]+/).filter((s) => s.length > 0);
}
