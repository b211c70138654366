import { InvalidArgumentError, type Command } from 'commander';
import { locatePoint } from '../../services/views/locate.js';
import type { IsoDate } from '../../shared/dates.js';
import { CliError } from '../errors.js';
import { openContext, type GlobalOptions } from '../context.js';
import { registerDateOption, intOption, today } from '../options.js';
import { printJson, printLines } from '../output.js';

function coordinate(name: string, limit: number) {
  return (value: string): number => {
    const n = value.trim() === '' ? NaN : Number(value.replace(',', '.'));
    if (!Number.isFinite(n) || Math.abs(n) > limit) throw new InvalidArgumentError(`${name} må være et tall fra ${-limit} til ${limit} (grader, WGS84), ikke «${value}»`);
    return n;
  };
}

/** "1.2" → "1,2" (Norwegian decimal comma), to two decimals. */
const km = (x: number) => x.toFixed(2).replace('.', ',');

export function registerLocate(program: Command): void {
  program
    .command('locate')
    .description('Finn kommunen, politidistriktet, tjenesteenheten og de nærmeste tjenestestedene for et punkt')
    .argument('<lat>', 'breddegrad (WGS84), f.eks. 59.9139', coordinate('breddegraden', 90))
    .argument('<lon>', 'lengdegrad (WGS84), f.eks. 10.7522', coordinate('lengdegraden', 180))
    .option('--at <dato>', 'datoen svaret skal gjelde for (standard i dag)', registerDateOption)
    .option('--offices <antall>', 'hvor mange nærmeste tjenestesteder som vises (1–20)', intOption('--offices', 1, 20), 3)
    .option('--json', 'skriv ett JSON-objekt (som GET /api/v1/locate)')
    .action(async (lat: number, lon: number, opts: { at?: IsoDate; offices: number; json?: boolean }, cmd: Command) => {
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>());
      try {
        const dir = await ctx.services.directory.at(opts.at ?? today());
        const found = locatePoint(dir, lat, lon, opts.offices);
        if (!found.ok) throw new CliError(`punktet (${lat}, ${lon}) ligger ikke i noen norsk kommune og heller ikke innenfor ${found.error.snapKm} km fra en`);
        const r = found.value;
        if (opts.json) return printJson(r);
        const sd =
          r.stationDistrict !== null
            ? r.stationDistrict.name
            : r.stationDistricts.length > 1
              ? `kommunen er delt mellom ${r.stationDistricts.length}: ${r.stationDistricts.map((s) => s.name).join(', ')}`
              : 'ingen (lokal struktur ikke innført på denne datoen)';
        printLines([
          `Punktet ${lat}, ${lon} per ${r.at}`,
          `  Kommune:          ${r.municipality.name} (${r.municipality.number})${r.snapped ? ` – punktet ligger utenfor kystlinjen, ${km(r.snapDistanceKm)} km fra kommunen` : ''}`,
          `  Politidistrikt:   ${r.district.name}`,
          `  Tjenesteenhet:    ${sd}`,
          `  Nærmeste tjenestesteder som er åpne denne dagen:`,
          ...r.nearestOffices.map((o) => `    ${km(o.distanceKm).padStart(7)} km  ${o.name}`),
        ]);
      } finally {
        await ctx.close();
      }
    });
}
