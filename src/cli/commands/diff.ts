import type { Command } from 'commander';
import { CliError } from '../errors.js';
import type { IsoDate } from '../../shared/dates.js';
import { diffStructure, type DiffItem } from '../../domain/diff.js';
import { openContext, type GlobalOptions } from '../context.js';
import { registerDateOption } from '../options.js';
import { printJson, printLines } from '../output.js';

const ENTITY_NB: Record<string, string> = {
  directorate: 'Direktorat',
  district: 'Politidistrikt',
  specialAgency: 'Særorgan',
  operatingUnit: 'Driftsenhet',
  stationDistrict: 'Tjenesteenhet',
  office: 'Tjenestested',
  municipality: 'Kommune',
};

function refs(item: DiffItem): string {
  const decisions = item.changes
    .map((c) => (c.decision ? `${c.decision.by}${c.decision.date ? ` ${c.decision.date}` : ''}${c.decision.reference ? `, ${c.decision.reference}` : ''}` : null))
    .filter(Boolean);
  const when = item.changes.map((c) => `${c.effective}${c.datePrecision === 'on-or-before' ? ' (senest; starten er ukjent)' : c.datePrecision !== 'day' ? ' (omtrentlig)' : ''}`);
  return [when.length ? `fra ${[...new Set(when)].join(', ')}` : null, decisions.length ? `vedtak: ${[...new Set(decisions)].join('; ')}` : null].filter(Boolean).join(' – ');
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('Vis hva som endret seg mellom to datoer, med vedtaksreferanser')
    .requiredOption('--from <dato>', 'fra dato', registerDateOption)
    .requiredOption('--to <dato>', 'til dato', registerDateOption)
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (opts: { from: IsoDate; to: IsoDate; json?: boolean }, cmd: Command) => {
      if (opts.from >= opts.to) throw new CliError(`--from (${opts.from}) må være før --to (${opts.to})`);
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>());
      try {
        const diff = diffStructure(await ctx.services.registers.register(), opts.from, opts.to);
        if (opts.json) return printJson(diff);
        const section = (title: string, items: DiffItem[], line: (i: DiffItem) => string) =>
          items.length === 0 ? [] : [``, `${title} (${items.length})`, ...items.map((i) => `  ${line(i)}`)];
        printLines([
          `Endringer fra ${opts.from} til ${opts.to}`,
          ...section('Opprettet', diff.added, (i) => `${ENTITY_NB[i.entity]}: ${i.name} [${i.id}] – ${refs(i)}`),
          ...section('Avviklet', diff.removed, (i) => `${ENTITY_NB[i.entity]}: ${i.name} [${i.id}] – ${refs(i)}`),
          ...section('Endret', diff.changed, (i) =>
            `${ENTITY_NB[i.entity]}: ${i.name} [${i.id}]: ${Object.entries(i.fields ?? {})
              .map(([k, v]) => `${k} ${JSON.stringify(v.from)} → ${JSON.stringify(v.to)}`)
              .join(', ')} – ${refs(i)}`,
          ),
        ]);
      } finally {
        await ctx.close();
      }
    });
}
