import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCandidatePositions } from '../../src/analysis/optimize/index.js';
import type { IsoDate } from '../../src/shared/dates.js';
import { InputFileError } from '../../src/services/access/accessibility-service.js';
import { OptimizeService, type RegisterOptimizeRequest } from '../../src/services/optimize/optimize-service.js';
import { seedRegister } from '../helpers/seed.js';

const AT = '2018-07-01' as IsoDate;
let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'naerpoliti-optimize-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function optimize(request: Partial<RegisterOptimizeRequest>, run = {}) {
  return new OptimizeService().optimize(seedRegister(), { at: AT, objective: 'mclp', timeLimitSeconds: 60, ...request }, run);
}

test('mustKeep, mustNot and district minimums are honoured, and the district table counts them', async () => {
  const mustKeep = ['tromso-politistasjon', 'stovner-politistasjon'];
  const mustNot = ['sentrum-politistasjon', 'bergen-sentrum-politistasjon'];
  const r = await optimize({ keep: 60, mustKeep, mustNot, minPerDistrict: 3, districtMin: { oslo: 4 } });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const v = r.value;
  assert.equal(v.selected.length, 60);
  for (const id of mustKeep) assert.ok(v.selected.includes(id), id);
  for (const id of mustNot) assert.ok(!v.selected.includes(id), id);
  for (const d of v.districts) {
    assert.equal(d.minimum, d.id === 'oslo' ? 4 : 3);
    assert.ok(d.selectedOffices >= d.minimum, `${d.id}: ${d.selectedOffices} ≥ ${d.minimum}`);
    assert.equal(d.selectedOffices, v.candidates.filter((c) => c.districtId === d.id && c.selected).length);
  }
  assert.equal(v.changes.opened.length, 0, 'only open offices were candidates');
  assert.equal(v.changes.closed.length, v.baseline.offices - 60);
  assert.ok((v.coveredShare ?? 1) <= (v.baselineCoveredShare ?? 0), 'fewer offices cannot cover more than all of them');
});

test('impossible or unknown requests come back as errors with codes', async () => {
  const tooMany = await optimize({ keep: 1, mustKeep: ['tromso-politistasjon', 'stovner-politistasjon'] });
  assert.ok(!tooMany.ok);
  assert.equal(tooMany.error.code, 'optimize.infeasible');
  assert.deepEqual(tooMany.error.details, { parameter: 'mustKeep', mustKeep: 2, keep: 1 });
  const unknown = await optimize({ mustNot: ['finnes-ikke'] });
  assert.ok(!unknown.ok);
  assert.equal(unknown.error.code, 'optimize.unknown-candidate');
  const district = await optimize({ districtMin: { atlantis: 1 } });
  assert.ok(!district.ok);
  assert.equal(district.error.code, 'optimize.unknown-district');
  const none = await optimize({ at: '1990-01-01' as IsoDate });
  assert.ok(!none.ok);
  assert.equal(none.error.code, 'optimize.no-open-office');
});

test('added candidate sites are candidates with their district; clashing ids and unknown districts are refused', async () => {
  const csv = 'id,lat,lon,name,district_id\nny-finnsnes,69.23,17.98,Finnsnes (forslag),troms\nny-ute,70.5,22.0,,\n';
  const parsed = parseCandidatePositions(csv, 'forslag.csv');
  assert.ok(parsed.ok);
  const r = await optimize({ addedCandidates: parsed.value, heuristicOnly: true });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const added = r.value.candidates.filter((c) => c.origin === 'added');
  assert.deepEqual(added.map((c) => [c.id, c.name, c.districtId]), [
    ['ny-finnsnes', 'Finnsnes (forslag)', 'troms'],
    ['ny-ute', 'ny-ute', null],
  ]);
  assert.equal(r.value.status, 'heuristic');
  assert.equal(r.value.bound, null);
  // An opened site is always an added one here; the structure is measured as it was.
  for (const id of r.value.changes.opened) assert.ok(id.startsWith('ny-'));
  assert.ok((r.value.coveredShare ?? 0) >= (r.value.baselineCoveredShare ?? 1));

  const clash = await optimize({ addedCandidates: [{ id: 'tromso-politistasjon', lat: 69.6, lon: 18.9, name: null, districtId: null }] });
  assert.ok(!clash.ok);
  assert.equal(clash.error.code, 'optimize.duplicate-candidate');
  const nowhere = await optimize({ addedCandidates: [{ id: 'x', lat: 69.6, lon: 18.9, name: null, districtId: 'atlantis' }] });
  assert.ok(!nowhere.ok);
  assert.equal(nowhere.error.code, 'optimize.unknown-district');

  const bad = parseCandidatePositions('id,lat,lon\na,69,\nb,91,10\na,60,10\n', 'forslag.csv');
  assert.ok(!bad.ok);
  assert.deepEqual(bad.error.map((i) => [i.code, i.row, i.field]), [
    ['missing-value', 2, 'lon'],
    ['out-of-range', 3, 'lat'],
    ['duplicate-id', 4, 'id'],
  ]);
});

