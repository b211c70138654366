#!/usr/bin/env node
// The front page's initial JavaScript, gzipped: the entry scripts and module preloads that
// web/dist/index.html names (what a browser fetches before the first render; lazily loaded chunks
// such as the map are not counted). Exits 1 above the budget, 2 when the build is missing.
//
//   node scripts/bundle-size.mjs [--dist web/dist] [--budget-kb 300] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DEFAULT_BUDGET_KB = 300;

/** Every src of a module script and href of a modulepreload in the HTML, in order, without duplicates. */
export function initialScripts(html) {
  const found = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1] ?? null;
    const isScript = /^<script/i.test(tag) && attr('type') === 'module' && attr('src');
    const isPreload = /^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href');
    const url = isScript ? attr('src') : isPreload ? attr('href') : null;
    if (url && !/^(https?:)?\/\//.test(url) && !found.includes(url)) found.push(url);
  }
  return found;
}

/** Sizes of the initial scripts under `dist`: each file's bytes and gzip -9 bytes, and the totals. */
export function measureInitialJs(dist) {
  const indexFile = join(dist, 'index.html');
  if (!existsSync(indexFile)) return null;
  const files = initialScripts(readFileSync(indexFile, 'utf8')).map((url) => {
    const path = join(dist, url.replace(/^\//, '').split(/[?#]/)[0]);
    if (!existsSync(path)) throw new Error(`${indexFile} names ${url}, but ${path} does not exist`);
    const bytes = readFileSync(path);
    return { url, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

function option(args, name, fallback) {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
}

const kb = (bytes) => (bytes / 1000).toFixed(1);

function main(args) {
  const dist = resolve(option(args, '--dist', new URL('../web/dist', import.meta.url).pathname));
  const budgetKb = Number(option(args, '--budget-kb', String(DEFAULT_BUDGET_KB)));
  if (!Number.isFinite(budgetKb) || budgetKb <= 0) {
    console.error(`--budget-kb must be a positive number of kilobytes, got "${option(args, '--budget-kb', '')}"`);
    return 2;
  }
  const result = measureInitialJs(dist);
  if (!result) {
    console.error(`${join(dist, 'index.html')} is missing: build the web app first (npm run build)`);
    return 2;
  }
  const within = result.gzipBytes <= budgetKb * 1000;
  if (args.includes('--json')) {
    console.log(JSON.stringify({ ...result, budgetBytes: budgetKb * 1000, within }));
  } else {
    for (const f of result.files) console.log(`${f.url}  ${kb(f.bytes)} kB  (gzip ${kb(f.gzipBytes)} kB)`);
    console.log(
      `Initial JavaScript for the front page: ${kb(result.gzipBytes)} kB gzipped (${kb(result.bytes)} kB raw), ` +
        `${result.files.length} file(s); budget ${budgetKb} kB gzipped: ${within ? 'within' : 'OVER BUDGET'}`,
    );
  }
  return within ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
