import type { Command } from 'commander';
import type { IsoDate } from '../../shared/dates.js';
import { CliError } from '../errors.js';
import { openContext, type GlobalOptions } from '../context.js';
import { registerDateOption, today } from '../options.js';
import { printJson, printLines } from '../output.js';

/** How exact a date is, in Norwegian; 'on-or-before' is a bound (where the register's records start), not a start. */
const DATE_PRECISION_NB = { day: 'dag', month: 'måned', year: 'år', approximate: 'omtrentlig', 'on-or-before': 'senest; starten er ukjent' } as const;

function describeAttrs(attrs: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(attrs)
    .filter(([k]) => !['id', 'type', 'since', 'updated'].includes(k))
    .map(([k, v]) => `  ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
}

export function registerShow(program: Command): void {
  program
    .command('show <id>')
    .description('Vis én enhet, ett tjenestested eller én kommune slik den var på en dato')
    .option('--at <dato>', 'dato (standard i dag)', registerDateOption)
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (id: string, opts: { at?: IsoDate; json?: boolean }, cmd: Command) => {
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>());
      try {
        const register = await ctx.services.registers.register();
        const at = opts.at ?? today();
        const entity = register.snapshot(at).entity(id);
        const history = register.history(id);
        if (!history) throw new CliError(`fant ingen «${id}» i registeret (bruk et id som «oslo», «alta-lensmannskontor» eller et kommunenummer som «0301»)`);
        const last = history.intervals.at(-1)!;
        if (opts.json) return printJson({ at, inForce: !!entity, entity: entity ?? { id, type: history.type, ...last.attrs }, lastChange: last.change });
        printLines([
          entity ? `${history.type} ${id} per ${at}` : `${history.type} ${id} er ikke i kraft ${at}; siste kjente tilstand (${last.from}):`,
          ...describeAttrs(entity ?? last.attrs),
        ]);
      } finally {
        await ctx.close();
      }
    });

  program
    .command('history <id>')
    .description('Vis den daterte historikken til én enhet, ett tjenestested eller én kommune')
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>());
      try {
        const history = (await ctx.services.registers.register()).history(id);
        if (!history) throw new CliError(`fant ingen «${id}» i registeret`);
        if (opts.json) return printJson(history);
        const lines = [`Historikk for ${history.type} ${id}`];
        for (const i of history.intervals) {
          const c = i.change;
          const decision = c.decision ? ` – vedtak: ${c.decision.by}${c.decision.date ? ` ${c.decision.date}` : ''}${c.decision.reference ? ` (${c.decision.reference})` : ''}` : '';
          const precision = c.datePrecision === 'day' ? '' : ` [dato: ${DATE_PRECISION_NB[c.datePrecision]}]`;
          lines.push(`  ${i.from}${i.to ? ` – ${i.to}` : ' –'}${precision}: ${c.op.type}${i.active ? '' : ' (ikke i kraft)'}${decision}`);
          if (c.op.type === 'amend' || c.op.type === 'reestablish') lines.push(`      ${JSON.stringify(c.op.attrs)}`);
          if (c.note) lines.push(`      merknad: ${c.note}`);
          if (c.sources.length) lines.push(`      kilder: ${c.sources.join(' ')}`);
        }
        printLines(lines);
      } finally {
        await ctx.close();
      }
    });
}
