import { warnIfDeprecatedMatrix } from '../input-files.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import type { IsoDate } from '../../shared/dates.js';
import { CliError } from '../errors.js';
import { openContext, type GlobalOptions } from '../context.js';
import { registerDateOption, today } from '../options.js';
import { formatNumber, printJson, printLines } from '../output.js';
import type { ComparisonReport } from '../../contract/comparison-report.js';
import type { AccessibilityReport } from '../../contract/accessibility-report.js';
import type { ReformReport } from '../../contract/comparison-report.js';
import type { TravelMode } from '../../contract/accessibility-options.js';
import type { ServiceKind } from '../../domain/entities.js';
import { SERVICE_LABELS, serviceOption, travelModelNotes, travelOption, TRAVEL_OPTION_HELP } from '../travel-text.js';

interface AccessOptions {
  at?: IsoDate;
  threshold?: number;
  target?: number;
  compare?: string[];
  reform?: boolean;
  json?: boolean;
  csv?: string;
  circuity?: number;
  speed?: number;
  matrix?: string;
  travel?: TravelMode;
  service?: ServiceKind;
  population?: string;
  exportPoints?: string;
}

const positive = (name: string, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new InvalidArgumentError(`${name} må være et tall over 0 og høyst ${max}, ikke «${value}»`);
  return n;
};

