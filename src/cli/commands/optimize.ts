import { readFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { OBJECTIVES, parseCandidatePositions, type CandidatePosition, type Objective } from '../../analysis/optimize/index.js';
import type { IsoDate } from '../../shared/dates.js';
import { InputFileError } from '../../services/access/accessibility-service.js';
import type { RegisterOptimizeReport } from '../../contract/optimize-report.js';
import {
  DEFAULT_OPTIMIZE_THRESHOLD_MINUTES,
  DEFAULT_OPTIMIZE_TIME_LIMIT_SECONDS,
  solveLocationProblem,
  type OptimizeRunOptions,
  type ReformOptimizeReport,
} from '../../services/optimize/optimize-service.js';
import { plural } from '../wording.js';
import { openContext, type GlobalOptions } from '../context.js';
import { CliError } from '../errors.js';
import { loadProblemFiles } from '../load-problem-files.js';
import { inputIssuesNb, optimizeErrorNb } from '../optimize-messages.js';
import { unreadableFileNb, warnIfDeprecatedMatrix } from '../input-files.js';
import { progressDisplay } from '../optimize-progress.js';
import { actorFrom, plannerFor } from '../planner.js';
import { issueNb, STATUS_NB } from '../../contract/wording/scenario-text.js';
import { saveOptimizeScenario, type OptimizeScenarioError } from '../../services/optimize/optimize-scenario.js';
import { registerDateOption, intOption, today } from '../options.js';
import { formatNumber, printJson, printLines } from '../output.js';
import type { OptimizeResult } from '../../contract/optimize-result.js';
import type { TravelMode } from '../../contract/accessibility-options.js';
import { travelModelNotes, travelOption, TRAVEL_OPTION_HELP } from '../travel-text.js';

interface OptimizeOptions {
  at?: IsoDate;
  keep?: number;
  objective: Objective;
  travel?: TravelMode;
  threshold?: number;
  candidates?: string;
  alsoOfficesFrom?: IsoDate[];
  allOffices?: boolean;
  mustKeep?: string[];
  mustNot?: string[];
  minPerDistrict?: number;
  districtMin?: Record<string, number>;
  circuity?: number;
  speed?: number;
  matrix?: string;
  population?: string;
  timeLimit?: number;
  heuristicOnly?: boolean;
  json?: boolean;
  progress: boolean;
  matrixProblem?: string;
  weights?: string;
  candidatesList?: string;
  report2018?: boolean;
  saveScenario?: string;
  actor?: string;
}

const positive = (name: string, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new InvalidArgumentError(`${name} må være et tall over 0 og høyst ${max}, ikke «${value}»`);
  return n;
};

/** Comma-separated ids; the option may also be repeated. */
const idList = (value: string, previous: string[] = []): string[] => {
  const ids = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (ids.length === 0) throw new InvalidArgumentError(`ventet en kommaseparert liste med id-er, fikk «${value}»`);
  return [...previous, ...ids];
};

/** Each value of a variadic date option, checked as it is read (so commander names the option). */
const dates = (value: string, previous: IsoDate[] = []): IsoDate[] => [...previous, registerDateOption(value)];

/** `id=N,id=N`; repeatable. */
const districtMinimums = (value: string, previous: Record<string, number> = {}): Record<string, number> => {
  const out = { ...previous };
  for (const part of value.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const m = /^([a-z0-9-]+)=(\d+)$/.exec(part);
    if (!m) throw new InvalidArgumentError(`skriv minstekrav som distrikt=antall, f.eks. «agder=5,troms=4», ikke «${part}»`);
    out[m[1]!] = Number(m[2]);
  }
  return out;
};

// ——— Norwegian formatting ———

const pct = (x: number | null, digits = 2) => (x === null ? '–' : `${(x * 100).toFixed(digits).replace('.', ',')} %`);
const pp = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(2).replace('.', ',')} prosentpoeng`;
const minutes = (x: number) => `${x.toFixed(1).replace('.', ',')} min`;
/** Up to three decimals, Norwegian comma, plain-space thousands (nb-NO's no-break space is not in every terminal font). */
const decimal = (x: number) => x.toLocaleString('nb-NO', { maximumFractionDigits: 3 }).replace(/\u00a0/g, ' ');
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${formatNumber(Math.abs(x))}`;

