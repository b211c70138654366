// Runs every bench/*.bench.ts in turn (or those whose name contains an argument), each printing its
// own side-by-side figures. Ratios measured in the same run are what to read: the machines are shared.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const files = all.filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));

// A name that matches nothing is a mistake, not an empty run: say which benches there are.
const unknown = filters.filter((x) => !all.some((f) => f.includes(x)));
if (unknown.length > 0) {
  const names = all.map((f) => f.replace(/\.bench\.ts$/, '')).join(', ');
  console.error(`Fant ingen ytelsesmåling som heter ${unknown.map((x) => `«${x}»`).join(', ')}. Disse finnes: ${names}.`);
  process.exit(1);
}

for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') throw new Error(`${file} must export async function run()`);
  await mod.run();
}
