import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Compile } from 'typebox/compile';
import { RegisterOptimizeReportSchema } from '../../src/contract/optimize-report.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { orLibMatrixCsv, parseOrLib } from '../optimize/orlib.js';
import { rng } from '../optimize/helpers.js';
import { seedRegister } from '../helpers/seed.js';
import type { IsoDate } from '../../src/shared/dates.js';
import { OptimizeResultSchema } from '../../src/contract/optimize-result.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
const env = () => ({ NAERPOLITI_DATA_DIR: join(dir, 'db') });
const cli = (...args: string[]) => runCli(['optimize', ...args], env());

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'naerpoliti-optimize-cli-'));
  // Reading commands never fill a store: the register is created explicitly, as a user would.
  const init = runCli(['init'], env());
  assert.equal(init.status, 0, init.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('--json prints one object with the result, the actual structure beside it and the changes', () => {
  const run = cli('--at', '2018-07-01', '--keep', '150', '--json', '--no-progress');
  assert.equal(run.status, 0, run.stderr);
  const r = JSON.parse(run.stdout);
  assert.ok(Compile(RegisterOptimizeReportSchema).Check(r));
  for (const key of ['objective', 'keep', 'thresholdMinutes', 'selected', 'coveredShare', 'baselineCoveredShare', 'bound', 'gap', 'solver', 'seconds', 'changes']) {
    assert.ok(key in r, key);
  }
  assert.equal(r.objective, 'mclp');
  assert.equal(r.keep, 150);
  assert.equal(r.thresholdMinutes, 45);
  assert.equal(r.selected.length, 150);
  assert.equal(r.baseline.offices, r.candidates.length, 'candidates are the open offices');
  assert.equal(r.changes.closed.length, r.baseline.offices - 150);
  assert.deepEqual(r.changes.opened, []);
  assert.ok(r.coveredShare !== null && r.baselineCoveredShare !== null && r.coveredShare <= r.baselineCoveredShare);
  assert.equal(r.status, 'optimal', r.solver);
  assert.equal(r.gap, 0);
});

test('human output in Norwegian: the choice, coverage against the actual structure, what differs, the solver', () => {
  const run = cli('--at', '2018-07-01', '--keep', '200', '--must-keep', 'stovner-politistasjon,tromso-politistasjon', '--must-not', 'sentrum-politistasjon', '--no-progress');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^Optimering per 2018-07-01: flest mulig innbyggere innen terskelen \(maksimal dekning, MCLP\), 200 tjenestesteder av \d+ kandidater/);
  assert.match(run.stdout, /Innen 45 min: \d+,\d\d % \([\d ]+ innbyggere\) – faktisk struktur per 2018-07-01 \(\d+ tjenestesteder\): \d+,\d\d %/);
  assert.match(run.stdout, /Ikke valgt \(\d+\): .*Sentrum politistasjon/);
  assert.match(run.stdout, /Løser: bevist optimal – greedy\+swap → HiGHS/);
  assert.match(run.stdout, /Reisetid: Kjøretid på vegnettet/);
  assert.match(run.stdout, /Vegdata: .*© OpenStreetMap contributors/);
  const json = JSON.parse(cli('--at', '2018-07-01', '--keep', '200', '--must-keep', 'stovner-politistasjon', '--must-keep', 'tromso-politistasjon', '--must-not', 'sentrum-politistasjon', '--json', '--no-progress').stdout);
  assert.ok(json.selected.includes('stovner-politistasjon') && json.selected.includes('tromso-politistasjon'));
  assert.ok(!json.selected.includes('sentrum-politistasjon'));
  assert.ok(json.changes.closed.includes('sentrum-politistasjon'));
});