const OBJECTIVE_NB: Record<Objective, string> = {
  mclp: 'flest mulig innbyggere innen terskelen (maksimal dekning, MCLP)',
  'p-median': 'kortest mulig samlet reisetid (p-median)',
};

/** What the solver achieved, in Norwegian: status, proven gap, time. */
function solverLine(r: OptimizeResult): string {
  const gap = r.gap === null ? null : `${(r.gap * 100).toFixed(4).replace('.', ',')} %`;
  const status: Record<OptimizeResult['status'], string> = {
    optimal: 'bevist optimal',
    'time-limit': `tidsgrensen nådd; bevist avstand til optimum høyst ${gap ?? '–'}`,
    bounded: `bevist avstand til optimum høyst ${gap ?? '–'}`,
    cancelled: `avbrutt; beste svar så langt${gap === null ? ', ingen bevist grense ennå' : `, bevist avstand til optimum høyst ${gap}`}`,
    heuristic: 'bare heuristikk (grådig + bytter), ingen bevist grense',
  };
  return `Løser: ${status[r.status]} – ${r.solver}; ${r.seconds.toFixed(1).replace('.', ',')} s`;
}

function registerLines(r: RegisterOptimizeReport): string[] {
  const byId = new Map(r.candidates.map((c) => [c.id, c]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const origins = { open: 0, register: 0, added: 0 };
  for (const c of r.candidates) origins[c.origin]++;
  const t = r.thresholdMinutes ?? DEFAULT_OPTIMIZE_THRESHOLD_MINUTES;
  const covered = r.coveredWeight ?? 0;
  const baseCovered = r.baseline.coveredWeight ?? 0;
  const lines = [
    `Optimering per ${r.at}: ${OBJECTIVE_NB[r.objective]}, ${r.keep} tjenestesteder av ${r.candidates.length} kandidater`,
    `  Kandidater: ${origins.open} åpne per ${r.at}` +
      (origins.register > 0 ? `, ${origins.register} andre fra registeret` : '') +
      (origins.added > 0 ? `, ${origins.added} foreslåtte` : ''),
    `Innen ${t} min: ${pct(r.coveredShare)} (${formatNumber(covered)} innbyggere) – faktisk struktur per ${r.at} (${r.baseline.offices} tjenestesteder): ${pct(r.baseline.coveredShare)} (${formatNumber(baseCovered)})`,
    `  Forskjell: ${pp((r.coveredShare ?? 0) - (r.baseline.coveredShare ?? 0))}, ${signed(covered - baseCovered)} innbyggere innen ${t} min`,
    `Snitt reisetid: ${minutes(r.meanMinutes)} (faktisk ${minutes(r.baseline.meanMinutes)})`,
  ];
  const { closed, opened } = r.changes;
  if (closed.length === 0 && opened.length === 0) lines.push('Valget er den faktiske strukturen: ingen tjenestesteder skiller seg ut.');
  else {
    lines.push(`Forskjeller fra den faktiske strukturen: ${closed.length} av dagens ikke valgt, ${opened.length} andre valgt`);
    if (closed.length > 0) lines.push(`  Ikke valgt (${closed.length}): ${closed.map(name).join(', ')}`);
    if (opened.length > 0) {
      const origin = (id: string) => (byId.get(id)?.origin === 'added' ? ' (foreslått)' : '');
      lines.push(`  Valgt i stedet (${opened.length}): ${opened.map((id) => `${name(id)}${origin(id)}`).join(', ')}`);
    }
    const moved = r.districts.filter((d) => d.baselineOffices !== d.selectedOffices);
    if (moved.length > 0) lines.push(`  Per politidistrikt (faktisk → valgt): ${moved.map((d) => `${d.name} ${d.baselineOffices} → ${d.selectedOffices}`).join(', ')}`);
  }
  const minimums = r.districts.filter((d) => d.minimum > 0);
  if (minimums.length > 0) lines.push(`  Minstekrav per distrikt holdt: ${minimums.map((d) => `${d.name} ≥ ${d.minimum} (${d.selectedOffices})`).join(', ')}`);
  if (r.objective === 'mclp') lines.push('  Blant like gode valg er det som ligger nærmest den faktiske strukturen tatt.');
  lines.push(
    solverLine(r),
    `Reisetid: ${r.travelModel.label}`,
    ...travelModelNotes(r.travelModel),
    `Befolkning: ${r.demand.method.nb}`,
  );
  return lines;
}

function standaloneLines(r: OptimizeResult, file: string, points: number, candidates: number): string[] {
  const lines = [
    `Optimering fra matrisen ${file}: ${r.objective === 'mclp' ? `maksimal dekning innen ${r.thresholdMinutes}` : 'p-median'}, K = ${r.keep}, ${points} etterspørselspunkter, ${candidates} kandidater`,
    `Valgt (${r.selected.length}): ${r.selected.join(', ')}`,
    r.objective === 'mclp'
      ? `Dekket vekt: ${formatNumber(r.objectiveValue)} av ${formatNumber(r.totalWeight)} (${pct(r.coveredShare)})`
      : `Målverdi (sum vekt × verdi): ${decimal(r.objectiveValue)}; snitt per vektenhet ${decimal(r.meanMinutes)}`,
  ];
  if (r.objective === 'p-median' && r.coveredShare !== null) lines.push(`Innen ${r.thresholdMinutes}: ${pct(r.coveredShare)} av vekten`);
  lines.push(solverLine(r));
  return lines;
}

function reformLines(report: ReformOptimizeReport): string[] {
  const a = report.sameSites;
  const b = report.oldAndNewSites;
  const t = b.thresholdMinutes;
  const byId = new Map(b.candidates.map((c) => [c.id, c.name]));
  const name = (id: string) => byId.get(id) ?? id;
  return [
    `Reformen: kunne like mange tjenestesteder som i ${b.at} (${b.keep}) ha nådd flere innen ${t} min?`,
    `Faktisk struktur ${b.at}: ${b.baseline.offices} tjenestesteder, ${pct(b.baseline.coveredShare)} av befolkningen (${formatNumber(b.baseline.coveredWeight ?? 0)}) innen ${t} min, snitt ${minutes(b.baseline.meanMinutes)}`,
    '',
    `A. Samme steder (kandidater = de ${a.candidates.length} åpne ${a.at}, K = ${a.keep}): ${pct(a.coveredShare)} – det samme som faktisk, som det må bli når alle kandidatene skal velges (kontroll: ${a.coveredShare === a.baselineCoveredShare ? 'stemmer' : 'STEMMER IKKE'})`,
    `   ${solverLine(a)}`,
    '',
    `B. ${b.keep} valgt blant alle ${b.candidates.length} steder som fantes 2015-12-31 eller ${b.at}: ${pct(b.coveredShare)} (${formatNumber(b.coveredWeight ?? 0)}) innen ${t} min`,
    `   ${pp((b.coveredShare ?? 0) - (b.baseline.coveredShare ?? 0))}, ${signed((b.coveredWeight ?? 0) - (b.baseline.coveredWeight ?? 0))} innbyggere innen ${t} min; snitt ${minutes(b.meanMinutes)} (faktisk ${minutes(b.baseline.meanMinutes)})`,
    `   Ville beholdt i stedet (${b.changes.opened.length}, lagt ned i reformen): ${b.changes.opened.map(name).join(', ')}`,
    `   Ville lagt ned i stedet (${b.changes.closed.length} av de faktiske): ${b.changes.closed.map(name).join(', ')}`,
    '   (Blant like gode valg er det nærmest den faktiske strukturen tatt: ingen enkelt bytte tilbake til et faktisk sted holder dekningen.)',
    `   ${solverLine(b)}`,
    '',
    `Reisetid: ${b.travelModel.label}`,
    ...travelModelNotes(b.travelModel),
    `Befolkning: ${b.demand.method.nb}`,
    `Samme tall hver for seg: naerpoliti optimize --at ${a.at} --objective mclp --threshold ${t}  og  naerpoliti optimize --at ${b.at} --also-offices-from 2015-12-31 --keep ${b.keep} --objective mclp --threshold ${t}`,
  ];
}

// ——— Running with progress and Ctrl-C ———

/**
 * Runs a solve with the progress bar and Ctrl-C: the first SIGINT aborts the exact phase (the solver
 * then returns its best answer so far with the bound proven by then, which is printed as usual); a
 * second one exits at once with status 130.
 */
async function withCancel<T>(showProgress: boolean, timeLimitSeconds: number, body: (run: OptimizeRunOptions) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const display = showProgress ? progressDisplay(timeLimitSeconds) : null;
  let interrupts = 0;
  const onSigint = (): void => {
    interrupts++;
    if (interrupts === 1) {
      const line = 'naerpoliti: avbryter den eksakte fasen og skriver det beste svaret så langt (Ctrl-C igjen avslutter straks)';
      if (display) display.note(line);
      else process.stderr.write(`${line}\n`);
      controller.abort();
    } else {
      display?.stop();
      process.exit(130);
    }
  };
  process.on('SIGINT', onSigint);
  try {
    return await body({ signal: controller.signal, onProgress: display?.onProgress });
  } finally {
    display?.stop();
    process.off('SIGINT', onSigint);
  }
}

function scenarioErrorNb(e: OptimizeScenarioError): string {
  switch (e.code) {
    case 'optimize.scenario-unlocated':
      return `--save-scenario: fant ingen kommune ved (${e.lat}, ${e.lon}) for det foreslåtte stedet «${e.id}»; flytt det inn på land i en kommune`;
    case 'optimize.scenario-no-changes':
      return '--save-scenario: ingenting å lagre, valget er den faktiske strukturen';
    case 'optimize.scenario-rejected':
      return (
        `--save-scenario: scenarioet ville brutt reglene, ingenting er lagret:\n  ${e.issues.slice(0, 20).map(issueNb).join('\n  ')}\n` +
        'Tips: krav som holder strukturen sammen (f.eks. --min-per-district 1 eller --must-keep) gir ofte et svar som kan lagres; ellers bygg scenarioet selv med naerpoliti scenario add'
      );
  }
}

function readCandidates(file: string): CandidatePosition[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`${file}: ${unreadableFileNb(e)}`);
  }
  const parsed = parseCandidatePositions(text, file);
  if (!parsed.ok) throw new CliError(inputIssuesNb(parsed.error));
  return parsed.value;
}

