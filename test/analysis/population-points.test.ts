import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demandFromPoints } from '../../src/analysis/population-points.js';
import { parsePopulationPoints } from '../../src/analysis/population-points-file.js';
import type { InputIssue } from '../../src/shared/csv/file-issues.js';

function issuesOf<T>(r: { ok: true; value: T } | { ok: false; error: InputIssue[] }): InputIssue[] {
  assert.equal(r.ok, false, 'expected the input to be refused');
  return r.ok ? [] : r.error;
}

describe('parsePopulationPoints (CSV)', () => {
  it('reads id, lat, lon, population and an optional municipality number', () => {
    const r = parsePopulationPoints('id,lat,lon,population,municipality_number\na,60.5,10.25,12,0301\nb,61,11,0.5,\n', 'grid.csv');
    assert.ok(r.ok);
    assert.deepEqual(r.value, [
      { id: 'a', lat: 60.5, lon: 10.25, population: 12, municipalityNumber: '0301' },
      { id: 'b', lat: 61, lon: 11, population: 0.5, municipalityNumber: null },
    ]);
  });

  it('accepts a semicolon-separated file from a Norwegian spreadsheet', () => {
    const r = parsePopulationPoints('id;lat;lon;population\na;60.5;10.25;12\n', 'grid.csv');
    assert.ok(r.ok);
    assert.equal(r.value[0].population, 12);
  });

  it('names file, row, field and reason for each bad cell', () => {
    const text = ['id,lat,lon,population', 'a,60,10,5', 'b,95,10,5', 'c,60,"10,5",5', ',60,10,-1', 'a,60,10,', 'e,60,10,5,x'].join('\n');
    const issues = issuesOf(parsePopulationPoints(text, 'grid.csv'));
    const brief = issues.map((i) => [i.code, i.row, i.field]);
    assert.deepEqual(brief, [
      ['out-of-range', 3, 'lat'],
      ['not-a-number', 4, 'lon'],
      ['missing-value', 5, 'id'],
      ['out-of-range', 5, 'population'],
      ['duplicate-id', 6, 'id'],
      ['missing-value', 6, 'population'],
    ]);
    assert.equal(issues[1].message, 'grid.csv, rad 4, felt «lon»: «10,5» har desimalkomma; bruk desimalpunktum (10.5)');
    assert.match(issues[4].message, /id-en «a» er allerede brukt i rad 2/);
  });

  it('names the missing column', () => {
    const issues = issuesOf(parsePopulationPoints('id,lat,lon,folk\na,60,10,5\n', 'grid.csv'));
    assert.equal(issues.length, 1);
    assert.equal(issues[0].code, 'missing-column');
    assert.equal(issues[0].field, 'population');
  });

  it('refuses an empty file and unreadable CSV', () => {
    assert.equal(issuesOf(parsePopulationPoints('', 'grid.csv'))[0].code, 'empty');
    assert.equal(issuesOf(parsePopulationPoints('id,lat,lon,population\n', 'grid.csv'))[0].code, 'empty');
    assert.equal(issuesOf(parsePopulationPoints('id,lat,lon,population\n"a,60,10,5\n', 'grid.csv'))[0].code, 'unreadable');
  });

  it('stops listing after 50 issues and says how many more there were', () => {
    const rows = Array.from({ length: 80 }, (_, k) => `p${k},x,10,5`);
    const issues = issuesOf(parsePopulationPoints(['id,lat,lon,population', ...rows].join('\n'), 'grid.csv'));
    assert.equal(issues.length, 51);
    assert.equal(issues[50].code, 'too-many-issues');
    assert.match(issues[50].message, /30 problem\(er\) til er ikke vist/);
  });
});

