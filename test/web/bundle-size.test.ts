import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ensureWebDist } from '../helpers/web-dist.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/bundle-size.mjs', import.meta.url));

interface Measured {
  files: { url: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
  budgetBytes: number;
  within: boolean;
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function measured(stdout: string): Measured {
  return JSON.parse(stdout) as Measured; // the script's --json output, asserted on field by field below
}

describe('bundle size budget (scripts/bundle-size.mjs)', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  function fixture(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'naerpoliti-bundle-'));
    dirs.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  test('counts module scripts and modulepreloads named in index.html, not stylesheets, lazy chunks or other sites', () => {
    const dist = fixture({
      'index.html':
        '<script type="module" crossorigin src="/assets/entry.js"></script><link rel="modulepreload" crossorigin href="/assets/shared.js">' +
        '<link rel="stylesheet" href="/assets/app.css"><script src="https://example.org/x.js"></script>',
      'assets/entry.js': 'import "./shared.js";'.repeat(50),
      'assets/shared.js': 'export const x = 1;'.repeat(50),
      'assets/lazy-map.js': 'x'.repeat(100_000),
      'assets/app.css': 'body{}',
    });
    const result = run(['--dist', dist, '--json']);
    assert.equal(result.status, 0, result.stderr);
    const m = measured(result.stdout);
    assert.deepEqual(m.files.map((f) => f.url), ['/assets/entry.js', '/assets/shared.js']);
    assert.equal(m.bytes, 21 * 50 + 19 * 50);
    assert.ok(m.gzipBytes > 0 && m.gzipBytes < m.bytes);
  });

  test('exits 1 above the budget and 2 without a build', () => {
    const dist = fixture({ 'index.html': '<script type="module" src="/assets/a.js"></script>', 'assets/a.js': 'x'.repeat(10) });
    const over = run(['--dist', dist, '--budget-kb', '0.001']);
    assert.equal(over.status, 1);
    assert.match(over.stdout, /OVER BUDGET/);
    const none = run(['--dist', join(dist, 'nothing-here')]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /build the web app first/);
  });

  test('the built front page loads less than 300 kB of JavaScript (gzipped) before the first render', () => {
    const dist = ensureWebDist();
    const result = run(['--dist', dist, '--json']);
    const m = measured(result.stdout);
    assert.equal(result.status, 0, `initial JavaScript is ${(m.gzipBytes / 1000).toFixed(1)} kB gzipped, over the ${m.budgetBytes / 1000} kB budget`);
    assert.ok(m.files.length >= 1, 'index.html names its entry script');
    // Leaflet names its container class in its code; none of the up-front scripts may hold it.
    const upFront = m.files.filter((f) => readFileSync(join(dist, f.url), 'utf8').includes('leaflet-container'));
    assert.deepEqual(upFront.map((f) => f.url), [], 'the map code (Leaflet) is loaded only when a map is shown');
  });
});
