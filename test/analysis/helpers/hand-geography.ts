import { demandOf, handModel, matrixOf, sitesOf } from './fixtures.js';

/*
 * A hand-made geography. Districts Nord (municipalities A, B) and Sør (C); offices o1, o2 in Nord,
 * o3 in Sør. Minutes by hand:
 *          o1   o2   o3
 *   p1 A   10   20   90    100 people
 *   p2 A   50   40   70     50
 *   p3 B   60   60   80     30   (tie o1/o2: the lower index, o1)
 *   p4 C  100   90   30     20
 *   p5 A    5  100  100      0   (nobody lives there)
 */
const demand = demandOf([
  { id: 'p1', municipalityNumber: '0001', lat: 60, lon: 10, population: 100 },
  { id: 'p2', municipalityNumber: '0001', lat: 60, lon: 10, population: 50 },
  { id: 'p3', municipalityNumber: '0002', lat: 60, lon: 10, population: 30 },
  { id: 'p4', municipalityNumber: '0003', lat: 60, lon: 10, population: 20 },
  { id: 'p5', municipalityNumber: '0001', lat: 60, lon: 10, population: 0 },
]);
const sites = sitesOf([
  { id: 'o1', districtId: 'nord' },
  { id: 'o2', districtId: 'nord' },
  { id: 'o3', districtId: 'sor' },
]);
const matrix = matrixOf(demand, sites, [
  [10, 20, 90],
  [50, 40, 70],
  [60, 60, 80],
  [100, 90, 30],
  [5, 100, 100],
]);
export const areas = {
  municipalities: new Map([
    ['0001', { name: 'A', districtId: 'nord' }],
    ['0002', { name: 'B', districtId: 'nord' }],
    ['0003', { name: 'C', districtId: 'sor' }],
  ]),
  districts: new Map([
    ['sor', { name: 'Sør' }],
    ['nord', { name: 'Nord' }],
  ]),
};
export const input = { at: '2018-07-01', demand, sites, matrix, travelModel: handModel, ...areas };

