import type { Command } from 'commander';
import type { IsoDate } from '../../shared/dates.js';
import { checkSnapshot } from '../../domain/invariants.js';
import type { Violation } from '../../domain/errors.js';
import { CliError } from '../errors.js';
import { openContext, type GlobalOptions } from '../context.js';
import { registerDateOption, today } from '../options.js';
import { printJson, printLines } from '../output.js';
import { REGISTER_START } from '../../shared/dates.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('Kontroller registerets regler: for én dato (--at) eller for hver dato fra 2002-01-01 til i dag')
    .option('--at <dato>', 'kontroller bare denne datoen', registerDateOption)
    .option('--from <dato>', 'første dato (standard 2002-01-01)', registerDateOption)
    .option('--to <dato>', 'siste dato (standard i dag)', registerDateOption)
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { at?: IsoDate; from?: IsoDate; to?: IsoDate; json?: boolean }, cmd: Command) => {
      if (opts.at && (opts.from || opts.to)) throw new CliError('--at kan ikke kombineres med --from eller --to');
      const from = opts.at ?? opts.from ?? REGISTER_START;
      const to = opts.at ?? opts.to ?? today();
      if (from > to) throw new CliError(`--from ${from} er etter ${opts.to ? '--to ' : 'i dag, '}${to}; første dato må komme før siste`);
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>());
      try {
        const register = await ctx.services.registers.register();
        const history = register.checkHistory();
        let violations: Violation[];
        let dates: string[];
        if (opts.at) {
          violations = [...history, ...checkSnapshot(register.snapshot(opts.at))];
          dates = [opts.at];
        } else {
          // The structure only changes on change dates, so checking those dates covers every day in between.
          const range = register.validateRange(from, to);
          violations = [...history, ...range.violations];
          dates = range.dates;
        }
        if (opts.json) printJson({ ok: violations.length === 0, from, to, datesChecked: dates.length, violations });
        else if (violations.length === 0) printLines([`OK: ingen regelbrudd ${from} – ${to} (strukturen kontrollert på ${dates.length} endringsdatoer, som dekker alle dager imellom)`]);
        else printLines([`${violations.length} regelbrudd:`, ...violations.map((v) => `  ${v.at ?? ''} [${v.rule}] ${v.message}`)]);
        process.exitCode = violations.length === 0 ? 0 : 1;
      } finally {
        await ctx.close();
      }
    });
}
