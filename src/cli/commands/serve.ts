import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { WEB_DIST_DIR, resolveLogLevel, resolvePort, resolveRateLimit } from '../../config.js';
import { resolvePublicOrigin } from '../auth-config.js';
import { firstAdministratorHint } from './user.js';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, buildApp } from '../../api/app.js';
import { parseTrustProxy } from '../../api/trust-proxy.js';
import { openContext, type GlobalOptions } from '../context.js';
import { CliError } from '../errors.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start tjeneren (API og nettsider) på PORT (standard 8080), med den innebygde databasen')
    .option('--port <port>', 'porten tjeneren lytter på (standard: PORT eller 8080)')
    .option('--host <host>', 'adressen tjeneren lytter på (standard: HOST eller 127.0.0.1, bare denne maskinen; 0.0.0.0 for alle nett)', process.env.HOST ?? '127.0.0.1')
    .action(async (opts: { port?: string; host: string }, cmd: Command) => {
      const port = resolvePort(opts.port);
      const rateLimitPerMinute = resolveRateLimit(process.env, DEFAULT_RATE_LIMIT_PER_MINUTE);
      const logLevel = resolveLogLevel(process.env);
      const publicOrigin = resolvePublicOrigin();
      const trustProxy = parseTrustProxy(process.env.TRUST_PROXY);
      if (!trustProxy.ok) throw new CliError(trustProxy.error);
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>(), { need: 'serve', log: (line) => console.log(line) });
      console.log(`Registeret: ${ctx.store.description}`);
      const webRoot = existsSync(join(WEB_DIST_DIR, 'index.html')) ? WEB_DIST_DIR : null;
      console.log(webRoot ? `Nettsidene: ${webRoot}` : `Nettsidene er ikke bygd (${WEB_DIST_DIR} mangler); bare API-et svarer`);
      console.log(`Grense for forespørsler: ${rateLimitPerMinute === null ? 'av' : `${rateLimitPerMinute} per minutt per adresse`}`);
      const hint = await firstAdministratorHint(ctx);
      if (hint) console.log(hint);
      const app = await buildApp({ services: ctx.services, logger: true, webRoot, rateLimitPerMinute, publicOrigin, trustProxy: trustProxy.value, logLevel });
      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        app.log.info(`${signal} mottatt: avslutter pågående forespørsler og lukker databasen`);
        // close() stops accepting connections, answers new requests on kept-alive ones with 503,
        // waits for the requests in flight, then runs onClose hooks.
        await app.close();
        await ctx.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void shutdown('SIGINT'));
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
      await app.listen({ port, host: opts.host });
      console.log(`API: http://localhost:${port}/api/v1 – dokumentasjon: http://localhost:${port}/api/docs`);
    });
}
