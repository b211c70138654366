import { LogBuilder, district, municipality, office, stationDistrict } from './changes.js';

/**
 * A small hand-made structure for the planner's tests, in force from 2018-01-01 (the local structure
 * too), so scenarios based on 2024-01-01 may dissolve anything in it.
 *
 *   police district Nord (nord):                     police district Sør (sor):
 *     unit A politistasjonsdistrikt (a-sd), head a     unit C politistasjonsdistrikt (c-sd), head c
 *       0001 Alfa  1000 people — office a (politistasjon)   0004 Delta 800 — office c (politistasjon)
 *       0003 Gamma  200 people — office g (politikontor)
 *     unit B lensmannsdistrikt (b-sd), head b
 *       0002 Beta   500 people — office b (lensmannskontor)
 *
 * Operating units: nord-gde (a-sd, b-sd), sor-gde (c-sd).
 */
export const FROM = '2018-01-01';
export const BASE = '2024-01-01';

export function plannerLog(): LogBuilder {
  const at = (lat: number, lon: number) => ({ position: { lat, lon, precision: 'address' as const } });
  return new LogBuilder()
    .establish('district', 'nord', FROM, district('Nord', FROM))
    .establish('district', 'sor', FROM, district('Sør', FROM))
    .establish('operatingUnit', 'nord-gde', FROM, { name: 'Nord GDE', kind: 'geographic', districtId: 'nord', seat: null, functionId: null, nameStatus: 'descriptive' })
    .establish('operatingUnit', 'sor-gde', FROM, { name: 'Sør GDE', kind: 'geographic', districtId: 'sor', seat: null, functionId: null, nameStatus: 'descriptive' })
    .establish('stationDistrict', 'a-sd', FROM, { ...stationDistrict('A politistasjonsdistrikt', 'nord', 'politistasjonsdistrikt', 'a'), operatingUnitId: 'nord-gde' })
    .establish('stationDistrict', 'b-sd', FROM, { ...stationDistrict('B lensmannsdistrikt', 'nord', 'lensmannsdistrikt', 'b'), operatingUnitId: 'nord-gde' })
    .establish('stationDistrict', 'c-sd', FROM, { ...stationDistrict('C politistasjonsdistrikt', 'sor', 'politistasjonsdistrikt', 'c'), operatingUnitId: 'sor-gde' })
    .establish('municipality', '0001', FROM, municipality('Alfa', 'nord', ['a-sd'], 1000))
    .establish('municipality', '0002', FROM, municipality('Beta', 'nord', ['b-sd'], 500))
    .establish('municipality', '0003', FROM, municipality('Gamma', 'nord', ['a-sd'], 200))
    .establish('municipality', '0004', FROM, municipality('Delta', 'sor', ['c-sd'], 800))
    .establish('office', 'a', FROM, { ...office('Alfa politistasjon', 'nord', '0001', 'politistasjon', 'a-sd'), ...at(60.0, 10.0) })
    .establish('office', 'g', FROM, { ...office('Gamma politikontor', 'nord', '0003', 'politikontor', 'a-sd'), ...at(60.2, 10.0) })
    .establish('office', 'b', FROM, { ...office('Beta lensmannskontor', 'nord', '0002', 'lensmannskontor', 'b-sd'), ...at(60.0, 10.5) })
    .establish('office', 'c', FROM, { ...office('Delta politistasjon', 'sor', '0004', 'politistasjon', 'c-sd'), ...at(59.0, 10.0) });
}

/**
 * Demand points (one or two per municipality) and the minutes from each to each office, by hand.
 * `n` is a site that a scenario may open (office id "n").
 *
 *              a    g    b    c    n    people
 *   p1 Alfa   10   30   40   90   20     600
 *   p2 Alfa   50   35   60   95   15     400
 *   p3 Gamma  40    5   70   80   60     200
 *   p4 Beta   60   70   10  100   30     300
 *   p5 Beta   55   80   50  120   25     200
 *   p6 Delta 100   90  110   20   70     800
 */
export const DEMAND_POINTS = [
  { id: 'p1', municipalityNumber: '0001', lat: 60, lon: 10, population: 600 },
  { id: 'p2', municipalityNumber: '0001', lat: 60, lon: 10, population: 400 },
  { id: 'p3', municipalityNumber: '0003', lat: 60, lon: 10, population: 200 },
  { id: 'p4', municipalityNumber: '0002', lat: 60, lon: 10, population: 300 },
  { id: 'p5', municipalityNumber: '0002', lat: 60, lon: 10, population: 200 },
  { id: 'p6', municipalityNumber: '0004', lat: 60, lon: 10, population: 800 },
];

const MINUTES: Record<string, Record<string, number>> = {
  p1: { a: 10, g: 30, b: 40, c: 90, n: 20 },
  p2: { a: 50, g: 35, b: 60, c: 95, n: 15 },
  p3: { a: 40, g: 5, b: 70, c: 80, n: 60 },
  p4: { a: 60, g: 70, b: 10, c: 100, n: 30 },
  p5: { a: 55, g: 80, b: 50, c: 120, n: 25 },
  p6: { a: 100, g: 90, b: 110, c: 20, n: 70 },
};

/** The minutes as an origin–destination CSV, the format `parseTravelTimeMatrix` reads. */
export function minutesCsv(): string {
  const rows = ['origin_id,destination_id,minutes'];
  for (const [origin, row] of Object.entries(MINUTES)) for (const [site, minutes] of Object.entries(row)) rows.push(`${origin},${site},${minutes}`);
  return `${rows.join('\n')}\n`;
}
