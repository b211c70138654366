import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEB_DIST = join(ROOT, 'web', 'dist');
const WEB_SOURCES = [join(ROOT, 'web', 'src'), join(ROOT, 'web', 'index.html'), join(ROOT, 'web', 'vite.config.ts')];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

/**
 * The built web app, built now when web/dist is missing or older than its sources (so the browser
 * tests never run against a stale or absent build). Throws with the build's output when the build
 * fails: a missing app must fail the tests, never let them pass.
 */
export function ensureWebDist(): string {
  const index = join(WEB_DIST, 'index.html');
  const stale = !existsSync(index) || WEB_SOURCES.some((p) => existsSync(p) && newestMtime(p) > statSync(index).mtimeMs);
  if (!stale) return WEB_DIST;
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0 || !existsSync(index)) {
    throw new Error(`web/dist is missing or stale and building it failed (vite build exited ${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
  return WEB_DIST;
}
