import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

let dir: string;
const env = () => ({ NAERPOLITI_DATA_DIR: join(dir, 'db') });

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'naerpoliti-cli-locate-'));
  // Reading commands never fill a store: the register is created explicitly, as a user would.
  const init = runCli(['init'], env());
  assert.equal(init.status, 0, init.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('locate --json gives the API answer: Harstad in Nordland on 2017-05-30 and in Troms from 2017-05-31, when the new Troms district went live', () => {
  const on = (at: string) => {
    const run = runCli(['locate', '68.8011', '16.5363', '--at', at, '--json'], env());
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout);
  };
  const before = on('2017-05-30');
  assert.equal(before.municipality.number, '5503');
  assert.equal(before.district.id, 'nordland');
  assert.equal(on('2017-05-31').district.id, 'troms');
  assert.equal(before.nearestOffices.length, 3);
});

test('locate prints Norwegian lines: municipality, district, station district and the nearest offices', () => {
  const run = runCli(['locate', '59.9139', '10.7522', '--offices', '2'], env());
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /Kommune:\s+Oslo \(0301\)/);
  assert.match(run.stdout, /Politidistrikt:\s+Oslo politidistrikt/);
  assert.match(run.stdout, /kommunen er delt mellom \d+/);
  assert.equal(run.stdout.match(/ km {2}/g)?.length, 2, 'two offices listed');
});

test('locate refuses a point outside Norway and bad coordinates, in Norwegian, with exit 1', () => {
  const outside = runCli(['locate', '59.33', '18.06'], env());
  assert.equal(outside.status, 1);
  assert.match(outside.stderr, /ligger ikke i noen norsk kommune/);
  const bad = runCli(['locate', '95', '10'], env());
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /breddegraden må være et tall fra -90 til 90/);
  const date = runCli(['locate', '60', '10', '--at', '2017-02-29'], env());
  assert.equal(date.status, 1);
  assert.match(date.stderr, /ugyldig dato/);
});