test('an impossible request exits 1 with a Norwegian message naming the option', () => {
  const run = cli('--at', '2018-07-01', '--keep', '1', '--must-keep', 'stovner-politistasjon,tromso-politistasjon', '--no-progress');
  assert.equal(run.status, 1);
  assert.match(run.stderr, /naerpoliti: umulig: --must-keep nevner 2 steder, men --keep er bare 1/);
  const unknown = cli('--at', '2018-07-01', '--must-not', 'finnes-ikke', '--no-progress');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /--must-not nevner «finnes-ikke», som ikke er blant kandidatene/);
  const district = cli('--at', '2018-07-01', '--district-min', 'agder=99', '--no-progress');
  assert.equal(district.status, 1);
  assert.match(district.stderr, /umulig: minstekravet for distriktet «agder» er 99, men bare \d+ av kandidatene der kan velges/);
  const objective = cli('--objective', 'maks');
  assert.notEqual(objective.status, 0);
  assert.match(objective.stderr, /--objective.*maks/);
});

test('a bad file is refused with a message naming the file, the line and the field', () => {
  const candidates = join(dir, 'forslag.csv');
  writeFileSync(candidates, 'id,lat,lon\nny-a,69.2,18.0\nny-b,nord,18.0\n');
  const run = cli('--at', '2018-07-01', '--candidates', candidates, '--no-progress');
  assert.equal(run.status, 1);
  assert.match(run.stderr, new RegExp(`${candidates.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, rad 3, felt «lat»: «nord» er ikke et tall`));
  const matrix = join(dir, 'matrise.csv');
  writeFileSync(matrix, 'origin,destination,value\na,x,1\na,y,-2\n');
  const bad = cli('--matrix-problem', matrix, '--keep', '1', '--objective', 'p-median');
  assert.equal(bad.status, 1);
  // The optimiser's old matrix columns are still read, with a note saying they are deprecated.
  assert.match(bad.stderr, /merk: .*matrise\.csv: kolonnene origin,destination,value er et eldre matriseformat/);
  assert.match(bad.stderr, /matrise\.csv, rad 3, felt «value»: -2 er negativ/);
  const current = join(dir, 'matrise-ny.csv');
  writeFileSync(current, 'origin_id,destination_id,minutes\na,x,1\na,y,"2,5"\n');
  const comma = cli('--matrix-problem', current, '--keep', '1', '--objective', 'p-median');
  assert.equal(comma.status, 1);
  assert.doesNotMatch(comma.stderr, /eldre matriseformat/);
  assert.match(comma.stderr, /matrise-ny\.csv, rad 3, felt «minutes»: «2,5» har desimalkomma; bruk desimalpunktum \(2\.5\)/);
  const missing = cli('--matrix-problem', join(dir, 'finnes-ikke.csv'), '--keep', '1');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /finnes-ikke\.csv: filen finnes ikke/);
  const mixed = cli('--matrix-problem', matrix, '--keep', '1', '--at', '2018-07-01');
  assert.equal(mixed.status, 1);
  assert.match(mixed.stderr, /--at gjelder registeret og kan ikke brukes med --matrix-problem/);
});

test('a proposed site in --candidates can be chosen and is reported as opened', () => {
  const candidates = join(dir, 'forslag-ok.csv');
  // A site in the middle of the Finnmarksvidda, far from every 2018 office, and one beside Tromsø's.
  writeFileSync(candidates, 'id,lat,lon,name,district_id\nny-vidda,69.3,24.5,Vidda (forslag),finnmark\nny-tromso,69.65,18.95,,troms\n');
  const run = cli('--at', '2018-07-01', '--candidates', candidates, '--json', '--no-progress');
  assert.equal(run.status, 0, run.stderr);
  const r = JSON.parse(run.stdout);
  assert.deepEqual(r.candidates.filter((c: { origin: string }) => c.origin === 'added').map((c: { id: string }) => c.id), ['ny-vidda', 'ny-tromso']);
  assert.ok(r.coveredShare >= r.baselineCoveredShare);
  for (const id of r.changes.opened) assert.ok(id.startsWith('ny-'));
  assert.equal(r.changes.opened.length, r.changes.closed.length);
});