/** Options that only make sense over the register, refused with a standalone matrix problem. */
const REGISTER_ONLY: readonly (keyof OptimizeOptions)[] = ['at', 'candidates', 'alsoOfficesFrom', 'allOffices', 'minPerDistrict', 'districtMin', 'travel', 'circuity', 'speed', 'matrix', 'population', 'report2018', 'saveScenario'];
const FLAG_NAMES: Partial<Record<keyof OptimizeOptions, string>> = {
  at: '--at',
  candidates: '--candidates',
  alsoOfficesFrom: '--also-offices-from',
  allOffices: '--all-offices',
  minPerDistrict: '--min-per-district',
  districtMin: '--district-min',
  travel: '--travel',
  circuity: '--circuity',
  speed: '--speed',
  matrix: '--matrix',
  population: '--population',
  report2018: '--report-2018',
  saveScenario: '--save-scenario',
  keep: '--keep',
  mustKeep: '--must-keep',
  mustNot: '--must-not',
  weights: '--weights',
  candidatesList: '--candidates-list',
  objective: '--objective',
};

async function runStandalone(opts: OptimizeOptions, matrixFile: string): Promise<void> {
  const clash = REGISTER_ONLY.filter((k) => opts[k] !== undefined);
  if (clash.length > 0) throw new CliError(`${clash.map((k) => FLAG_NAMES[k]).join(', ')} gjelder registeret og kan ikke brukes med --matrix-problem`);
  if (opts.keep === undefined) throw new CliError('--matrix-problem trenger --keep K (hvor mange steder som skal velges)');
  warnIfDeprecatedMatrix(matrixFile);
  const loaded = await loadProblemFiles({ matrix: matrixFile, weights: opts.weights, candidates: opts.candidatesList });
  if (!loaded.ok) throw new CliError(inputIssuesNb(loaded.error));
  const problem = loaded.value;
  const timeLimit = opts.timeLimit ?? DEFAULT_OPTIMIZE_TIME_LIMIT_SECONDS;
  const threshold = opts.threshold ?? (opts.objective === 'mclp' ? DEFAULT_OPTIMIZE_THRESHOLD_MINUTES : null);
  const result = await withCancel(opts.progress && !opts.heuristicOnly, timeLimit, (run) =>
    solveLocationProblem(
      problem,
      { objective: opts.objective, keep: opts.keep!, thresholdMinutes: threshold, mustKeep: opts.mustKeep, mustNot: opts.mustNot },
      { timeLimitSeconds: timeLimit, heuristicOnly: opts.heuristicOnly },
      run,
    ),
  );
  if (!result.ok) throw new CliError(optimizeErrorNb(result.error));
  if (opts.json) printJson(result.value);
  else printLines(standaloneLines(result.value, matrixFile, problem.demandWeights.length, problem.candidateIds.length));
}

