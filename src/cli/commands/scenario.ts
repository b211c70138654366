import { InvalidArgumentError, type Command } from 'commander';
import type { IsoDate } from '../../shared/dates.js';
import { OFFICE_KINDS, STATION_DISTRICT_KINDS } from '../../domain/entities.js';
import { PROPOSAL_TYPES, type ProposalType } from '../../domain/scenario/proposals.js';
import type { Scenario } from '../../domain/scenario/scenario.js';
import type { ScenarioComparison, ScenarioView } from '../../contract/scenario-views.js';
import type { AppServices } from '../../services/app-services.js';
import { CliError } from '../errors.js';
import { plural } from '../wording.js';
import { openContext, type GlobalOptions } from '../context.js';
import { accessibilityLines, criteriaLines, headlineNb, minutes, pct } from '../criteria-text.js';
import { dateOption, registerDateOption } from '../options.js';
import { formatNumber, printJson, printLines } from '../output.js';
import { actorFrom, plannerFor, ruleSetFrom } from '../planner.js';
import { issueNb, opNb, parseStatus, proposalNb, STATUS_NB } from '../../contract/wording/scenario-text.js';

// Arguments are parsed in the actions, where a CliError is printed (commander prints its own errors).
const scenarioId = (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new CliError(`scenario-id må være et heltall fra 1, ikke «${value}»`);
  return n;
};
const position = (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new CliError(`posisjonen må være et heltall fra 1, ikke «${value}»`);
  return n;
};
const positionOption = (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`posisjonen må være et heltall fra 1, ikke «${value}»`);
  return n;
};
const minutesOption = (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1440) throw new InvalidArgumentError(`terskelen må være et antall minutter over 0 og høyst 1440, ikke «${value}»`);
  return n;
};

interface AnalysisOptions {
  criteria?: string;
  threshold?: number;
  json?: boolean;
}

type ActorOptions = GlobalOptions & { actor?: string };

async function withPlanner<T>(cmd: Command, body: (p: ReturnType<typeof plannerFor> & { actor: string; services: AppServices }) => Promise<T>): Promise<T> {
  const options = cmd.optsWithGlobals<ActorOptions>();
  const ctx = await openContext(options);
  try {
    return await body({ ...plannerFor(ctx), actor: actorFrom(options.actor), services: ctx.services });
  } finally {
    await ctx.close();
  }
}

function scenarioHeader(s: Scenario): string {
  return `Scenario ${s.id} «${s.name}» – ${STATUS_NB[s.status]}, grunnlag ${s.baseDate} (revisjon ${s.revision})`;
}

function viewLines(view: ScenarioView): string[] {
  const s = view.scenario;
  const lines = [scenarioHeader(s)];
  if (s.description) lines.push(`  ${s.description}`);
  lines.push(`  Opprettet ${s.createdAt} av ${s.createdBy}, sist endret ${s.updatedAt}`);
  if (s.publication) {
    const d = s.publication.decision;
    lines.push(`  Publisert ${s.publication.publishedAt} av ${s.publication.publishedBy}, i kraft fra ${s.publication.effective} (vedtak: ${d.by}${d.date ? ` ${d.date}` : ''}${d.reference ? `, ${d.reference}` : ''})`);
  }
  lines.push('', view.steps.length === 0 ? 'Ingen endringer ennå (legg til med «naerpoliti scenario add»).' : `Endringer (${view.steps.length}):`);
  for (const step of view.steps) {
    lines.push(`  ${step.position}. ${proposalNb(step.proposal, step.names)}`);
    for (const op of step.ops) lines.push(`       ${opNb(op, step.names)}`);
  }
  lines.push('');
  if (view.issues.length === 0) lines.push('Ingen regelbrudd.');
  else lines.push(`Regelbrudd (${view.issues.length}):`, ...view.issues.map((i) => `  ${issueNb(i)}`));
  if (view.baseViolations.length > 0) {
    lines.push(`Allerede i registeret på grunnlagsdatoen (ikke scenarioets skyld): ${view.baseViolations.length} regelbrudd, f.eks. [${view.baseViolations[0]!.rule}] ${view.baseViolations[0]!.message}`);
  }
  return lines;
}