test('standalone: OR-Library pmed1 from a matrix file reaches the known optimum 5819', () => {
  const matrix = join(dir, 'pmed1.csv');
  writeFileSync(matrix, orLibMatrixCsv(parseOrLib(readFileSync(join(ROOT, 'test/fixtures/orlib/pmed1.txt'), 'utf8'))));
  const run = cli('--matrix-problem', matrix, '--keep', '5', '--objective', 'p-median', '--json', '--no-progress');
  assert.equal(run.status, 0, run.stderr);
  const r = JSON.parse(run.stdout);
  assert.ok(Compile(OptimizeResultSchema).Check(r));
  assert.equal(r.objectiveValue, 5819);
  assert.equal(r.status, 'optimal');
  assert.equal(r.bound, 5819);
  assert.equal(r.selected.length, 5);
  assert.equal(r.baselineCoveredShare, null, 'no register, no actual structure');
  const human = cli('--matrix-problem', matrix, '--keep', '5', '--objective', 'p-median', '--heuristic-only');
  assert.equal(human.status, 0, human.stderr);
  assert.match(human.stdout, /Målverdi \(sum vekt × verdi\): 5 819/);
  assert.match(human.stdout, /Løser: bare heuristikk/);
  // Weights and a candidate list choose the problem: weight 0 everywhere but node 1, candidates 2 and 3.
  const weights = join(dir, 'vekter.csv');
  writeFileSync(weights, 'id,weight\n' + Array.from({ length: 100 }, (_, i) => `${i + 1},${i === 0 ? 1 : 0}`).join('\n'));
  const list = join(dir, 'kandidater.csv');
  writeFileSync(list, 'id\n2\n3\n');
  const small = JSON.parse(cli('--matrix-problem', matrix, '--weights', weights, '--candidates-list', list, '--keep', '1', '--objective', 'p-median', '--json', '--no-progress').stdout);
  assert.equal(small.selected.length, 1);
  assert.ok(['2', '3'].includes(small.selected[0]));
  assert.equal(small.totalWeight, 1);
});

test('--report-2018 prints both variants with the numbers and the differing offices', () => {
  const run = cli('--report-2018', '--no-progress');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /Faktisk struktur 2018-07-01: \d+ tjenestesteder, \d+,\d\d % av befolkningen/);
  assert.match(run.stdout, /A\. Samme steder .*kontroll: stemmer/);
  assert.match(run.stdout, /B\. \d+ valgt blant alle \d+ steder som fantes 2015-12-31 eller 2018-07-01/);
  assert.match(run.stdout, /Ville beholdt i stedet \(\d+, lagt ned i reformen\): /);
  const json = JSON.parse(cli('--report-2018', '--json', '--no-progress').stdout);
  assert.ok(json.oldAndNewSites.coveredShare >= json.oldAndNewSites.baselineCoveredShare);
  assert.equal(json.sameSites.coveredShare, json.sameSites.baselineCoveredShare);
  const clash = cli('--report-2018', '--keep', '10');
  assert.equal(clash.status, 1);
  assert.match(clash.stderr, /--report-2018 velger selv dato, kandidater, K og mål; ta bort --keep/);
});

/** A p-median matrix whose assignment MIP keeps HiGHS busy for many seconds (600 × 400 random points). */
function slowMatrix(): string {
  const r = rng(5);
  const demand = Array.from({ length: 600 }, () => [r() * 100, r() * 100]);
  const sites = Array.from({ length: 400 }, () => [r() * 100, r() * 100]);
  const lines = ['origin_id,destination_id,minutes'];
  demand.forEach(([x, y], i) => sites.forEach(([u, v], j) => lines.push(`d${i},s${j},${Math.hypot(x! - u!, y! - v!).toFixed(1)}`)));
  const file = join(dir, 'treg.csv');
  writeFileSync(file, lines.join('\n'));
  return file;
}

/**
 * Runs the CLI asynchronously and sends SIGINT once the exact phase shows in the progress bar; with
 * `twice`, a second one as soon as the first has been acknowledged (signals sent back to back coalesce).
 */
function interrupted(args: string[], twice: boolean): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: undefined, ...env() } });
    let stdout = '';
    let stderr = '';
    let sent = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (sent === 0 && stderr.includes('HiGHS eksakt')) {
        sent = 1;
        child.kill('SIGINT');
      } else if (twice && sent === 1 && stderr.includes('avbryter')) {
        sent = 2;
        child.kill('SIGINT');
      }
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