export function registerOptimize(program: Command): void {
  program
    .command('optimize')
    .description(
      'Velg K tjenestesteder blant kandidatene slik at flest mulig når et tjenestested innen terskelen (mclp) eller samlet reisetid blir kortest (p-median), ' +
        'og sammenlign med den faktiske strukturen. Grådig + bytter først, så HiGHS eksakt med bevist gap. Ctrl-C avbryter og skriver det beste svaret så langt.',
    )
    .option('--at <dato>', 'grunnlagsdato: tjenestestedene som er åpne da er den faktiske strukturen og alltid kandidater (standard i dag)', registerDateOption)
    .option('--keep <K>', 'antall tjenestesteder som skal velges (standard: antallet åpne på datoen)', intOption('--keep', 1, 100000))
    .addOption(new Option('--objective <mål>', 'mclp (flest innen terskelen) eller p-median (kortest samlet reisetid)').choices(OBJECTIVES).default('mclp'))
    .option('--threshold <minutter>', `terskel i minutter (standard ${DEFAULT_OPTIMIZE_THRESHOLD_MINUTES})`, positive('terskelen', 1440))
    .option('--candidates <fil>', 'foreslåtte nye steder som kandidater: CSV id,lat,lon[,name,district_id]')
    .option('--also-offices-from <datoer...>', 'også tjenestestedene som fantes på disse datoene er kandidater (også nedlagte)', dates)
    .option('--all-offices', 'alle tjenestesteder i registerets historie er kandidater (nedlagte slik de sist var før datoen)')
    .option('--must-keep <id-er>', 'kandidater som må velges (kommaseparert; kan gjentas)', idList)
    .option('--must-not <id-er>', 'kandidater som ikke kan velges (kommaseparert; kan gjentas)', idList)
    .option('--min-per-district <N>', 'minst N valgt i hvert politidistrikt', intOption('--min-per-district', 0, 1000))
    .option('--district-min <id=N,...>', 'minstekrav for enkelte distrikter, f.eks. agder=5,troms=4 (overstyrer --min-per-district)', districtMinimums)
    .option('--travel <modell>', TRAVEL_OPTION_HELP, travelOption)
    .option('--circuity <faktor>', 'omveisfaktor for beregnet reisetid (standard 1.3)', positive('omveisfaktoren', 10))
    .option('--speed <km/t>', 'snittfart for beregnet reisetid (standard 60)', positive('farten', 200))
    .option('--matrix <fil>', 'reisetidsmatrise (origin_id,destination_id,minutes) som dekker alle kandidatene, i stedet for beregnet reisetid')
    .option('--population <fil>', 'befolkningspunkter (CSV id,lat,lon,population,municipality_number eller GeoJSON) i stedet for postnummerpunktene')
    .option('--time-limit <sekunder>', `tidsgrense for den eksakte fasen (standard ${DEFAULT_OPTIMIZE_TIME_LIMIT_SECONDS})`, positive('tidsgrensen', 86400))
    .option('--heuristic-only', 'bare grådig + bytter (raskt, uten bevist gap)')
    .option('--json', 'skriv ett JSON-objekt')
    .option('--no-progress', 'ingen fremdriftslinje på stderr')
    .option('--matrix-problem <fil>', 'frittstående problem uten registeret: reisetidsmatrise-CSV origin_id,destination_id,minutes')
    .option('--weights <fil>', 'med --matrix-problem: vekter per etterspørselspunkt, CSV id,weight (standard 1)')
    .option('--candidates-list <fil>', 'med --matrix-problem: kandidatene, CSV id[,group] (standard alle destinasjoner)')
    .option('--report-2018', 'reformrapporten: dekker den optimale strukturen med like mange steder som 2018-07-01 flere innen terskelen?')
    .option('--save-scenario <navn>', 'lagre svaret som et scenarioutkast på grunnlagsdatoen: legg ned de som ikke er valgt, åpne de valgte nye')
    .option('--actor <navn>', 'med --save-scenario: hvem som står i revisjonsloggen (standard: NAERPOLITI_ACTOR eller brukernavnet)')
    .action(async (opts: OptimizeOptions, cmd: Command) => {
      if (opts.matrixProblem !== undefined) return runStandalone(opts, opts.matrixProblem);
      for (const k of ['weights', 'candidatesList'] as const) {
        if (opts[k] !== undefined) throw new CliError(`${FLAG_NAMES[k]} gjelder bare sammen med --matrix-problem`);
      }
      if (opts.report2018) {
        const fixed: (keyof OptimizeOptions)[] = ['at', 'keep', 'candidates', 'alsoOfficesFrom', 'allOffices', 'mustKeep', 'mustNot', 'minPerDistrict', 'districtMin', 'saveScenario'];
        const clash = fixed.filter((k) => opts[k] !== undefined);
        if (opts.objective !== 'mclp') clash.push('objective');
        if (clash.length > 0) throw new CliError(`--report-2018 velger selv dato, kandidater, K og mål; ta bort ${clash.map((k) => FLAG_NAMES[k]).join(', ')}`);
      }
      const timeLimit = opts.timeLimit ?? DEFAULT_OPTIMIZE_TIME_LIMIT_SECONDS;
      const added = opts.candidates ? readCandidates(opts.candidates) : undefined;
      const ctx = await openContext(cmd.optsWithGlobals<GlobalOptions>());
      try {
        const register = await ctx.services.registers.register();
        const service = ctx.services.optimize;
        warnIfDeprecatedMatrix(opts.matrix);
        if (opts.matrix && opts.travel) throw new CliError('--matrix og --travel kan ikke brukes sammen: matrisen er reisemodellen');
        const travel = { travel: opts.travel, circuityFactor: opts.circuity, speedKmh: opts.speed, matrixFile: opts.matrix };
        const solve = { timeLimitSeconds: timeLimit, heuristicOnly: opts.heuristicOnly };
        if (opts.report2018) {
          const report = await withCancel(opts.progress && !opts.heuristicOnly, timeLimit, (run) =>
            service.reformCounterfactual(register, { ...solve, thresholdMinutes: opts.threshold, travel, populationFile: opts.population }, run),
          );
          if (!report.ok) throw new CliError(optimizeErrorNb(report.error));
          if (opts.json) printJson(report.value);
          else printLines(reformLines(report.value));
          return;
        }
        const result = await withCancel(opts.progress && !opts.heuristicOnly, timeLimit, (run) =>
          service.optimize(
            register,
            {
              ...solve,
              at: opts.at ?? today(),
              objective: opts.objective,
              keep: opts.keep,
              thresholdMinutes: opts.threshold,
              officesFrom: opts.alsoOfficesFrom,
              allHistoricOffices: opts.allOffices,
              addedCandidates: added,
              mustKeep: opts.mustKeep,
              mustNot: opts.mustNot,
              minPerDistrict: opts.minPerDistrict,
              districtMin: opts.districtMin,
              travel,
              populationFile: opts.population,
            },
            run,
          ),
        );
        if (!result.ok) throw new CliError(optimizeErrorNb(result.error));
        let report: RegisterOptimizeReport = result.value;
        const lines = opts.json ? [] : registerLines(report);
        if (opts.saveScenario !== undefined) {
          const { scenarios } = plannerFor(ctx);
          const saved = await saveOptimizeScenario(scenarios, register, report, opts.saveScenario, actorFrom(opts.actor), ctx.services.locateMunicipality);
          if (!saved.ok) throw new CliError(scenarioErrorNb(saved.error));
          const s = saved.value.scenario;
          report = { ...report, savedScenario: { id: s.id, name: s.name, baseDate: s.baseDate, status: s.status, proposals: s.changes.length } };
          lines.push(
            `Lagret som scenario ${s.id} «${s.name}» (${STATUS_NB[s.status]}, grunnlag ${s.baseDate}) med ${plural(s.changes.length, 'endring', 'endringer')}; se det med: naerpoliti scenario show ${s.id}`,
          );
        }
        if (opts.json) printJson(report);
        else printLines(lines);
      } catch (e) {
        if (e instanceof InputFileError) throw new CliError(inputIssuesNb(e.issues));
        throw e;
      } finally {
        await ctx.close();
      }
    });
}