function comparisonLines(c: ScenarioComparison): string[] {
  const n = c.accessibility.national;
  const T = c.accessibility.thresholdMinutes;
  const lines = [
    `Scenario ${c.scenario.id} «${c.scenario.name}» sammenlignet med registeret per ${c.at}`,
    `Tjenestesteder: ${c.accessibility.before.offices} → ${c.accessibility.after.offices}`,
  ];
  if (c.officesRemoved.length > 0) lines.push(`  Lagt ned (${c.officesRemoved.length}): ${c.officesRemoved.map((o) => o.name).join(', ')}`);
  if (c.officesAdded.length > 0) lines.push(`  Nye (${c.officesAdded.length}): ${c.officesAdded.map((o) => o.name).join(', ')}`);
  lines.push('', 'Kriterier, før → etter:');
  for (const r of c.criteria.rules) {
    const after = c.criteria.after.rules.find((x) => x.id === r.id)!;
    const before = c.criteria.before.rules.find((x) => x.id === r.id)!;
    const mark = (ok: boolean) => (ok ? 'OK' : 'IKKE');
    lines.push(`  [${mark(r.passedBefore)} → ${mark(r.passedAfter)}] ${r.label}: ${headlineNb(before)} → ${headlineNb(after)}`);
  }
  lines.push(
    '',
    `Tilgjengelighet (${c.accessibility.after.travelModel.label}):`,
    `  Andel innen ${T} min: ${pct(n.shareBefore)} → ${pct(n.shareAfter)}; snitt ${minutes(n.meanMinutesBefore)} → ${minutes(n.meanMinutesAfter)} min`,
    `  ${formatNumber(n.populationFarther)} innbyggere får lengre vei (i snitt ${minutes(n.meanIncreaseForFarther)} min mer), ${formatNumber(n.populationMovedBeyondThreshold)} havner over ${T} min; ${formatNumber(n.personMinutesAdded)} personminutter lagt til`,
  );
  if (c.municipalitiesFarther.length > 0) {
    lines.push('', `Kommuner der noen får lengre vei (${c.municipalitiesFarther.length}):`);
    for (const m of c.municipalitiesFarther.slice(0, 20)) {
      lines.push(
        `  ${m.name} (${m.number}): ${formatNumber(m.populationFarther)} av ${formatNumber(m.population)} innbyggere, i snitt ${minutes(m.meanIncreaseForFarther)} min mer; snitt ${minutes(m.meanMinutesBefore)} → ${minutes(m.meanMinutesAfter)} min${m.populationMovedBeyondThreshold > 0 ? `; ${formatNumber(m.populationMovedBeyondThreshold)} over ${T} min` : ''}`,
      );
    }
    if (c.municipalitiesFarther.length > 20) lines.push(`  … og ${c.municipalitiesFarther.length - 20} til (alle med --json)`);
  }
  lines.push('', `Strukturen: ${c.structure.added.length} opprettet, ${c.structure.removed.length} avviklet, ${c.structure.changed.length} endret`);
  if (c.issues.length > 0) lines.push('', `Regelbrudd (${c.issues.length}):`, ...c.issues.map((i) => `  ${issueNb(i)}`));
  return lines;
}

interface AddOptions {
  into?: string;
  newHead?: string;
  name?: string;
  lat?: string;
  lon?: string;
  kind?: string;
  municipality?: string;
  stationDistrict?: string;
  address?: string;
  postcode?: string;
  id?: string;
  toStationDistrict?: string;
  toDistrict?: string;
  municipalities?: string;
  offices?: string;
  headOffice?: string;
  district?: string;
  operatingUnit?: string;
  position?: number;
  json?: boolean;
}

const ALLOWED: Record<ProposalType, { args: string[]; options: (keyof AddOptions)[]; required: (keyof AddOptions)[] }> = {
  'close-office': { args: ['kontor-id'], options: ['newHead'], required: [] },
  'merge-office': { args: ['kontor-id'], options: ['into', 'newHead'], required: ['into'] },
  'open-office': { args: [], options: ['name', 'lat', 'lon', 'kind', 'municipality', 'stationDistrict', 'address', 'postcode', 'id'], required: ['name', 'lat', 'lon'] },
  'set-office-kind': { args: ['kontor-id', 'art'], options: ['name'], required: [] },
  'move-municipality': { args: ['kommunenummer'], options: ['toStationDistrict', 'toDistrict'], required: [] },
  'create-station-district': { args: [], options: ['name', 'municipalities', 'offices', 'headOffice', 'kind', 'district', 'operatingUnit', 'id'], required: ['name', 'municipalities'] },
  'dissolve-station-district': { args: ['enhet-id'], options: ['into'], required: ['into'] },
};

