import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../helpers/cli.js';

let dir: string;
const env = () => ({ NAERPOLITI_DATA_DIR: join(dir, 'db') });
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'naerpoliti-network-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('network import refuses a bad file in Norwegian, naming the file, row and field, and stores nothing', () => {
  const bad = join(dir, 'bad');
  mkdirSync(bad);
  writeFileSync(join(bad, 'nodes.csv'), 'id,lat,lon\na,60,5\nb,60,øst\n');
  writeFileSync(join(bad, 'edges.csv'), 'from,to,km,road_class,kind,minutes\na,b,5,Fv,road,6\n');
  const run = runCli(['network', 'import', bad, '--source', 'prøve', '--terms', 'ingen'], env());
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^naerpoliti: vegnettet ble avvist, ingenting er lagret \(1 feil\): .*nodes\.csv, rad 3, felt «lon»/m);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  const missing = runCli(['network', 'import', join(dir, 'nowhere.geojson'), '--source', 's', '--terms', 't'], env());
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nowhere\.geojson: does not exist/);
  const wait = runCli(['network', 'import', bad, '--ferry-wait', '-3'], env());
  assert.equal(wait.status, 1);
  assert.match(wait.stderr, /ventetiden må være minutter mellom 0 og 1440/);
});

test('an imported network is what access routes on from the next command, credited with its source and terms', () => {
  const run = runCli(['network', 'import', 'data/roads', '--network-version', 'prøve-1', '--source', 'Prosjektets vegnett, importert'], env());
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /Importerte vegnettet prøve-1 \(csv\).*12 330 noder/);
  assert.match(run.stdout, /Vilkår: © OpenStreetMap contributors, ODbL 1\.0/, 'terms from the folder’s network.json');
  const again = runCli(['network', 'import', 'data/roads', '--network-version', 'prøve-1'], env());
  assert.equal(again.status, 1);
  assert.match(again.stderr, /versjon prøve-1 av vegnettet er allerede importert/);
  // A network needs no register; the access figures do, so the register is filled now.
  const init = runCli(['init'], env());
  assert.equal(init.status, 0, init.stderr);
  const access = JSON.parse(runCli(['access', '--at', '2018-07-01', '--json'], env()).stdout);
  assert.equal(access.travelModel.id, 'road');
  assert.equal(access.travelModel.params.network, 'prøve-1');
  assert.match(access.travelModel.source, /Prosjektets vegnett, importert/);
  assert.match(access.travelModel.terms, /OpenStreetMap/);
});