test('Ctrl-C during the exact phase prints the best answer so far with status cancelled; a second Ctrl-C exits at once', async () => {
  const matrix = slowMatrix();
  const args = ['optimize', '--matrix-problem', matrix, '--keep', '20', '--objective', 'p-median', '--json'];
  const once = await interrupted(args, false);
  assert.equal(once.status, 0, once.stderr);
  assert.match(once.stderr, /avbryter den eksakte fasen og skriver det beste svaret så langt/);
  const r = JSON.parse(once.stdout);
  assert.equal(r.status, 'cancelled');
  assert.equal(r.selected.length, 20);
  assert.ok(r.objectiveValue <= r.heuristic.objectiveValue);
  assert.match(r.solver, /\(cancelled\)$/);

  const twice = await interrupted(args, true);
  assert.equal(twice.status, 130);
  assert.equal(twice.stdout, '');
});

test('--save-scenario stores the answer as a draft scenario the planner can show; a refused one stores nothing', () => {
  // As many offices as were open on 2018-07-01 (225 since the 2026 corrections), and one fewer.
  const open2018 = seedRegister().snapshot('2018-07-01' as IsoDate).openOffices().length;
  // On the estimated model (circuity 1.3): there this optimum is a structure the register's rules accept. On the
  // road model the optimum merges Gardermoen into Eidsvoll, which splits Ullensaker and is refused (nothing stored).
  const run = cli('--at', '2018-07-01', '--also-offices-from', '2015-12-31', '--keep', String(open2018), '--travel', 'estimated', '--circuity', '1.3', '--save-scenario', 'Optimal 2018', '--actor', 'test', '--json', '--no-progress');
  assert.equal(run.status, 0, run.stderr);
  const r = JSON.parse(run.stdout);
  assert.ok(Compile(RegisterOptimizeReportSchema).Check(r));
  const saved = r.savedScenario;
  assert.ok(saved);
  assert.deepEqual({ ...saved, id: 0 }, { id: 0, name: 'Optimal 2018', baseDate: '2018-07-01', status: 'draft', proposals: r.changes.opened.length + r.changes.closed.length });
  const shown = runCli(['scenario', 'show', String(saved.id), '--json'], env());
  assert.equal(shown.status, 0, shown.stderr);
  const view = JSON.parse(shown.stdout);
  assert.equal(view.scenario.name, 'Optimal 2018');
  assert.equal(view.scenario.changes.length, saved.proposals);
  assert.deepEqual(view.issues, []);

  const human = cli('--at', '2018-07-01', '--keep', String(open2018 - 1), '--travel', 'estimated', '--circuity', '1.3', '--save-scenario', 'Ett færre', '--no-progress');
  assert.equal(human.status, 0, human.stderr);
  assert.match(human.stdout, /Lagret som scenario \d+ «Ett færre» \(utkast, grunnlag 2018-07-01\) med 1 endring; se det med: naerpoliti scenario show \d+/);

  // No office of the Oslo district on 2024-06-01: its station districts could only merge into another
  // district's, which the register refuses (see test/optimize/optimize-scenario.test.ts).
  const oslo = (seedRegister().snapshot('2024-06-01' as IsoDate).officesByDistrict.get('oslo') ?? []).map((o) => o.id);
  const before = JSON.parse(runCli(['scenario', 'list', '--json'], env()).stdout).length;
  const refused = cli('--at', '2024-06-01', '--keep', '200', '--must-not', oslo.join(','), '--save-scenario', 'Uten Oslo', '--no-progress');
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /--save-scenario: scenarioet ville brutt reglene, ingenting er lagret:\n {2}Endring \d+ \(/);
  assert.equal(JSON.parse(runCli(['scenario', 'list', '--json'], env()).stdout).length, before);
  const clash = cli('--report-2018', '--save-scenario', 'x');
  assert.equal(clash.status, 1);
  assert.match(clash.stderr, /ta bort --save-scenario/);
});