const flag = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const list = (text: string) => text.split(',').map((x) => x.trim()).filter((x) => x.length > 0);
function number(text: string, what: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new CliError(`${what} må være et tall (desimalgrader, f.eks. 69.97), ikke «${text}»`);
  return n;
}

/** The proposal the command line describes, as plain data for the service (which validates it in full). */
function proposalFrom(type: string, args: string[], o: AddOptions, locate: AppServices['locatePosition']): unknown {
  if (!(PROPOSAL_TYPES as string[]).includes(type)) throw new CliError(`ukjent endringstype «${type}»; bruk en av: ${PROPOSAL_TYPES.join(', ')}`);
  const rule = ALLOWED[type as ProposalType];
  if (args.length !== rule.args.length) {
    throw new CliError(`${type} tar ${rule.args.length === 0 ? 'ingen argumenter' : rule.args.map((a) => `<${a}>`).join(' ')}${args.length > 0 ? `, men fikk «${args.join(' ')}»` : ''}`);
  }
  const given = (Object.keys(o) as (keyof AddOptions)[]).filter((k) => o[k] !== undefined && k !== 'json' && k !== 'position');
  const stray = given.filter((k) => !rule.options.includes(k));
  if (stray.length > 0) throw new CliError(`${stray.map(flag).join(', ')} gjelder ikke for ${type}`);
  const missing = rule.required.filter((k) => o[k] === undefined);
  if (missing.length > 0) throw new CliError(`${type} trenger ${missing.map(flag).join(' og ')}`);
  const opt = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

  switch (type as ProposalType) {
    case 'close-office':
      return { type, officeId: args[0], ...opt('newHeadOfficeId', o.newHead) };
    case 'merge-office':
      return { type, officeId: args[0], intoOfficeId: o.into, ...opt('newHeadOfficeId', o.newHead) };
    case 'open-office': {
      const lat = number(o.lat!, '--lat');
      const lon = number(o.lon!, '--lon');
      let municipalityNumber = o.municipality;
      if (municipalityNumber === undefined) {
        const found = locate(lat, lon);
        if (!found.ok) throw new CliError(`fant ingen kommune ved (${lat}, ${lon}); oppgi kommunen med --municipality`);
        if (found.value.snapped) console.error(`Merk: posisjonen ligger ${found.value.distanceKm.toFixed(1).replace('.', ',')} km utenfor kommunegrensen; bruker nærmeste kommune ${found.value.name} (${found.value.number})`);
        municipalityNumber = found.value.number;
      }
      return {
        type,
        name: o.name,
        kind: o.kind ?? 'politistasjon',
        lat,
        lon,
        municipalityNumber,
        ...opt('officeId', o.id),
        ...opt('address', o.address),
        ...opt('postcode', o.postcode),
        ...opt('stationDistrictId', o.stationDistrict),
      };
    }
    case 'set-office-kind':
      if (!(OFFICE_KINDS as readonly string[]).includes(args[1]!)) throw new CliError(`ukjent art «${args[1]}»; bruk en av: ${OFFICE_KINDS.join(', ')}`);
      return { type, officeId: args[0], kind: args[1], ...opt('name', o.name) };
    case 'move-municipality':
      if (o.toStationDistrict === undefined && o.toDistrict === undefined) throw new CliError('move-municipality trenger --to-station-district eller --to-district');
      return { type, municipalityNumber: args[0], ...opt('toStationDistrictId', o.toStationDistrict), ...opt('toDistrictId', o.toDistrict) };
    case 'create-station-district':
      if (o.kind !== undefined && !(STATION_DISTRICT_KINDS as readonly string[]).includes(o.kind)) throw new CliError(`ukjent art «${o.kind}»; bruk en av: ${STATION_DISTRICT_KINDS.join(', ')}`);
      return {
        type,
        name: o.name,
        municipalityNumbers: list(o.municipalities!),
        ...opt('stationDistrictId', o.id),
        ...opt('kind', o.kind),
        ...opt('districtId', o.district),
        ...opt('operatingUnitId', o.operatingUnit),
        ...opt('officeIds', o.offices === undefined ? undefined : list(o.offices)),
        ...opt('headOfficeId', o.headOffice),
      };
    case 'dissolve-station-district':
      return { type, stationDistrictId: args[0], intoStationDistrictId: o.into };
  }
}

