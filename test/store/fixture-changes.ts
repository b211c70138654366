import type { NewChange } from '../../src/domain/changes.js';

/**
 * A small but varied history for the store and exchange tests: every entity type and every op type,
 * decisions with and without their optional parts, null and "" notes, notes with commas, quotes,
 * CR/LF newlines and tabs, Norwegian and Sami letters, coordinates with many decimals, attrs in
 * non-schema key order, an empty successor list, and a correction that supersedes an earlier change.
 * It is a valid history (Register.of accepts it), so tests can pass the real domain check.
 */
const POD = { by: 'Politidirektoratet', date: '2017-01-13', reference: 'POD 2017/00123', url: 'https://www.politiet.no/om-politiet/nærpolitireformen' };
const STORTINGET = { by: 'Stortinget', date: '2015-06-10', reference: 'Innst. 306 S (2014–2015)', url: null };

function change(id: string, effective: string, op: NewChange['op'], extra: Partial<NewChange> = {}): NewChange {
  return {
    id,
    effective,
    datePrecision: 'day',
    op,
    decision: null,
    sources: [],
    certainty: 'sourced',
    note: null,
    supersedes: null,
    ...extra,
  };
}

export function varietyChanges(): NewChange[] {
  return [
    change('c001-pod', '2001-01-01', { type: 'establish', entity: 'directorate', id: 'pod', attrs: { name: 'Politidirektoratet', abbreviation: 'POD', seat: 'Oslo' } }, {
      datePrecision: 'year',
      sources: ['https://lovdata.no/dokument/NL/lov/1995-08-04-53'],
      decision: { by: 'Stortinget', date: null, reference: null, url: null },
    }),
    change('c002-finnmark', '2016-01-01', { type: 'establish', entity: 'district', id: 'finnmark', attrs: { name: 'Finnmark politidistrikt', seat: 'Kirkenes', localStructureFrom: '2017-06-01' } }, {
      decision: STORTINGET,
      sources: ['Innst. 306 S (2014–2015)', 'https://www.stortinget.no/no/Saker-og-publikasjoner/Vedtak/Vedtak/Sak/?p=61627'],
    }),
    change('c003-vest', '2016-01-01', { type: 'establish', entity: 'district', id: 'vest', attrs: { seat: 'Bergen', name: 'Vest politidistrikt', localStructureFrom: null } }, {
      decision: STORTINGET,
      note: 'Formed from Hordaland, Sogn og Fjordane; "Vest" is the official name.',
    }),
    change('c004-kripos', '2016-01-01', {
      type: 'establish',
      entity: 'specialAgency',
      id: 'kripos',
      attrs: { name: 'Kripos', abbreviation: null, kind: 'saerorgan', seat: 'Oslo', role: 'Nasjonal enhet for bekjempelse av organisert og annen alvorlig kriminalitet', parentId: 'pod' },
    }),
    change('c005-vest-finnmark', '2016-06-01', {
      type: 'establish',
      entity: 'operatingUnit',
      id: 'vest-finnmark',
      attrs: { name: 'Vest-Finnmark', kind: 'geographic', districtId: 'finnmark', seat: 'Hammerfest', functionId: null, nameStatus: 'official' },
    }, { datePrecision: 'month', certainty: 'inferred', note: 'Month from the district\'s annual report;\r\nday unknown.' }),
    change('c006-ops-finnmark', '2016-06-01', {
      type: 'establish',
      entity: 'operatingUnit',
      id: 'operasjonssentral-finnmark',
      attrs: { name: 'Operasjonssentralen i Finnmark', kind: 'functional', districtId: 'finnmark', seat: null, functionId: 'operasjonssentral', nameStatus: 'descriptive' },
    }, { datePrecision: 'approximate' }),
    change('c007-indre-finnmark', '2017-06-01', {
      type: 'establish',
      entity: 'stationDistrict',
      id: 'indre-finnmark',
      attrs: { name: 'Indre Finnmark lensmannsdistrikt', kind: 'lensmannsdistrikt', districtId: 'finnmark', operatingUnitId: 'vest-finnmark', headOfficeId: null },
    }, { decision: POD }),
    change('c008-hammerfest-sd', '2017-06-01', {
      type: 'establish',
      entity: 'stationDistrict',
      id: 'hammerfest',
      attrs: { name: 'Hammerfest politistasjonsdistrikt', kind: 'politistasjonsdistrikt', districtId: 'finnmark', operatingUnitId: null, headOfficeId: null },
    }, { decision: POD }),
    change('c009-karasjok-kommune', '2017-06-01', {
      type: 'establish',
      entity: 'municipality',
      id: '5610',
      attrs: {
        name: 'Kárášjohka – Karasjok',
        countyNumber: '56',
        countyName: 'Finnmark – Finnmárku – Finmarkku',
        population: 2623,
        populationDate: '2024-01-01',
        areaKm2: 5452.8763,
        adminCentre: 'Kárášjohka',
        point: { lon: 25.20981234567891, lat: 69.27162354109876 },
        districtId: 'finnmark',
        stationDistrictIds: ['indre-finnmark'],
      },
    }, { sources: ['https://www.ssb.no/befolkning'], note: 'Sámi: Kárášjoga gielda; ŋ, č, đ, š, ŧ, ž all survive.' }),
    change('c010-karasjok-kontor', '2017-06-01', {
      type: 'establish',
      entity: 'office',
      id: 'karasjok',
      attrs: {
        name: 'Karasjok lensmannskontor',
        kind: 'lensmannskontor',
        districtId: 'finnmark',
        stationDistrictId: 'indre-finnmark',
        municipalityNumber: '5610',
        formerMunicipality: null,
        address: 'Rektor Qvigstads gate 2',
        postcode: '9730',
        position: { lat: 69.47183219234567, lon: 25.51128749103847, precision: 'address' },
        season: null,
      },
    }, { decision: POD }),
    change('c011-honningsvag-sommer', '2017-06-01', {
      type: 'establish',
      entity: 'office',
      id: 'honningsvag-sommer',
      attrs: {
        name: 'Honningsvåg sommerkontor',
        kind: 'politikontor',
        districtId: 'finnmark',
        stationDistrictId: 'hammerfest',
        municipalityNumber: '5618',
        formerMunicipality: null,
        address: null,
        postcode: null,
        position: { lat: 70.9821, lon: 25.9704, precision: 'town' },
        season: { label: 'summer', from: '06-15', to: '08-15' },
      },
    }, { note: '' }),
    change('c012-nordkapp', '2017-06-01', {
      type: 'establish',
      entity: 'municipality',
      id: '5618',
      attrs: {
        name: 'Nordkapp',
        countyNumber: '56',
        countyName: 'Finnmark',
        population: 3049,
        populationDate: '2024-01-01',
        areaKm2: 924.2,
        adminCentre: null,
        point: { lat: 71.0, lon: 25.7834 },
        districtId: 'finnmark',
        stationDistrictIds: ['hammerfest'],
      },
    }),
    change('c013-head-office', '2017-09-01', { type: 'amend', entity: 'stationDistrict', id: 'indre-finnmark', attrs: { headOfficeId: 'karasjok' } }, {
      decision: { by: 'Finnmark politidistrikt', date: '2017-08-20', reference: '', url: null },
    }),
    change('c014-kripos-role', '2018-01-01', { type: 'amend', entity: 'specialAgency', id: 'kripos', attrs: { role: 'Nasjonal enhet, "særorgan"; etterforskning, bistand\nog etterretning', abbreviation: 'KRIPOS' } }),
    change('c015-karasjok-postcode', '2019-03-01', { type: 'amend', entity: 'office', id: 'karasjok', attrs: { postcode: '9735', address: null } }, {
      note: 'Wrong postcode; see the correction.',
    }),
    change('c016-karasjok-postcode-fix', '2019-03-01', { type: 'amend', entity: 'office', id: 'karasjok', attrs: { postcode: '9730' } }, {
      supersedes: 'c015-karasjok-postcode',
      note: 'Correction, with a tab:\there.',
    }),
    change('c017-honningsvag-close', '2020-09-01', { type: 'dissolve', entity: 'office', id: 'honningsvag-sommer', successorIds: [] }, { decision: POD }),
    change('c018-ops-close', '2021-01-01', { type: 'dissolve', entity: 'operatingUnit', id: 'operasjonssentral-finnmark', successorIds: ['vest-finnmark'] }),
    change('c019-honningsvag-reopen', '2023-06-15', { type: 'reestablish', entity: 'office', id: 'honningsvag-sommer', attrs: { season: { label: 'summer', from: '06-15', to: '08-31' } } }, {
      decision: { by: 'Finnmark politidistrikt', date: '2023-04-02', reference: 'Sak 23/4567, "sommerpoliti"', url: 'https://www.politiet.no/finnmark?a=1&b=2' },
      note: 'Reopened for the summer 😀, with commas, "quotes"\nand a second line',
    }),
    change('c020-ops-reopen', '2024-01-01', { type: 'reestablish', entity: 'operatingUnit', id: 'operasjonssentral-finnmark', attrs: {} }, {
      certainty: 'inferred',
      sources: ['Politiets årsrapport 2024, s. 12'],
    }),
    change('c021-vest-local', '2024-01-01', { type: 'amend', entity: 'district', id: 'vest', attrs: { localStructureFrom: '2025-01-01' } }),
    change('c022-pod-seat', '2024-05-01', { type: 'amend', entity: 'directorate', id: 'pod', attrs: { seat: 'Oslo (Hasle)' } }),
    change('c023-karasjok-kept', '2024-06-01', { type: 'confirm', entity: 'office', id: 'karasjok' }, {
      decision: { by: 'Politidirektoratet', date: '2024-05-20', reference: 'Klage avslått', url: null },
      note: 'Kept after the 2024 review.',
    }),
  ];
}