describe('parsePopulationPoints (GeoJSON)', () => {
  const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  const point = (id: unknown, lonLat: number[], population: unknown, extra: Record<string, unknown> = {}) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: lonLat },
    properties: { population, ...extra },
  });

  it('reads Point features with [lon, lat] and properties.population', () => {
    const r = parsePopulationPoints(fc([point('a', [10.5, 60.25], 3, { municipality_number: '0301' }), point(7, [11, 61], 0)]), 'grid.geojson');
    assert.ok(r.ok);
    assert.deepEqual(r.value, [
      { id: 'a', lat: 60.25, lon: 10.5, population: 3, municipalityNumber: '0301' },
      { id: '7', lat: 61, lon: 11, population: 0, municipalityNumber: null },
    ]);
  });

  it('names feature, field and reason', () => {
    const polygon = { type: 'Feature', id: 'p', geometry: { type: 'Polygon', coordinates: [] }, properties: { population: 1 } };
    const issues = issuesOf(
      parsePopulationPoints(fc([point('a', [10, 60], 1), polygon, point('c', [10, 60], -2), point(undefined, [10, 60], 1), point('e', [60, 100], 1), point('a', [10, 60], 1)]), 'grid.geojson'),
    );
    const brief = issues.map((i) => [i.feature, i.field]);
    assert.deepEqual(brief, [
      [2, 'geometry.type'],
      [3, 'properties.population'],
      [4, 'id'],
      [5, 'geometry.coordinates'],
    ]);
    assert.match(issues[0].message, /^grid\.geojson, objekt 2, felt «geometry\.type»: /);
    assert.match(issues[3].message, /er ikke \[lon, lat\]/);
  });

  it('reports duplicate ids once the features themselves are good', () => {
    const issues = issuesOf(parsePopulationPoints(fc([point('a', [10, 60], 1), point('a', [11, 60], 1)]), 'grid.geojson'));
    assert.deepEqual(issues.map((i) => [i.code, i.feature]), [['duplicate-id', 2]]);
  });

  it('refuses what is not a FeatureCollection', () => {
    assert.equal(issuesOf(parsePopulationPoints('{"type":"Feature"}', 'x.json'))[0].code, 'invalid-value');
    assert.equal(issuesOf(parsePopulationPoints('{"type":', 'x.json'))[0].code, 'unreadable');
  });
});

describe('demandFromPoints', () => {
  it('keeps order and population and indexes municipalities', () => {
    const r = demandFromPoints(
      [
        { id: 'a', municipalityNumber: '0301', lat: 60, lon: 10, population: 2.5 },
        { id: 'b', municipalityNumber: '0101', lat: 59, lon: 11, population: 4 },
        { id: 'c', municipalityNumber: '0301', lat: 60.1, lon: 10.1, population: 0.5 },
      ],
      { source: 'ssb-grid.csv', knownMunicipalities: ['0301', '0101'] },
    );
    assert.ok(r.ok);
    const d = r.value;
    assert.deepEqual(d.municipalityNumbers, ['0101', '0301']);
    assert.deepEqual([...d.municipalityIndex], [1, 0, 1]);
    assert.deepEqual([...d.population], [2.5, 4, 0.5]);
    assert.equal(d.summary.population, 7);
    assert.match(d.method.nb, /ssb-grid\.csv/);
  });

  it('validates every point and names it', () => {
    const issues = issuesOf(
      demandFromPoints(
        [
          { id: 'a', municipalityNumber: '0301', lat: 60, lon: 10, population: 1 },
          { id: 'a', municipalityNumber: '0301', lat: 60, lon: 10, population: 1 },
          { id: 'b', municipalityNumber: '9999', lat: NaN, lon: 10, population: Infinity },
          { id: 'c', municipalityNumber: '31', lat: 60, lon: 10, population: 1 },
        ],
        { knownMunicipalities: ['0301'] },
      ),
    );
    assert.deepEqual(issues.map((i) => [i.code, i.field]), [
      ['duplicate-id', 'id'],
      ['out-of-range', 'lat/lon'],
      ['out-of-range', 'population'],
      ['unknown-id', 'municipality_number'],
      ['invalid-value', 'municipality_number'],
    ]);
    assert.match(issues[3].message, /punkt 3 \(id «b»\): kommune 9999 finnes ikke i registeret/);
  });
});
