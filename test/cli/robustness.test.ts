import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli, type CliRun } from '../helpers/cli.js';

// Defect 10 of issue 12: what a newcomer typed used to print OK, all zeros, English internals or a
// Node stack trace. Every case here must give one Norwegian line on stderr and exit 1. The store is
// new and stays so: every refusal comes before it would be read.

const dir = mkdtempSync(join(tmpdir(), 'naerpoliti-robust-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = { NAERPOLITI_DATA_DIR: join(dir, 'db') };

function assertRefused(run: CliRun, pattern: RegExp, what: string): void {
  assert.equal(run.status, 1, `${what}: ${run.stdout}${run.stderr}`);
  assert.equal(run.stdout, '', what);
  const lines = run.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `${what}: ${run.stderr}`);
  assert.match(lines[0]!, /^naerpoliti: /, what);
  assert.match(lines[0]!, pattern, what);
  assert.doesNotMatch(run.stderr, /\n\s+at |Error:|error:|Usage/, what);
}

test('validate refuses a reversed range and a range in the far future', () => {
  assertRefused(runCli(['validate', '--from', '2018-07-01', '--to', '2015-01-01'], env), /--from 2018-07-01 er etter --to 2015-01-01/, 'reversed');
  assertRefused(runCli(['validate', '--from', '2999-01-01'], env), /datoen 2999-01-01 er for langt fram i tid/, 'far future');
});

test('dates before the register are refused, naming its first date', () => {
  for (const args of [
    ['structure', '--at', '1800-01-01'],
    ['show', 'oslo', '--at', '1800-01-01'],
    ['access', '--at', '1800-01-01'],
    ['criteria', '--at', '1800-01-01'],
    ['closing-costs', '--at', '1800-01-01'],
    ['scenario', 'create', '--name', 'x', '--base', '1800-01-01'],
  ]) {
    assertRefused(runCli(args, env), /datoen 1800-01-01 er før registeret begynner 2002-01-01/, args.join(' '));
  }
});

test('bad server settings give one Norwegian line, not a stack trace', () => {
  assertRefused(runCli(['serve', '--port', '99999'], env), /--port «99999» er ikke et heltall fra 0 til 65535/, '--port');
  assertRefused(runCli(['serve'], { ...env, PORT: 'abc' }), /PORT «abc» er ikke et heltall/, 'PORT');
  assertRefused(runCli(['serve'], { ...env, RATE_LIMIT_PER_MINUTE: 'lots' }), /RATE_LIMIT_PER_MINUTE «lots» er ikke et heltall/, 'RATE_LIMIT_PER_MINUTE');
  assertRefused(runCli(['serve'], { ...env, TRUST_PROXY: 'proxy.local' }), /TRUST_PROXY=proxy.local: «proxy.local» er verken en IP-adresse/, 'TRUST_PROXY');
  assertRefused(runCli(['serve'], { ...env, PUBLIC_ORIGIN: 'https://x.example/app' }), /PUBLIC_ORIGIN «https:\/\/x.example\/app» skal bare ha protokoll/, 'PUBLIC_ORIGIN');
});

test("commander's own texts are Norwegian: help, errors, defaults, and a --version", () => {
  const help = runCli(['serve', '--help'], env);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Bruk: naerpoliti serve/m);
  assert.match(help.stdout, /^Valg:/m);
  assert.match(help.stdout, /vis hjelp for kommandoen/);
  assert.doesNotMatch(help.stdout, /Usage|Options:|display help|\(default:/);
  assert.doesNotMatch(help.stdout, /\(standard: [^)]*\) \(standard/, 'one default, not two');
  assertRefused(runCli(['structure', '--nope'], env), /ukjent valg «--nope»/, 'unknown option');
  assertRefused(runCli(['structure', '--at'], env), /--at <dato> mangler en verdi/, 'missing value');
  assertRefused(runCli(['finnes-ikke'], env), /ukjent kommando «finnes-ikke»/, 'unknown command');
  const version = runCli(['--version'], env);
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')).version);
});

test('store errors are worded for users: an unreachable PostgreSQL names the server, in Norwegian', () => {
  const run = runCli(['validate'], { ...env, DATABASE_URL: 'postgres://127.0.0.1:1/test' });
  assertRefused(run, /^naerpoliti: får ikke kontakt med PostgreSQL på postgres:\/\/127\.0\.0\.1:1\/test: .*\(sjekk DATABASE_URL/, 'unreachable');
});
