import type { Command } from 'commander';
import type { IsoDate } from '../../shared/dates.js';
import { countStructure } from '../../domain/structure-counts.js';
import { openContext, type GlobalOptions } from '../context.js';
import { registerDateOption, today } from '../options.js';
import { formatNumber, printJson, printLines } from '../output.js';

export function registerStructure(program: Command): void {
  program
    .command('structure')
    .description('Tell strukturen per dato: distrikter, særorgan, tjenesteenheter, tjenestesteder, kommuner')
    .option('--at <dato>', 'datoen strukturen skal vises for (ÅÅÅÅ-MM-DD)', registerDateOption)
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (opts: { at?: IsoDate; json?: boolean }, cmd: Command) => {
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>());
      try {
        const register = await ctx.services.registers.register();
        const counts = countStructure(register.snapshot(opts.at ?? today()));
        if (opts.json) return printJson(counts);
        const o = counts.offices;
        const passId = counts.services['pass-id'];
        const desks = counts.services.ekspedisjon;
        printLines([
          `Struktur per ${counts.at}`,
          `  Politidistrikter:      ${counts.districts}`,
          `  Særorgan:              ${counts.specialAgencies} (og ${counts.otherNationalUnits} andre enheter under Politidirektoratet)`,
          `  Driftsenheter:         ${counts.operatingUnits.total} (${counts.operatingUnits.geographic} geografiske, ${counts.operatingUnits.functional} funksjonelle)`,
          `  Tjenesteenheter:       ${counts.stationDistricts.total} (${counts.stationDistricts.politistasjonsdistrikt} politistasjonsdistrikt, ${counts.stationDistricts.lensmannsdistrikt} lensmannsdistrikt)`,
          `  Tjenestesteder:        ${o.total} (${o.politistasjon} politistasjon, ${o.lensmannskontor} lensmannskontor, ${o.politikontor} politikontor${o.servicekontor ? `, ${o.servicekontor} servicekontor` : ''}${o.seasonal ? `; ${o.seasonal} sesongåpne, ${o.openOnDate} åpne denne dagen` : ''})`,
          ...(passId === undefined ? [] : [`  Pass- og ID-kontor:    ${passId} (tjenestesteder som utsteder pass og ID-kort denne dagen; Svalbard ikke medregnet)`]),
          ...(desks === undefined ? [] : [`  Med ekspedisjon:       ${desks}`]),
          `  Kommuner:              ${counts.municipalities} (${formatNumber(counts.population)} innbyggere per 1.1.2024)`,
        ]);
      } finally {
        await ctx.close();
      }
    });
}