const share = (value: string) => {
  const n = Number(value.replace(/%$/, ''));
  const fraction = value.endsWith('%') ? n / 100 : n;
  if (!Number.isFinite(fraction) || fraction <= 0 || fraction > 1) throw new InvalidArgumentError(`målet må være en andel mellom 0 og 1 (f.eks. 0.9) eller en prosent (90%), ikke «${value}»`);
  return fraction;
};

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1).replace('.', ',')} %`);
const min = (x: number | null) => (x === null ? '–' : x.toFixed(1).replace('.', ','));

function reportLines(r: AccessibilityReport): string[] {
  const n = r.national;
  const lines = [
    `Tilgjengelighet per ${r.at}${r.service ? ` til nærmeste ${SERVICE_LABELS[r.service as ServiceKind] ?? r.service}` : ''} – ${r.travelModel.label}${r.travelModel.estimated ? ' (beregnet, ikke målt)' : ''}`,
    `Hele landet: ${formatNumber(n.population)} innbyggere, ${formatNumber(n.withinThreshold)} (${pct(n.share)}) innen ${r.thresholdMinutes} min; snitt ${min(n.meanMinutes)} min, median ${min(n.medianMinutes)}, 90-persentil ${min(n.p90Minutes)}; ${n.offices} tjenestesteder`,
    `  innen ${n.thresholds.map((t) => `${t.minutes} min: ${pct(t.share)}`).join(', ')}`,
    '',
    `${'Politidistrikt'.padEnd(34)}${'Innbyggere'.padStart(12)}${`Innen ${r.thresholdMinutes}`.padStart(12)}${'Andel'.padStart(9)}${'Snitt'.padStart(7)}${'P90'.padStart(7)}${'Steder'.padStart(8)}  Mål ${pct(r.targetShare)}`,
  ];
  for (const d of r.districts) {
    lines.push(`${d.name.padEnd(34)}${formatNumber(d.population).padStart(12)}${formatNumber(d.withinThreshold).padStart(12)}${pct(d.share).padStart(9)}${min(d.meanMinutes).padStart(7)}${min(d.p90Minutes).padStart(7)}${String(d.offices).padStart(8)}  ${d.meetsTarget ? 'nådd' : 'IKKE nådd'}`);
  }
  lines.push('', `Befolkning: ${r.demandModel.method.nb}`, ...travelModelNotes(r.travelModel));
  return lines;
}

function comparisonLines(c: ComparisonReport): string[] {
  const n = c.national;
  return [
    `Sammenligning ${c.before.at} (${c.before.offices} tjenestesteder) → ${c.after.at} (${c.after.offices}), terskel ${c.thresholdMinutes} min`,
    `Hele landet: andel innen ${c.thresholdMinutes} min ${pct(n.shareBefore)} → ${pct(n.shareAfter)}; snitt ${min(n.meanMinutesBefore)} → ${min(n.meanMinutesAfter)} min`,
    `  ${formatNumber(n.populationFarther)} innbyggere fikk lengre reisetid (i snitt ${min(n.meanIncreaseForFarther)} min mer), ${formatNumber(n.populationMovedBeyondThreshold)} havnet over ${c.thresholdMinutes} min; ${formatNumber(n.personMinutesAdded)} personminutter lagt til`,
    `  ${c.officesClosed.length} tjenestesteder lagt ned, ${c.officesOpened.length} nye`,
    '',
    ...c.districts.map((d) => `${d.name.padEnd(34)} ${pct(d.shareBefore).padStart(8)} → ${pct(d.shareAfter).padStart(8)}   lengre reisetid for ${formatNumber(d.populationFarther)}`),
  ];
}

function csvRows(r: AccessibilityReport): string {
  const rows: unknown[][] = [];
  rows.push(['national', '', 'Hele landet', '', r.national.population, r.national.withinThreshold, r.national.share, r.national.meanMinutes, r.national.p90Minutes, r.national.offices]);
  for (const d of r.districts) rows.push(['district', d.id, d.name, d.id, d.population, d.withinThreshold, d.share, d.meanMinutes, d.p90Minutes, d.offices]);
  for (const m of r.municipalities) rows.push(['municipality', m.number, m.name, m.districtId, m.population, m.withinThreshold, m.share, m.meanMinutes, m.maxMinutes, '']);
  return stringify(rows, {
    header: true,
    columns: ['level', 'id', 'name', 'district_id', 'population', `within_${r.thresholdMinutes}_min`, 'share', 'mean_minutes', 'p90_or_max_minutes', 'offices'],
  });
}

export function registerAccess(program: Command): void {
  program
    .command('access')
    .description('Tilgjengelighet: hvor langt innbyggerne har til nærmeste tjenestested (kjøretid på vegnettet), per distrikt og kommune')
    .option('--at <dato>', 'dato (standard i dag)', registerDateOption)
    .option('--threshold <minutter>', 'terskel i minutter (standard 45)', positive('terskelen', 1440))
    .option('--target <andel>', 'målet for andel innen terskelen (standard 0.9)', share)
    .option('--compare <datoer...>', 'sammenlign to datoer: --compare 2015-12-31 2018-07-01')
    .option('--reform', 'reformrapporten: 2015-12-31, 2018-07-01 og i dag')
    .option('--json', 'skriv ett JSON-objekt')
    .option('--csv <fil>', 'skriv distrikts- og kommunetabellen som CSV')
    .option('--travel <modell>', TRAVEL_OPTION_HELP, travelOption)
    .option('--service <tjeneste>', 'bare tjenestesteder som tilbyr tjenesten teller: pass-id (pass- og ID-kontor) eller ekspedisjon', serviceOption)
    .option('--circuity <faktor>', 'omveisfaktor for beregnet reisetid (standard 1.3)', positive('omveisfaktoren', 10))
    .option('--speed <km/t>', 'snittfart for beregnet reisetid (standard 60)', positive('farten', 200))
    .option('--matrix <fil>', 'reisetidsmatrise (origin_id,destination_id,minutes) fra OSRM, Valhalla, GraphHopper o.l.')
    .option('--population <fil>', 'befolkningspunkter (CSV id,lat,lon,population,municipality_number eller GeoJSON) i stedet for postnummerpunktene')
    .option('--export-points <mappe>', 'skriv etterspørselspunktene og tjenestestedene som CSV, for å lage en reisetidsmatrise i et rutingverktøy')
    .action(async (opts: AccessOptions, cmd: Command) => {
      // Variadic values reach the action unparsed; a bad one must still be reported, not swallowed.
      const compare = opts.compare?.map((d) => {
        try {
          return registerDateOption(d);
        } catch (e) {
          throw new CliError(`--compare: ${(e as Error).message}`);
        }
      });
      if (compare && compare.length !== 2) throw new CliError(`--compare tar to datoer, fikk ${compare.length}`);
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>());
      try {
        const register = await ctx.services.registers.register();
        const service = ctx.services.accessibility;
        const demand = service.demand(register, opts.population);
        const at = opts.at ?? today();
        const dates = opts.reform ? (['2015-12-31', '2018-07-01', today()] as IsoDate[]) : compare ? (compare as IsoDate[]) : [at];
        if (opts.exportPoints) {
          mkdirSync(opts.exportPoints, { recursive: true });
          const origins = demand.ids.map((id, i) => [id, demand.lat[i], demand.lon[i], demand.population[i], demand.municipalityNumbers[demand.municipalityIndex[i]!]]);
          writeFileSync(join(opts.exportPoints, 'origins.csv'), stringify(origins, { header: true, columns: ['id', 'lat', 'lon', 'population', 'municipality_number'] }));
          const offices = new Map<string, unknown[]>();
          for (const d of dates) for (const o of register.snapshot(d).openOffices()) offices.set(o.id, [o.id, o.position.lat, o.position.lon, o.name]);
          writeFileSync(join(opts.exportPoints, 'destinations.csv'), stringify([...offices.values()], { header: true, columns: ['id', 'lat', 'lon', 'name'] }));
          printLines([`Skrev ${demand.ids.length} etterspørselspunkter og ${offices.size} tjenestesteder til ${opts.exportPoints}`]);
          return;
        }
        warnIfDeprecatedMatrix(opts.matrix);
        if (opts.matrix && opts.travel) throw new CliError('--matrix og --travel kan ikke brukes sammen: matrisen er reisemodellen');
        const model = service.travelModel(register, demand, { travel: opts.travel, circuityFactor: opts.circuity, speedKmh: opts.speed, matrixFile: opts.matrix }, dates);
        const options = { thresholdMinutes: opts.threshold, targetShare: opts.target };
        let output: AccessibilityReport | ComparisonReport | ReformReport;
        let lines: string[];
        if (opts.reform) {
          const r = service.reform(register, today(), options, model, demand, opts.service);
          output = r;
          lines = [...r.headline.nb, '', `Befolkning: ${demand.method.nb}`, `Reisetid: ${model.label}`, ...travelModelNotes(model)];
        } else if (compare) {
          const c = service.compare(register, compare[0]!, compare[1]!, options, model, demand, opts.service);
          output = c;
          lines = comparisonLines(c);
        } else {
          const e = service.evaluate(register, at, options, model, demand, opts.service);
          output = e.report;
          lines = reportLines(e.report);
          if (opts.csv) writeFileSync(opts.csv, csvRows(e.report));
        }
        if (opts.json) printJson(output);
        else printLines(lines);
      } finally {
        await ctx.close();
      }
    });
}