test('a population file and an imported matrix over every candidate replace the default demand and estimate', async () => {
  const population = join(dir, 'befolkning.csv');
  writeFileSync(population, 'id,lat,lon,population,municipality_number\noslo,59.91,10.75,700000,0301\nbergen,60.39,5.32,290000,4601\ntromso,69.65,18.96,78000,5501\n');
  const open = seedRegister().snapshot(AT).openOffices().map((o) => o.id);
  const near: Record<string, string> = { oslo: 'stovner-politistasjon', bergen: 'flesland-politistasjon', tromso: 'tromso-politistasjon' };
  const rows = ['origin_id,destination_id,minutes'];
  for (const origin of Object.keys(near)) for (const office of open) rows.push(`${origin},${office},${office === near[origin] ? 10 : 90}`);
  const matrix = join(dir, 'matrise.csv');
  writeFileSync(matrix, rows.join('\n'));
  const r = await optimize({ keep: 3, populationFile: population, travel: { matrixFile: matrix } });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.deepEqual(r.value.selected, ['flesland-politistasjon', 'stovner-politistasjon', 'tromso-politistasjon']);
  assert.equal(r.value.coveredShare, 1);
  assert.equal(r.value.baselineCoveredShare, 1);
  assert.equal(r.value.travelModel.estimated, false);
  assert.equal(r.value.demand.points, 3);

  writeFileSync(matrix, rows.slice(0, -1).join('\n'));
  await assert.rejects(optimize({ keep: 3, populationFile: population, travel: { matrixFile: matrix } }), (e: unknown) => {
    assert.ok(e instanceof InputFileError);
    assert.equal(e.issues[0]?.code, 'missing-pairs');
    assert.equal(e.issues[0]?.file, matrix);
    return true;
  });
});

test('cancelling returns the best answer so far with status cancelled; a signal aborted before the run gives the heuristic', async () => {
  const controller = new AbortController();
  const r = await optimize(
    { allHistoricOffices: true, keep: 100, objective: 'p-median' },
    { signal: controller.signal, onProgress: (p: { phase: string }) => p.phase === 'bound' && controller.abort() },
  );
  assert.ok(r.ok);
  assert.equal(r.value.status, 'cancelled');
  assert.match(r.value.solver, /\(cancelled\)$/);
  assert.ok(r.value.objectiveValue <= r.value.heuristic.objectiveValue, 'never worse than the heuristic');
  assert.ok(r.value.bound === null || r.value.bound <= r.value.objectiveValue);
  assert.ok(r.value.baselineCoveredShare !== null, 'a cancelled answer is still set beside the actual structure');

  const already = new AbortController();
  already.abort();
  const early = await optimize({ keep: 150 }, { signal: already.signal });
  assert.ok(early.ok);
  assert.equal(early.value.status, 'cancelled');
  assert.equal(early.value.bound, null);
  const heuristic = await optimize({ keep: 150, heuristicOnly: true });
  assert.ok(heuristic.ok);
  assert.deepEqual(early.value.selected, heuristic.value.selected);
  assert.equal(early.value.objectiveValue, heuristic.value.objectiveValue);
});
