import { InvalidArgumentError, type Command } from 'commander';
import { openContext, type GlobalOptions } from '../context.js';
import { CliError } from '../errors.js';
import { formatNumber, printJson, printLines } from '../output.js';
import { DEFAULT_IMPORT_FERRY_WAIT_MINUTES, importRoadNetwork } from '../../services/access/network-import.js';
import { InputFileError } from '../../services/access/accessibility-service.js';
import { StoreError } from '../../store/errors.js';

interface ImportOptions {
  source?: string;
  terms?: string;
  networkVersion?: string;
  ferryWait?: number;
  json?: boolean;
}

const ferryWait = (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1440) throw new InvalidArgumentError(`ventetiden må være minutter mellom 0 og 1440, ikke «${value}»`);
  return n;
};

const text = (name: string, max: number) => (value: string): string => {
  const v = value.trim();
  if (v === '' || v.length > max) throw new InvalidArgumentError(`${name} må være en tekst på 1–${max} tegn`);
  return v;
};

export function registerNetwork(program: Command): void {
  const network = program.command('network').description('Vegnettet som kjøretidene beregnes på');
  network
    .command('import <fil>')
    .description(
      'Importer et vegnett: en mappe med nodes.csv og edges.csv (det delte vegnettets format), eller GeoJSON-linjer med fart og ferjer (ogr2ogr fra NVDB Ruteplan, osmium export fra OpenStreetMap). Lagres med versjon, kilde og vilkår; brukes fra neste start.',
    )
    .option('--source <tekst>', 'hvor dataene kommer fra (påkrevd uten network.json i mappen)', text('kilden', 200))
    .option('--terms <tekst>', 'vilkårene, f.eks. «© OpenStreetMap contributors, ODbL 1.0» (påkrevd uten network.json i mappen)', text('vilkårene', 2000))
    // Not --version: that is the program's own (naerpoliti --version).
    .option('--network-version <versjon>', 'vegnettets versjon (standard: dato og en hash av nettet)', text('versjonen', 100))
    .option('--ferry-wait <minutter>', `ventetid per ferjeoverfart (standard ${DEFAULT_IMPORT_FERRY_WAIT_MINUTES})`, ferryWait)
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (file: string, opts: ImportOptions, cmd: Command) => {
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>(), { need: 'any' });
      try {
        const result = await importRoadNetwork(ctx.store.roadNetworks, file, { source: opts.source, terms: opts.terms, version: opts.networkVersion, ferryWaitMinutes: opts.ferryWait }).catch((e: unknown) => {
          if (e instanceof InputFileError) {
            // Each issue's text names its file, row or feature and field.
            const shown = e.issues.slice(0, 10).map((i) => i.message);
            throw new CliError(`vegnettet ble avvist, ingenting er lagret (${e.issues.length} feil): ${shown.join(' | ')}${e.issues.length > 10 ? ' | …' : ''}`);
          }
          if (e instanceof StoreError && e.code === 'store.duplicate-version') throw new CliError(`versjon ${String(e.details['version'])} av vegnettet er allerede importert; gi en annen med --network-version`);
          throw e;
        });
        const s = result.stored;
        if (opts.json) return printJson(result);
        const skipped = Object.entries(result.skipped);
        printLines([
          `Importerte vegnettet ${s.version} (${s.format}) fra ${s.fileName}: ${formatNumber(s.counts['nodes'] ?? 0)} noder, ${formatNumber(s.counts['roadEdges'] ?? 0)} vegstrekninger, ${formatNumber(s.counts['ferryEdges'] ?? 0)} ferjestrekninger, ${formatNumber(s.counts['components'] ?? 0)} sammenhengende deler`,
          `Kilde: ${s.source}`,
          `Vilkår: ${s.terms}`,
          ...(skipped.length > 0 ? [`Utelatt med vilje: ${skipped.map(([why, n]) => `${why} ${formatNumber(n)}`).join(', ')}`] : []),
          'Kjøretidene bruker dette nettet fra neste kommando eller omstart av tjeneren.',
        ]);
      } finally {
        await ctx.close();
      }
    });
}