export function registerScenario(program: Command): void {
  const scenario = program
    .command('scenario')
    .description('Planlegg endringer i strukturen: scenarioer med foreslåtte endringer, vurdert mot kriteriene og publisert til registeret når de er vedtatt')
    .option('--actor <navn>', 'hvem som står i revisjonsloggen (standard: NAERPOLITI_ACTOR eller brukernavnet)');

  scenario
    .command('create')
    .description('Opprett et scenario (utkast) med en grunnlagsdato')
    .requiredOption('--name <navn>', 'scenarioets navn')
    .requiredOption('--base <dato>', 'grunnlagsdato: strukturen endringene bygger på (ÅÅÅÅ-MM-DD)', registerDateOption)
    .option('--description <tekst>', 'beskrivelse')
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (opts: { name: string; base: IsoDate; description?: string; json?: boolean }, cmd: Command) => {
      await withPlanner(cmd, async ({ scenarios, actor }) => {
        const s = await scenarios.create({ name: opts.name, baseDate: opts.base, ...(opts.description === undefined ? {} : { description: opts.description }) }, actor);
        if (opts.json) printJson(s);
        else printLines([`Opprettet scenario ${s.id} «${s.name}» (${STATUS_NB[s.status]}) med grunnlag ${s.baseDate}`]);
      });
    });

  scenario
    .command('list')
    .description('List scenarioene, nyeste først')
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withPlanner(cmd, async ({ scenarios }) => {
        const all = await scenarios.list();
        if (opts.json) return printJson(all);
        if (all.length === 0) return printLines(['Ingen scenarioer ennå (opprett et med «naerpoliti scenario create --name … --base ÅÅÅÅ-MM-DD»).']);
        printLines([
          `${'Nr'.padStart(4)}  ${'Status'.padEnd(10)}  Grunnlag    Endringer  Navn`,
          ...all.map((s) => `${String(s.id).padStart(4)}  ${STATUS_NB[s.status].padEnd(10)}  ${s.baseDate}  ${String(s.changeCount).padStart(9)}  ${s.name}`),
        ]);
      });
    });

  scenario
    .command('show <id>')
    .description('Vis et scenario: endringene, hva de gjør i registeret, og regelbrudd')
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      const n = scenarioId(id);
      await withPlanner(cmd, async ({ scenarios }) => {
        const view = await scenarios.view(n);
        if (!view) throw new CliError(`fant ikke scenario ${n} (se «naerpoliti scenario list»)`);
        if (opts.json) printJson(view);
        else printLines(viewLines(view));
      });
    });

  scenario
    .command('add <id> <type> [args...]')
    .description(
      [
        'Legg til en endring (kontrolleres mot registerets regler på grunnlagsdatoen):',
        '  close-office <kontor-id> [--new-head <kontor-id>]',
        '  merge-office <kontor-id> --into <kontor-id> [--new-head <kontor-id>]',
        '  open-office --name <navn> --lat <grader> --lon <grader> [--kind <art>] [--municipality <nr>] [--station-district <id>] [--address …] [--postcode …] [--id …]',
        '  set-office-kind <kontor-id> <art> [--name <nytt navn>]',
        '  move-municipality <kommunenr> --to-station-district <id> | --to-district <id>',
        '  create-station-district --name <navn> --municipalities <nr,nr> [--offices <id,id>] [--head-office <id>] [--kind …] [--district …] [--operating-unit …] [--id …]',
        '  dissolve-station-district <enhet-id> --into <enhet-id>',
      ].join('\n'),
    )
    .option('--into <id>', 'tjenestestedet (merge-office) eller tjenesteenheten (dissolve-station-district) som tar over')
    .option('--new-head <kontor-id>', 'nytt hovedkontor når hovedkontoret legges ned')
    .option('--name <navn>', 'navn')
    .option('--lat <grader>', 'breddegrad (WGS84)')
    .option('--lon <grader>', 'lengdegrad (WGS84)')
    .option('--kind <art>', `art: ${OFFICE_KINDS.join(', ')} (tjenestested, standard politistasjon) eller ${STATION_DISTRICT_KINDS.join(', ')} (tjenesteenhet)`)
    .option('--municipality <nr>', 'kommunen (standard: finnes fra posisjonen)')
    .option('--station-district <id>', 'tjenesteenheten det nye tjenestestedet hører til')
    .option('--address <adresse>', 'adresse')
    .option('--postcode <postnr>', 'postnummer')
    .option('--id <id>', 'id for det nye (standard: laget av navnet)')
    .option('--to-station-district <id>', 'tjenesteenheten kommunen flyttes til')
    .option('--to-district <id>', 'politidistriktet kommunen flyttes til')
    .option('--municipalities <nr,nr>', 'kommunene i den nye tjenesteenheten')
    .option('--offices <id,id>', 'tjenestesteder som flyttes inn i den nye tjenesteenheten')
    .option('--head-office <id>', 'hovedkontoret i den nye tjenesteenheten')
    .option('--district <id>', 'politidistriktet den nye tjenesteenheten hører til')
    .option('--operating-unit <id>', 'driftsenheten den nye tjenesteenheten hører til')
    .option('--position <n>', 'sett inn som endring nr. n (standard: sist)', positionOption)
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (id: string, type: string, args: string[], opts: AddOptions, cmd: Command) => {
      const n = scenarioId(id);
      await withPlanner(cmd, async ({ scenarios, actor, services }) => {
        const proposal = proposalFrom(type, args, opts, services.locatePosition);
        const view = await scenarios.addChange(n, proposal, { actor, ...(opts.position === undefined ? {} : { position: opts.position }) });
        if (opts.json) return printJson(view);
        const at = opts.position ?? view.steps.length;
        const step = view.steps[at - 1]!;
        printLines([`La til endring ${at} i scenario ${n} «${view.scenario.name}»: ${proposalNb(step.proposal, step.names)}`, ...step.ops.map((op) => `  ${opNb(op, step.names)}`)]);
      });
    });

  scenario
    .command('remove <id> <posisjon>')
    .description('Fjern endring nr. <posisjon> (angre); avvises hvis en senere endring bygger på den')
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (id: string, at: string, opts: { json?: boolean }, cmd: Command) => {
      const n = scenarioId(id);
      const p = position(at);
      await withPlanner(cmd, async ({ scenarios, actor }) => {
        const before = await scenarios.view(n);
        const view = await scenarios.removeChange(n, p, { actor });
        if (opts.json) return printJson(view);
        const removed = before?.steps[p - 1];
        printLines([`Fjernet endring ${p} fra scenario ${n}${removed ? `: ${proposalNb(removed.proposal, removed.names)}` : ''}; ${plural(view.steps.length, 'endring', 'endringer')} igjen`]);
      });
    });

  scenario
    .command('move <id> <fra> <til>')
    .description('Flytt endring nr. <fra> til plass nr. <til>')
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (id: string, from: string, to: string, opts: { json?: boolean }, cmd: Command) => {
      const n = scenarioId(id);
      await withPlanner(cmd, async ({ scenarios, actor }) => {
        const view = await scenarios.moveChange(n, position(from), position(to), { actor });
        if (opts.json) return printJson(view);
        printLines(viewLines(view));
      });
    });

  scenario
    .command('status <id> <status>')
    .description('Sett status: utkast, høring (in-consultation) eller vedtatt (decided)')
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (id: string, text: string, opts: { json?: boolean }, cmd: Command) => {
      const n = scenarioId(id);
      const status = parseStatus(text);
      if (!status) throw new CliError(`ukjent status «${text}»; bruk utkast, høring eller vedtatt`);
      await withPlanner(cmd, async ({ scenarios, actor }) => {
        const s = await scenarios.setStatus(n, status, { actor });
        if (opts.json) printJson(s);
        else printLines([`Scenario ${n} «${s.name}» er nå ${STATUS_NB[s.status]}`]);
      });
    });

  scenario
    .command('evaluate <id>')
    .description('Vurder scenarioets struktur mot kriteriene, med tilgjengeligheten')
    .option('--criteria <fil>', 'kriteriesett (JSON; standard data/criteria/default.json)')
    .option('--threshold <minutter>', 'terskel for tilgjengelighetsrapporten (kriteriene har sine egne)', minutesOption)
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (id: string, opts: AnalysisOptions, cmd: Command) => {
      const n = scenarioId(id);
      const ruleSet = ruleSetFrom(opts.criteria);
      await withPlanner(cmd, async ({ scenarios }) => {
        const e = await scenarios.evaluate(n, { ruleSet, accessibility: opts.threshold === undefined ? {} : { thresholdMinutes: opts.threshold } });
        if (opts.json) return printJson(e);
        printLines([
          `Scenario ${e.scenario.id} «${e.scenario.name}» (${STATUS_NB[e.scenario.status]}, ${plural(e.scenario.changeCount, 'endring', 'endringer')} på grunnlag ${e.at})`,
          '',
          ...criteriaLines(e.criteria),
          '',
          ...accessibilityLines(e.accessibility),
          ...(e.issues.length > 0 ? ['', `Regelbrudd (${e.issues.length}):`, ...e.issues.map((i) => `  ${issueNb(i)}`)] : []),
        ]);
      });
    });

  scenario
    .command('compare <id>')
    .description('Sammenlign scenarioet med grunnlaget: kriterier, tilgjengelighet, hvem som får lengre vei, tjenestesteder lagt ned og nye')
    .option('--criteria <fil>', 'kriteriesett (JSON; standard data/criteria/default.json)')
    .option('--threshold <minutter>', 'terskel for sammenligningen av tilgjengelighet', minutesOption)
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (id: string, opts: AnalysisOptions, cmd: Command) => {
      const n = scenarioId(id);
      const ruleSet = ruleSetFrom(opts.criteria);
      await withPlanner(cmd, async ({ scenarios }) => {
        const c = await scenarios.compare(n, { ruleSet, accessibility: opts.threshold === undefined ? {} : { thresholdMinutes: opts.threshold } });
        if (opts.json) printJson(c);
        else printLines(comparisonLines(c));
      });
    });

  scenario
    .command('publish <id>')
    .description('Legg et vedtatt scenario inn i registeret med vedtaket (alt eller ingenting)')
    .requiredOption('--decided-by <organ>', 'hvem som vedtok, f.eks. «Politidirektoratet»')
    .requiredOption('--decision-date <dato>', 'vedtaksdato (ÅÅÅÅ-MM-DD)', dateOption)
    .option('--reference <ref>', 'saks- eller dokumentreferanse')
    .option('--url <url>', 'lenke til vedtaket')
    .option('--effective <dato>', 'datoen endringene gjelder fra (standard: grunnlagsdatoen)', registerDateOption)
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (id: string, opts: { decidedBy: string; decisionDate: IsoDate; reference?: string; url?: string; effective?: IsoDate; json?: boolean }, cmd: Command) => {
      const n = scenarioId(id);
      await withPlanner(cmd, async ({ scenarios, actor }) => {
        const decision = { by: opts.decidedBy, date: opts.decisionDate, reference: opts.reference ?? null, url: opts.url ?? null };
        const before = await scenarios.view(n);
        const result = await scenarios.publish(n, { decision, ...(opts.effective === undefined ? {} : { effective: opts.effective }) }, actor);
        if (opts.json) return printJson(result);
        const names = Object.assign({}, ...(before?.steps.map((s) => s.names) ?? [])) as Record<string, string>;
        const p = result.scenario.publication!;
        printLines([
          `Publiserte scenario ${n} «${result.scenario.name}»: ${plural(result.changes.length, 'endring', 'endringer')} lagt inn i registeret fra ${p.effective} (vedtak: ${decision.by} ${decision.date}${decision.reference ? `, ${decision.reference}` : ''})`,
          ...result.changes.map((c) => `  ${c.id}: ${opNb(c.op, names)}`),
        ]);
      });
    });

  scenario
    .command('history <id>')
    .description('Vis revisjonsloggen for et scenario: hvem gjorde hva, og når')
    .option('--json', 'skriv ett JSON-objekt')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      const n = scenarioId(id);
      await withPlanner(cmd, async ({ scenarios }) => {
        const entries = await scenarios.history(n);
        if (opts.json) return printJson(entries);
        printLines(entries.length === 0 ? [`Ingen oppføringer for scenario ${n}`] : entries.map((e) => `${e.at}  ${e.actor}  ${e.action}`));
      });
    });
}
