import { join } from 'node:path';
import { DataError, readCsv, type Row } from './csv.js';

/** Typed, checked views of the reference files in ../shared/data (see their SOURCES*.md). */

export interface RefMunicipality {
  number: string;
  name: string;
  countyNumber: string;
  countyName: string;
  population: number;
  populationDate: string;
  areaKm2: number;
  adminCentre: string | null;
  lat: number;
  lon: number;
}

export interface RefPostcode {
  postcode: string;
  place: string;
  municipalityNumber: string;
  category: 'G' | 'B' | 'P' | 'S';
  lat: number | null;
  lon: number | null;
}

export interface RefOffice {
  id: string;
  name: string;
  kind: string;
  districtId: string;
  municipalityName: string;
  gde: string | null;
  decision2017: string | null;
  decisionDate: string | null;
  effectiveDate: string | null;
  after2021: string | null;
  sourceUrl: string | null;
  note: string | null;
  address: string | null;
  postcode: string | null;
  lat: number | null;
  lon: number | null;
  positionPrecision: string | null;
  line: number;
}

function num(row: Row, column: string): number {
  const text = row.get(column);
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) throw new DataError(row.file, row.line, `${column} "${text}" is not a number`);
  return value;
}

function optNum(row: Row, column: string): number | null {
  return row.opt(column) === null ? null : num(row, column);
}

function matchOrFail(row: Row, column: string, pattern: RegExp, why: string): string {
  const v = row.get(column);
  if (!pattern.test(v)) throw new DataError(row.file, row.line, `${column} "${v}" ${why}`);
  return v;
}

export class Reference {
  constructor(readonly dir: string) {}

  private rows(file: string): Row[] {
    return readCsv(join(this.dir, file), `../shared/data/${file}`);
  }

  municipalities(): RefMunicipality[] {
    return this.rows('municipalities.csv').map((r) => ({
      number: matchOrFail(r, 'municipality_number', /^\d{4}$/, 'is not a 4-digit municipality number'),
      name: r.get('name'),
      countyNumber: matchOrFail(r, 'county_number', /^\d{2}$/, 'is not a 2-digit county number'),
      countyName: r.get('county_name'),
      population: num(r, 'population'),
      populationDate: matchOrFail(r, 'population_date', /^\d{4}-\d{2}-\d{2}$/, 'is not YYYY-MM-DD'),
      areaKm2: num(r, 'area_km2'),
      adminCentre: r.opt('admin_centre'),
      lat: num(r, 'lat'),
      lon: num(r, 'lon'),
    }));
  }

  postcodes(): RefPostcode[] {
    return this.rows('postal-codes.csv').map((r) => {
      const category = r.get('category');
      if (!['G', 'B', 'P', 'S'].includes(category)) throw new DataError(r.file, r.line, `category "${category}" is not G, B, P or S`);
      return {
        postcode: matchOrFail(r, 'postcode', /^\d{4}$/, 'is not a 4-digit postcode'),
        place: r.get('place'),
        municipalityNumber: matchOrFail(r, 'municipality_number', /^\d{4}$/, 'is not a 4-digit municipality number'),
        category: category as RefPostcode['category'], // checked just above
        lat: optNum(r, 'lat'),
        lon: optNum(r, 'lon'),
      };
    });
  }

  districts(): Row[] {
    return this.rows('police/districts.csv');
  }
  districts2002(): Row[] {
    return this.rows('police/districts_2002_2015.csv');
  }
  districtMunicipalities(): Row[] {
    return this.rows('police/district_municipalities.csv');
  }
  specialAgencies(): Row[] {
    return this.rows('police/special_agencies.csv');
  }
  stationDistricts(): Row[] {
    return this.rows('police/station_districts.csv');
  }
  gde(): Row[] {
    return this.rows('police/gde.csv');
  }
  passIdOffices(): Row[] {
    return this.rows('police/pass_id_offices.csv');
  }

  offices(): RefOffice[] {
    return this.rows('police/service_locations.csv').map((r) => ({
      id: r.get('id'),
      name: r.get('name'),
      kind: r.get('kind'),
      districtId: r.get('district_id'),
      municipalityName: r.get('municipality_name'),
      gde: r.opt('gde'),
      decision2017: r.opt('decision_2017'),
      decisionDate: r.opt('decision_date'),
      effectiveDate: r.opt('effective_date'),
      after2021: r.opt('reopened_or_changed_after_2021'),
      sourceUrl: r.opt('source_url'),
      note: r.opt('note'),
      address: r.opt('address'),
      postcode: r.opt('postcode'),
      lat: optNum(r, 'lat'),
      lon: optNum(r, 'lon'),
      positionPrecision: r.opt('position_precision'),
      line: r.line,
    }));
  }
}
