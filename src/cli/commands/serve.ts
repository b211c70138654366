import type { Command } from 'commander';
import { resolvePort } from '../../config.js';
import { buildApp } from '../../api/app.js';
import { openContext, type GlobalOptions } from '../context.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start tjeneren (API og nettsider) på PORT (standard 8080), med den innebygde databasen')
    .option('--port <port>', 'porten tjeneren lytter på (standard: PORT eller 8080)')
    .option('--host <host>', 'adressen tjeneren lytter på', '0.0.0.0')
    .action(async (opts: { port?: string; host: string }, cmd: Command) => {
      const port = resolvePort(opts.port);
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>(), { log: (line) => console.log(line) });
      console.log(`Registeret: ${ctx.store.description}`);
      const app = await buildApp({ service: ctx.service, logger: true });
      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        app.log.info(`${signal} mottatt: avslutter pågående forespørsler og lukker databasen`);
        await app.close();
        await ctx.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void shutdown('SIGINT'));
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
      await app.listen({ port, host: opts.host });
    });
}
