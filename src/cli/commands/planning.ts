import { InvalidArgumentError, type Command } from 'commander';
import type { IsoDate } from '../../shared/dates.js';
import { openContext, type GlobalOptions } from '../context.js';
import { criteriaLines, minutes, pct } from '../criteria-text.js';
import { registerDateOption, intOption, today } from '../options.js';
import { formatNumber, printJson, printLines } from '../output.js';
import { ruleSetFrom } from '../planner.js';
import type { TravelMode } from '../../contract/accessibility-options.js';
import { travelModelNotes, travelOption, TRAVEL_OPTION_HELP } from '../travel-text.js';

const minutesOption = (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1440) throw new InvalidArgumentError(`terskelen må være et antall minutter over 0 og høyst 1440, ikke «${value}»`);
  return n;
};

export function registerPlanning(program: Command): void {
  program
    .command('criteria')
    .description('Vurder strukturen på en dato mot kriteriene (standard: data/criteria/default.json)')
    .option('--at <dato>', 'dato (standard i dag)', registerDateOption)
    .option('--criteria <fil>', 'eget kriteriesett (JSON)')
    .option('--travel <modell>', TRAVEL_OPTION_HELP, travelOption)
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (opts: { at?: IsoDate; criteria?: string; travel?: TravelMode; json?: boolean }, cmd: Command) => {
      const ruleSet = ruleSetFrom(opts.criteria);
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>());
      try {
        const at = opts.at ?? today();
        const report = ctx.services.analysisFor(opts.travel).criteriaAt(await ctx.services.registers.register(), at, ruleSet);
        if (opts.json) printJson(report);
        else printLines([`Strukturen per ${at}`, ...criteriaLines(report)]);
      } finally {
        await ctx.close();
      }
    });

  program
    .command('closing-costs')
    .description('Hva koster det å legge ned hvert tjenestested alene? Rangert etter innbyggere som havner over terskelen, så personminutter')
    .option('--at <dato>', 'dato (standard i dag)', registerDateOption)
    .option('--threshold <minutter>', 'terskel (standard 45)', minutesOption)
    .option('--limit <n>', 'vis bare de n dyreste', intOption('--limit', 1, 10_000))
    .option('--travel <modell>', TRAVEL_OPTION_HELP, travelOption)
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (opts: { at?: IsoDate; threshold?: number; limit?: number; travel?: TravelMode; json?: boolean }, cmd: Command) => {
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>());
      try {
        const at = opts.at ?? today();
        const report = ctx.services.analysisFor(opts.travel).closingCostsAt(await ctx.services.registers.register(), at, {
          ...(opts.threshold === undefined ? {} : { thresholdMinutes: opts.threshold }),
          ...(opts.limit === undefined ? {} : { limit: opts.limit }),
        });
        if (opts.json) return printJson(report);
        const T = report.thresholdMinutes;
        printLines([
          `Hva det koster å legge ned hvert tjenestested alene, per ${at} (${report.offices} åpne; terskel ${T} min; ${report.travelModel.label})`,
          `${'Nr'.padStart(4)}  ${'Tjenestested'.padEnd(34)} ${'Politidistrikt'.padEnd(24)} ${'Berørte'.padStart(9)} ${`Over ${T} min`.padStart(11)} ${'Personmin.'.padStart(11)} ${'Snitt +min'.padStart(10)}`,
          ...report.costs.map((c) => {
            const broken = c.districts.filter((d) => d.meetsTargetBefore && !d.meetsTargetAfter).map((d) => `${d.districtName} ${pct(d.shareBefore)} → ${pct(d.shareAfter)}`);
            return `${String(c.rank).padStart(4)}  ${c.officeName.padEnd(34)} ${(c.districtName ?? '–').padEnd(24)} ${formatNumber(c.populationAffected).padStart(9)} ${formatNumber(c.populationMovedBeyond).padStart(11)} ${formatNumber(c.personMinutesAdded).padStart(11)} ${minutes(c.meanIncreaseMinutes).padStart(10)}${broken.length > 0 ? `  under målet: ${broken.join(', ')}` : ''}`;
          }),
          '',
          `Befolkning: ${report.demandModel.method.nb}`,
          ...travelModelNotes(report.travelModel),
        ]);
      } finally {
        await ctx.close();
      }
    });
}
