import type { Command } from 'commander';
import { SEED_DIR } from '../../config.js';
import { seedStore, storeState } from '../../services/seed.js';
import { openContext, type GlobalOptions } from '../context.js';
import { printLines } from '../output.js';
import { plural } from '../wording.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('Opprett registeret: fyll en tom (eller halvveis opprettet) database med det innebygde registeret')
    .action(async (_opts: unknown, cmd: Command) => {
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>(), { need: 'fill' });
      try {
        const state = await storeState(ctx.store);
        if (state.kind === 'ready') {
          printLines([`Registeret i ${ctx.store.description} har allerede ${plural(state.changes, 'endring', 'endringer')}; ingenting er endret`]);
          return;
        }
        const result = await seedStore(ctx.store, SEED_DIR);
        printLines([`Opprettet registeret i ${ctx.store.description} med ${plural(result.changes, 'endring', 'endringer')} fra data/register/changes.json`]);
      } finally {
        await ctx.close();
      }
    });
}
