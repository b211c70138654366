import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePostcodePoints } from '../../src/analysis/postcodes-file.js';

describe('parsePostcodePoints', () => {
  it('reads the shipped columns, ignores extra ones and keeps postcodes without a point', () => {
    const text = 'postcode,place,municipality_number,municipality_name,category,lat,lon\n0010,OSLO,0301,Oslo,B,59.9171,10.7274\n9170,LONGYEARBYEN,2100,Svalbard,G,,\n';
    const r = parsePostcodePoints(text, 'postcodes.csv');
    assert.ok(r.ok);
    assert.deepEqual(r.value, [
      { postcode: '0010', municipalityNumber: '0301', category: 'B', lat: 59.9171, lon: 10.7274 },
      { postcode: '9170', municipalityNumber: '2100', category: 'G', lat: null, lon: null },
    ]);
  });

  it('names row and field of each problem', () => {
    const text = [
      'postcode,place,municipality_number,category,lat,lon',
      '0010,OSLO,0301,B,59.9,10.7',
      '0010,OSLO,0301,G,59.9,10.7',
      '123,X,301,Q,59.9,',
      '0020,OSLO,0301,G,abc,200',
    ].join('\n');
    const r = parsePostcodePoints(text, 'postcodes.csv');
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(r.error.map((i) => [i.code, i.row, i.field]), [
      ['duplicate-id', 3, 'postcode'],
      ['invalid-value', 4, 'postcode'],
      ['invalid-value', 4, 'municipality_number'],
      ['invalid-value', 4, 'category'],
      ['missing-value', 4, 'lon'],
      ['not-a-number', 5, 'lat'],
      ['out-of-range', 5, 'lon'],
    ]);
    assert.match(r.error[0].message, /postcodes\.csv, rad 3, felt «postcode»: postnummeret 0010 står allerede i rad 2/);
  });
});
