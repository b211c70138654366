import { InvalidArgumentError, type Command } from 'commander';
import { assertValidLog } from '../../services/register-service.js';
import { markImportStarted } from '../../services/seed.js';
import { exportChanges, importDirectory } from '../../store/exchange/export-import.js';
import { openContext, type GlobalOptions } from '../context.js';
import { printLines } from '../output.js';
import { plural } from '../wording.js';

export function registerExchange(program: Command): void {
  program
    .command('export')
    .description('Eksporter hele endringsloggen til en mappe (JSON eller CSV)')
    .requiredOption('--format <format>', 'json eller csv', (v: string) => {
      if (v !== 'json' && v !== 'csv') throw new InvalidArgumentError(`formatet må være json eller csv, ikke «${v}»`);
      return v;
    })
    .requiredOption('--out <mappe>', 'mappen filen skrives til (opprettes ved behov)')
    .action(async (opts: { format: 'json' | 'csv'; out: string }, cmd: Command) => {
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>());
      try {
        const written = await exportChanges(ctx.store, { format: opts.format, outDir: opts.out });
        printLines([`Skrev ${plural(written.count, 'endring', 'endringer')} til ${written.file}`]);
      } finally {
        await ctx.close();
      }
    });

  program
    .command('import <mappe>')
    .description('Importer en eksportert endringslogg til en tom database (alt eller ingenting)')
    .action(async (dir: string, _opts: unknown, cmd: Command) => {
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>(), { need: 'fill' });
      try {
        const result = await importDirectory(ctx.store, dir, {
          check: (all) => void assertValidLog(all),
          // Marked only once the file has been read and parsed: a typo leaves the store as new.
          beforeWrite: (file) => markImportStarted(ctx.store, file),
        });
        printLines([`Importerte ${plural(result.count, 'endring', 'endringer')} fra ${result.file} til ${ctx.store.description}`]);
      } finally {
        await ctx.close();
      }
    });
}
