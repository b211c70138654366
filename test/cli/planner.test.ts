import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

/*
 * The planner's commands end to end over the seeded register in a temporary data directory, in the
 * order a planner would use them. Numbers are checked against other commands' output, not typed in.
 */
let dir: string;
const env = () => ({ NAERPOLITI_DATA_DIR: join(dir, 'db'), NAERPOLITI_ACTOR: 'kari' });
const cli = (...args: string[]) => runCli(args, env());
const json = (...args: string[]) => {
  const run = cli(...args, '--json');
  assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
  return JSON.parse(run.stdout);
};
const fails = (args: string[], stderr: RegExp) => {
  const run = cli(...args);
  assert.notEqual(run.status, 0, `${args.join(' ')} should fail: ${run.stdout}`);
  assert.match(run.stderr, stderr);
  return run;
};

// Figures of the official structure on the base date, read once (every CLI run starts a process).
let officialAt: { offices: number; openOffices: number } | null = null;
const official = () => (officialAt ??= { offices: json('structure', '--at', '2024-06-01').offices.total, openOffices: json('access', '--at', '2024-06-01').national.offices });

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'naerpoliti-planner-cli-'));
  // Reading commands never fill a store: the register is created explicitly, as a user would.
  const init = runCli(['init'], env());
  assert.equal(init.status, 0, init.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('criteria on a date: every default rule with its numbers; a broken criteria file names the JSON path', () => {
  const report = json('criteria', '--at', '2024-06-01');
  assert.equal(report.at, '2024-06-01');
  assert.equal(report.rules.length, 6);
  const total = report.rules.find((r: { kind: string }) => r.kind === 'min-total-offices');
  assert.equal(total.value, official().offices);
  assert.equal(total.passed, total.value > 210);
  const human = cli('criteria', '--at', '2024-06-01');
  assert.equal(human.status, 0, human.stderr);
  assert.match(human.stdout, /\[(OK|IKKE OPPFYLT)\] Flere enn 210 tjenestesteder i landet – \d+ tjenestesteder/);

  const mine = JSON.parse(readFileSync(new URL('../../data/criteria/default.json', import.meta.url), 'utf8'));
  mine.rules[0].minShare = 1.5;
  writeFileSync(join(dir, 'mine.json'), JSON.stringify(mine));
  fails(['criteria', '--criteria', join(dir, 'mine.json')], /kriteriefilen ble avvist: .*mine\.json: \/rules\/0\/minShare must be/);
});

test('closing-costs ranks the open offices by people moved beyond the threshold', () => {
  const report = json('closing-costs', '--at', '2024-06-01', '--threshold', '45', '--limit', '5');
  assert.equal(report.costs.length, 5);
  assert.deepEqual(
    report.costs.map((c: { rank: number }) => c.rank),
    [1, 2, 3, 4, 5],
  );
  for (let i = 1; i < 5; i++) assert.ok(report.costs[i - 1].populationMovedBeyond >= report.costs[i].populationMovedBeyond);
  assert.equal(report.offices, official().openOffices);
  const human = cli('closing-costs', '--at', '2024-06-01', '--limit', '3');
  assert.match(human.stdout, /^Hva det koster å legge ned hvert tjenestested alene, per 2024-06-01/);
  assert.equal(human.stdout.split('\n').filter((l) => /^\s+\d+ {2}\S/.test(l)).length, 3);
  fails(['closing-costs', '--limit', '0'], /--limit må være et heltall fra 1/);
});

test('a scenario is created, edited with each edit checked, evaluated, compared and published', () => {
  const created = json('scenario', 'create', '--name', 'Færre kontor i Vest-Finnmark', '--base', '2024-06-01');
  assert.deepEqual([created.id, created.status, created.createdBy], [1, 'draft', 'kari']);
  // A second scenario, decided before the first is published, that will collide with it.
  assert.equal(json('scenario', 'create', '--name', 'Loppa', '--base', '2024-06-01').id, 2);
  assert.equal(cli('scenario', 'add', '2', 'close-office', 'loppa-lensmannskontor').status, 0);

  // Closing Alta's head office while two others remain needs the new head named; nothing is stored.
  fails(['scenario', 'add', '1', 'close-office', 'alta-lensmannskontor'], /Endring 1 \(legg ned Alta politistasjon\): Alta politistasjon er hovedkontor for Alta politistasjonsdistrikt; oppgi nytt hovedkontor med --new-head/);
  assert.deepEqual(json('scenario', 'show', '1').scenario.changes, []);

  const merged = cli('scenario', 'add', '1', 'merge-office', 'kautokeino-lensmannskontor', '--into', 'alta-lensmannskontor');
  assert.equal(merged.status, 0, merged.stderr);
  assert.match(merged.stdout, /La til endring 1 i scenario 1 «Færre kontor i Vest-Finnmark»: slå Kautokeino politistasjon sammen med Alta politistasjon/);
  assert.equal(cli('scenario', 'add', '1', 'close-office', 'loppa-lensmannskontor').status, 0);
  const last = fails(['scenario', 'add', '1', 'close-office', 'alta-lensmannskontor'], /avvist/);
  assert.match(last.stderr, /^ {2}Endring 3 \(legg ned Alta politistasjon\): Alta politistasjonsdistrikt ville stått uten tjenestested$/m);

  // Opening an office finds its municipality from the position; removing it again is an undo.
  const opened = json('scenario', 'add', '1', 'open-office', '--name', 'Kautokeino politikontor', '--lat', '69.0126', '--lon', '23.0412', '--kind', 'politikontor');
  const step = opened.steps[2];
  assert.deepEqual([step.proposal.officeId, step.proposal.municipalityNumber, step.ops[0].type], ['kautokeino-politikontor', '5612', 'establish']);
  assert.equal(cli('scenario', 'remove', '1', '3').status, 0);

  const view = json('scenario', 'show', '1');
  assert.equal(view.scenario.changes.length, 2);
  assert.deepEqual(view.issues, []);
  const shown = cli('scenario', 'show', '1').stdout;
  assert.match(shown, /^ {2}1\. slå Kautokeino politistasjon sammen med Alta politistasjon$/m);
  assert.match(shown, /^ {7}tjenestested Loppa politistasjon \[loppa-lensmannskontor\] legges ned$/m);
  assert.deepEqual(
    json('scenario', 'history', '1').map((e: { action: string; actor: string }) => `${e.actor} ${e.action}`),
    ['kari scenario.remove-change', 'kari scenario.add-change', 'kari scenario.add-change', 'kari scenario.add-change', 'kari scenario.create'],
  );

  const evaluation = json('scenario', 'evaluate', '1', '--threshold', '30');
  assert.equal(evaluation.accessibility.thresholdMinutes, 30);
  assert.equal(evaluation.accessibility.national.offices, official().openOffices - 2);
  assert.equal(evaluation.criteria.rules.find((r: { kind: string }) => r.kind === 'min-total-offices').value, official().offices - 2);

  const comparison = json('scenario', 'compare', '1');
  assert.match(cli('scenario', 'evaluate', '1').stdout, /^Kriterier: /m);
  assert.deepEqual(
    comparison.officesRemoved.map((o: { id: string }) => o.id),
    ['kautokeino-lensmannskontor', 'loppa-lensmannskontor'],
  );
  assert.deepEqual(comparison.officesAdded, []);
  assert.ok(comparison.municipalitiesFarther.some((m: { number: string; populationFarther: number }) => m.number === '5612' && m.populationFarther > 0));
  assert.equal(comparison.accessibility.national.populationFarther, comparison.municipalitiesFarther.reduce((s: number, m: { populationFarther: number }) => s + m.populationFarther, 0));
  assert.match(cli('scenario', 'compare', '1').stdout, /Lagt ned \(2\): Kautokeino politistasjon, Loppa politistasjon/);

  // Publishing needs a decided scenario; then the register shows the changes from the effective date.
  fails(['scenario', 'publish', '1', '--decided-by', 'Politidirektoratet', '--decision-date', '2024-05-01'], /scenario 1 er utkast; bare et vedtatt scenario kan publiseres/);
  fails(['scenario', 'status', '1', 'vedtatt'], /scenario 1 er utkast og kan bare settes til på høring, ikke vedtatt/);
  for (const [id, status] of [['1', 'høring'], ['1', 'vedtatt'], ['2', 'høring'], ['2', 'vedtatt']] as const) assert.equal(cli('scenario', 'status', id, status).status, 0);
  fails(['scenario', 'add', '1', 'close-office', 'hasvik-lensmannskontor'], /scenario 1 er vedtatt; bare et utkast kan endres/);

  const officesBefore = json('structure', '--at', '2024-07-01').offices.total;
  const published = json('scenario', 'publish', '1', '--decided-by', 'Politidirektoratet', '--decision-date', '2024-05-01', '--reference', 'POD 2024/1', '--effective', '2024-07-01');
  assert.deepEqual(
    published.changes.map((c: { id: string; effective: string }) => `${c.id} ${c.effective}`),
    ['scenario-1-1-1 2024-07-01', 'scenario-1-2-1 2024-07-01'],
  );
  assert.equal(published.scenario.status, 'published');
  assert.equal(json('structure', '--at', '2024-07-01').offices.total, officesBefore - 2);
  const after = json('show', 'loppa-lensmannskontor', '--at', '2024-07-01');
  assert.equal(after.inForce, false);
  assert.deepEqual(after.lastChange.decision, { by: 'Politidirektoratet', date: '2024-05-01', reference: 'POD 2024/1', url: null });
  assert.equal(cli('validate').status, 0);

  // Scenario 2 would close Loppa on 2024-06-01, before scenario 1's closure: the history would break.
  fails(['scenario', 'publish', '2', '--decided-by', 'Politidirektoratet', '--decision-date', '2024-05-02'], /avvist, registeret ville brutt (1 regel|\d+ regler)\b/);
  const two = json('scenario', 'show', '2');
  assert.equal(two.scenario.status, 'decided');
  // Nothing was written: Loppa still closes on 2024-07-01 (scenario 1), not on 2024-06-01.
  assert.equal(json('show', 'loppa-lensmannskontor', '--at', '2024-06-30').inForce, true);
  assert.deepEqual(
    json('scenario', 'list').map((s: { id: number; status: string }) => `${s.id} ${s.status}`),
    ['2 decided', '1 published'],
  );
});

test('bad scenario input exits non-zero with a message naming what was wrong', () => {
  fails(['scenario', 'add', '1', 'teleport-office', 'x'], /ukjent endringstype «teleport-office»; bruk en av: close-office, merge-office/);
  fails(['scenario', 'add', '1', 'merge-office', 'x'], /merge-office trenger --into/);
  fails(['scenario', 'add', '1', 'close-office', 'x', '--into', 'y'], /--into gjelder ikke for close-office/);
  fails(['scenario', 'add', '1', 'open-office', '--name', 'X', '--lat', 'nord', '--lon', '10'], /--lat må være et tall/);
  fails(['scenario', 'add', 'abc', 'close-office', 'x'], /scenario-id må være et heltall fra 1, ikke «abc»/);
  fails(['scenario', 'show', '99'], /fant ikke scenario 99/);
  fails(['scenario', 'create', '--name', 'X', '--base', '2024-02-30'], /ugyldig dato «2024-02-30»: datoen finnes ikke i kalenderen/);
  fails(['scenario', 'status', '1', 'ferdig'], /ukjent status «ferdig»; bruk utkast, høring eller vedtatt/);
  fails(['scenario', 'remove', '2', '5'], /scenario 2 er vedtatt; bare et utkast kan endres/);
});
