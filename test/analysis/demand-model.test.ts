import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demandFromPostcodes, type MunicipalityDemandInput, type PostcodePoint } from '../../src/analysis/demand-model.js';
import { DomainError } from '../../src/domain/errors.js';

const municipalities: MunicipalityDemandInput[] = [
  { number: '0002', population: 7, lat: 61, lon: 11 },
  { number: '0001', population: 10, lat: 60, lon: 10 },
];

const pc = (postcode: string, municipalityNumber: string, category: string, lat: number | null = 60.1, lon: number | null = 10.1): PostcodePoint => ({
  postcode,
  municipalityNumber,
  category,
  lat,
  lon,
});

describe('demandFromPostcodes', () => {
  const postcodes = [
    pc('0103', '0001', 'G', 60.3, 10.3),
    pc('0101', '0001', 'B', 60.1, 10.1),
    pc('0102', '0001', 'G', 60.2, 10.2),
    pc('0104', '0001', 'P'), // post boxes: nobody lives there
    pc('0105', '0001', 'S'),
    pc('0106', '0001', 'G', null, null), // no point
    pc('0201', '0002', 'P'), // 0002 has no street postcode: falls back to its representative point
    pc('9170', '2100', 'G'), // Svalbard: not a municipality in the input
  ];
  const demand = demandFromPostcodes(municipalities, postcodes);

  it('splits a municipality equally in whole persons, the remainder to the first postcodes', () => {
    assert.deepEqual(demand.ids, ['postcode:0101', 'postcode:0102', 'postcode:0103', 'municipality:0002']);
    // 10 people over 3 points: 3 each and the one left over to 0101, the first in postcode order.
    assert.deepEqual([...demand.population], [4, 3, 3, 7]);
    assert.deepEqual([...demand.lat], [60.1, 60.2, 60.3, 61]);
    assert.deepEqual([...demand.lon], [10.1, 10.2, 10.3, 11]);
  });

  it('falls back to the representative point where a municipality has no street-address postcode', () => {
    assert.deepEqual(demand.summary.fallbackMunicipalities, ['0002']);
    assert.deepEqual(demand.municipalityNumbers, ['0001', '0002']);
    assert.deepEqual([...demand.municipalityIndex], [0, 0, 0, 1]);
  });

  it('counts the postcodes it leaves out, by reason', () => {
    assert.deepEqual(demand.summary.ignoredPostcodes, { notStreetAddress: 3, noCoordinates: 1, unknownMunicipality: 1 });
  });

  it('keeps the population total exactly equal to the sum of municipalities', () => {
    assert.equal(demand.summary.population, 17);
    assert.equal(demand.population.reduce((a, b) => a + b, 0), 17);
  });

  it('states its method and counts in Norwegian and English', () => {
    assert.match(demand.method.nb, /like store deler/);
    assert.match(demand.method.nb, /1 kommuner på representativt punkt/);
    assert.match(demand.method.en, /3 postcode points in 1 municipalities/);
  });

  it('is exact for awkward populations and point counts (shares never lose or gain a person)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const ms: MunicipalityDemandInput[] = [];
    const ps: PostcodePoint[] = [];
    let expected = 0;
    for (let m = 0; m < 300; m++) {
      const number = String(1000 + m);
      const population = Math.floor(rand() * 1_000_000) * (m % 7 === 0 ? 0 : 1) + (m % 5);
      expected += population;
      ms.push({ number, population, lat: 60, lon: 10 });
      const k = Math.floor(rand() * 40);
      for (let r = 0; r < k; r++) ps.push(pc(String(1000 * m + r).padStart(6, '0'), number, r % 2 ? 'G' : 'B', 60 + rand(), 10 + rand()));
    }
    const d = demandFromPostcodes(ms, ps);
    const perMunicipality = new Float64Array(d.municipalityNumbers.length);
    let total = 0;
    for (let i = 0; i < d.ids.length; i++) {
      assert.ok(Number.isInteger(d.population[i]) && d.population[i] >= 0);
      perMunicipality[d.municipalityIndex[i]] += d.population[i];
      total += d.population[i];
    }
    assert.equal(total, expected);
    for (const m of ms) assert.equal(perMunicipality[d.municipalityNumbers.indexOf(m.number)], m.population, `municipality ${m.number}`);
  });

  it('refuses municipality input that is a bug upstream', () => {
    assert.throws(() => demandFromPostcodes([municipalities[0], municipalities[0]], []), DomainError);
    assert.throws(() => demandFromPostcodes([{ number: '0001', population: 2.5, lat: 60, lon: 10 }], []), /not a whole number/);
    assert.throws(() => demandFromPostcodes([{ number: '0001', population: 2, lat: 91, lon: 10 }], []), /not a WGS84 position/);
  });
});
