import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/data/roads', import.meta.url));

test('the committed road network is exactly what scripts/build-roads.ts builds from ../shared/data/roads', { skip: !existsSync(shared) && 'no ../shared/data/roads beside the checkout' }, () => {
  const out = mkdtempSync(join(tmpdir(), 'naerpoliti-roads-'));
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-roads.ts'], { cwd: root, env: { ...process.env, BUILD_ROADS_OUT: out }, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    for (const f of ['nodes.csv', 'edges.csv', 'network.json', 'circuity.json', 'README.md']) {
      assert.ok(readFileSync(join(out, f)).equals(readFileSync(join(root, 'data', 'roads', f))), `data/roads/${f} is out of date: run npm run build:roads`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the committed road network keeps the shared graph whole, its largest component flagged, and credits OpenStreetMap', () => {
  const network = JSON.parse(readFileSync(join(root, 'data', 'roads', 'network.json'), 'utf8')) as {
    credit: string;
    counts: { nodes: number; edges: number; ferryEdges: number; largestComponent: number };
  };
  assert.equal(network.credit, '© OpenStreetMap contributors, ODbL 1.0');
  assert.deepEqual(
    { nodes: network.counts.nodes, edges: network.counts.edges, ferries: network.counts.ferryEdges, largest: network.counts.largestComponent },
    { nodes: 12_330, edges: 12_910, ferries: 73, largest: 12_257 },
  );
  const nodes = readFileSync(join(root, 'data', 'roads', 'nodes.csv'), 'utf8').trim().split('\n').slice(1);
  assert.equal(nodes.filter((l) => l.endsWith(',0')).length, 12_257);
  const edges = readFileSync(join(root, 'data', 'roads', 'edges.csv'), 'utf8').trim().split('\n').slice(1);
  const ferries = edges.filter((l) => l.split(',')[5] === 'ferry');
  assert.equal(ferries.length, 73);
  for (const f of ferries) assert.ok(Number(f.split(',')[7]) > 0, `a ferry edge states its wait: ${f}`);
});
