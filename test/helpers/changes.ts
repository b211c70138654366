import type { NewChange, RecordedChange } from '../../src/domain/changes.js';
import type { AttrsByType, EntityType } from '../../src/domain/entities.js';

/**
 * Builds small change logs for tests: a fluent list of dated ops with sensible defaults for the
 * provenance fields, recorded in the order written.
 */
export class LogBuilder {
  private readonly list: NewChange[] = [];
  private n = 0;

  private push(effective: string, op: NewChange['op'], extra: Partial<NewChange> = {}): this {
    this.n += 1;
    this.list.push({
      id: `t-${this.n}`,
      effective,
      datePrecision: 'day',
      op,
      decision: null,
      sources: ['test'],
      certainty: 'sourced',
      note: null,
      supersedes: null,
      ...extra,
    });
    return this;
  }

  establish<T extends EntityType>(entity: T, id: string, effective: string, attrs: AttrsByType[T], extra?: Partial<NewChange>): this {
    return this.push(effective, { type: 'establish', entity, id, attrs } as NewChange['op'], extra);
  }
  amend<T extends EntityType>(entity: T, id: string, effective: string, attrs: Partial<AttrsByType[T]>, extra?: Partial<NewChange>): this {
    return this.push(effective, { type: 'amend', entity, id, attrs } as NewChange['op'], extra);
  }
  dissolve(entity: EntityType, id: string, effective: string, successorIds: string[] = [], extra?: Partial<NewChange>): this {
    return this.push(effective, { type: 'dissolve', entity, id, successorIds } as NewChange['op'], extra);
  }
  reestablish<T extends EntityType>(entity: T, id: string, effective: string, attrs: Partial<AttrsByType[T]> = {}, extra?: Partial<NewChange>): this {
    return this.push(effective, { type: 'reestablish', entity, id, attrs } as NewChange['op'], extra);
  }
  confirm(entity: EntityType, id: string, effective: string, extra?: Partial<NewChange>): this {
    return this.push(effective, { type: 'confirm', entity, id } as NewChange['op'], extra);
  }

  newChanges(): NewChange[] {
    return [...this.list];
  }

  recorded(recordedAt = '2026-01-01T00:00:00.000Z'): RecordedChange[] {
    return this.list.map((c, i) => ({ seq: i + 1, recordedAt, ...c }));
  }
}

export const district = (name: string, localStructureFrom: string | null = null): AttrsByType['district'] => ({ name, seat: `${name} sete`, localStructureFrom });

export const municipality = (name: string, districtId: string, stationDistrictIds: string[] = [], population = 1000): AttrsByType['municipality'] => ({
  name,
  countyNumber: '99',
  countyName: 'Testfylke',
  population,
  populationDate: '2024-01-01',
  areaKm2: 10,
  adminCentre: name,
  point: { lat: 60, lon: 10 },
  districtId,
  stationDistrictIds,
});

export const office = (name: string, districtId: string, municipalityNumber: string, kind: AttrsByType['office']['kind'] = 'lensmannskontor', stationDistrictId: string | null = null): AttrsByType['office'] => ({
  name,
  kind,
  districtId,
  stationDistrictId,
  municipalityNumber,
  formerMunicipality: null,
  address: null,
  postcode: null,
  position: { lat: 60, lon: 10, precision: 'town' },
  season: null,
});

export const stationDistrict = (name: string, districtId: string, kind: AttrsByType['stationDistrict']['kind'] = 'lensmannsdistrikt', headOfficeId: string | null = null): AttrsByType['stationDistrict'] => ({
  name,
  kind,
  districtId,
  operatingUnitId: null,
  headOfficeId,
});
