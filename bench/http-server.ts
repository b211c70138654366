// The API server the HTTP benchmark drives, in a process of its own so the load generator does not
// share its event loop: the real app over a real SQLite store (seeded in a temp dir), request
// logging and rate limiting off so both routes measure the API itself. Prints "LISTENING <url>";
// answers each "cpu" line on stdin with "CPU <µs>", the process's CPU time so far (user + system),
// so the benchmark can put the server's own cost per request beside the load generator's figures.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildApp } from '../src/api/app.js';
import { SEED_DIR, WEB_DIST_DIR } from '../src/config.js';
import { AppServices } from '../src/services/app-services.js';
import { ensureSeeded } from '../src/services/seed.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'naerpoliti-bench-'));
const store = await openSqliteStore(dir);
await ensureSeeded(store, SEED_DIR);
const app = await buildApp({ services: new AppServices({ store, scenarios: store.scenarios }), logger: false, rateLimitPerMinute: null, webRoot: existsSync(join(WEB_DIST_DIR, 'index.html')) ? WEB_DIST_DIR : null });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`LISTENING ${url}\n`);

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'cpu') return;
  const { user, system } = process.cpuUsage();
  process.stdout.write(`CPU ${user + system}\n`);
});

process.on('SIGTERM', () => {
  void app.close().then(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
});
