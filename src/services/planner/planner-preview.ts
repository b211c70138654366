import { IncrementalEvaluator, roundMinutes, type AccessibilityEvaluation, type TravelMatrix, type TravelModel } from '../../analysis/index.js';
import type { IsoDate } from '../../shared/dates.js';
import type { Register } from '../../domain/register.js';
import type { Snapshot } from '../../domain/snapshot.js';
import type { LocateFn } from '../optimize/optimize-scenario.js';
import type { StructureAnalysis } from './structure-analysis.js';
import { Lru } from '../../shared/lru.js';
import { ProblemError, invalidParameter } from '../../contract/problem.js';
import { RegisterMemo } from '../register-memo.js';
import { DEFAULT_TARGET_SHARE } from '../../contract/accessibility-options.js';
import { DEFAULT_THRESHOLD_MINUTES } from '../../contract/accessibility-options.js';

/**
 * The planner's live preview: what closing some of the offices open on a base date, and opening new
 * sites, does to travel times — without storing anything and fast enough for every click.
 *
 * Per base date an IncrementalEvaluator is kept warm over the base structure's matrix (built once,
 * a few milliseconds). A preview closes the offices in it (each costs the rows that office served),
 * reads every point's nearest minutes, and opens them again, which restores the exact state (the
 * evaluator keeps the two best sites under a total order, so closing and reopening one is an
 * identity). New sites are not columns of that matrix: their minutes come from the same travel model
 * one column each and are compared point by point. Totals then take one pass over the points.
 * Node runs one request at a time, and nothing awaits between closing and reopening.
 */

interface Warm {
  readonly base: Snapshot;
  readonly evaluation: AccessibilityEvaluation;
  readonly matrix: TravelMatrix;
  readonly model: TravelModel;
  readonly evaluator: IncrementalEvaluator;
  readonly column: ReadonlyMap<string, number>;
  /** Open offices per district on the base date. */
  readonly offices: ReadonlyMap<string, number>;
  /** The base side's sums per threshold, and new sites' minutes per position (a UI asks for the same ones again and again). */
  readonly baseSums: Lru<number, Sums>;
  readonly siteMinutes: Lru<string, Float32Array>;
}

interface Sums {
  readonly population: Float64Array;
  readonly beyond: Float64Array;
  readonly personMinutes: Float64Array;
}

export interface PreviewInput {
  readonly base: IsoDate;
  readonly closeOfficeIds?: readonly string[];
  readonly openSites?: readonly { readonly id: string; readonly lat: number; readonly lon: number; readonly name?: string }[];
  readonly threshold?: number;
  readonly target?: number;
}

interface Figure {
  base: number;
  preview: number;
  change: number;
}
interface NullableFigure {
  base: number | null;
  preview: number | null;
  change: number | null;
}

interface PreviewArea {
  population: number;
  offices: Figure;
  populationBeyond: Figure;
  personMinutes: Figure;
  shareWithin: NullableFigure;
  meanMinutes: NullableFigure;
}

export interface PlannerPreviewAnswer {
  base: IsoDate;
  thresholdMinutes: number;
  targetShare: number;
  estimated: boolean;
  travelModel: AccessibilityEvaluation['report']['travelModel'];
  demandModel: AccessibilityEvaluation['report']['demandModel'];
  closed: { id: string; name: string; districtId: string }[];
  opened: { id: string; name: string; lat: number; lon: number; municipalityNumber: string; districtId: string }[];
  national: PreviewArea;
  districts: (PreviewArea & { id: string; name: string; meetsTarget: { base: boolean; preview: boolean } })[];
}

const figure = (base: number, preview: number, round: (x: number) => number = (x) => x): Figure => ({ base: round(base), preview: round(preview), change: round(preview - base) });
const nullableFigure = (base: number | null, preview: number | null, round: (x: number) => number = (x) => x): NullableFigure => ({
  base: base === null ? null : round(base),
  preview: preview === null ? null : round(preview),
  change: base === null || preview === null ? null : round(preview - base),
});

export class PlannerPreview {
  private readonly warm = new RegisterMemo(4);

  constructor(
    private readonly analysis: StructureAnalysis,
    private readonly locate: LocateFn,
  ) {}

  private state(register: Register, base: IsoDate): Warm {
    return this.warm.get(register, `preview|${base}`, () => {
      const snapshot = register.snapshot(base);
      const { evaluation, matrix, model } = this.analysis.evaluate(register, snapshot);
      const evaluator = IncrementalEvaluator.fromEvaluation(evaluation.points, matrix);
      const offices = new Map<string, number>();
      for (const o of snapshot.openOffices()) offices.set(o.districtId, (offices.get(o.districtId) ?? 0) + 1);
      return {
        base: snapshot,
        evaluation,
        matrix,
        model,
        evaluator,
        column: new Map(evaluation.points.sites.ids.map((id, j) => [id, j])),
        offices,
        baseSums: new Lru(8),
        siteMinutes: new Lru(64),
      };
    });
  }

  /** The base date's state, built now if it is not warm (so the first click is as fast as the rest). */
  prepare(register: Register, base: IsoDate): void {
    this.state(register, base);
  }

  preview(register: Register, input: PreviewInput): PlannerPreviewAnswer {
    const w = this.state(register, input.base);
    const threshold = input.threshold ?? DEFAULT_THRESHOLD_MINUTES;
    const target = input.target ?? DEFAULT_TARGET_SHARE;
    const points = w.evaluation.points;
    const n = points.demand.ids.length;

    const closeIds = input.closeOfficeIds ?? [];
    const closing: number[] = [];
    const seen = new Set<string>();
    closeIds.forEach((id, i) => {
      const j = w.column.get(id);
      if (j === undefined) {
        const office = w.base.offices.get(id);
        throw invalidParameter(
          `closeOfficeIds/${i}`,
          office ? `${office.name} («${id}») er ikke åpent ${input.base}.` : `Det finnes ikke noe tjenestested «${id}» ${input.base}.`,
        );
      }
      if (seen.has(id)) throw invalidParameter(`closeOfficeIds/${i}`, `«${id}» står to ganger i closeOfficeIds.`);
      seen.add(id);
      closing.push(j);
    });

    const opened = (input.openSites ?? []).map((site, i) => {
      if (w.base.entity(site.id) !== undefined || seen.has(site.id)) throw invalidParameter(`openSites/${i}`, `Id-en «${site.id}» er allerede i bruk; gi det nye stedet en annen id.`);
      seen.add(site.id);
      const municipalityNumber = this.locate(site.lat, site.lon);
      const municipality = municipalityNumber === null ? undefined : w.base.municipalities.get(municipalityNumber);
      if (!municipality) throw invalidParameter(`openSites/${i}`, `Posisjonen (${site.lat}, ${site.lon}) for «${site.id}» ligger ikke i noen norsk kommune.`);
      return { id: site.id, name: site.name ?? site.id, lat: site.lat, lon: site.lon, municipalityNumber: municipality.id, districtId: municipality.districtId };
    });
    if (closing.length === w.evaluator.openSites && opened.length === 0) {
      throw new ProblemError(422, 'analysis.not-possible', 'Forhåndsvisningen ville lagt ned alle tjenestesteder uten å åpne noe nytt; da finnes det ikke noe nærmeste tjenestested.', {
        parameter: 'closeOfficeIds',
      });
    }

    // Nearest minutes with the closures applied, then the evaluator restored.
    let minutes: Float32Array;
    if (closing.length === w.evaluator.openSites) {
      minutes = new Float32Array(n).fill(Infinity);
    } else {
      const done: number[] = [];
      try {
        for (const j of closing) {
          w.evaluator.closeOffice(j);
          done.push(j);
        }
        minutes = w.evaluator.nearest().minutes;
      } finally {
        for (const j of done.reverse()) w.evaluator.openOffice(j);
      }
    }
    for (const site of opened) {
      const m = w.siteMinutes.getOrBuild(`${site.lat},${site.lon}`, () => {
        const column = w.model.matrix(points.demand, { ids: [site.id], lat: Float64Array.of(site.lat), lon: Float64Array.of(site.lon) });
        if (!column.ok) throw new Error(`preview: the travel model cannot reach ${site.id}: ${column.error.message}`);
        return column.value.minutes;
      });
      for (let i = 0; i < n; i++) if (m[i]! < minutes[i]!) minutes[i] = m[i]!;
    }

    // One pass over the points per side: population, beyond the threshold, person-minutes per
    // district; the last slot is the nation (the districts' sums).
    const groups = points.districtIds.length;
    const sums = (values: Float32Array): Sums => {
      const population = new Float64Array(groups + 1);
      const beyond = new Float64Array(groups + 1);
      const personMinutes = new Float64Array(groups + 1);
      for (let i = 0; i < n; i++) {
        const g = points.districtIndex[i]!;
        const weight = points.demand.population[i]!;
        const t = values[i]!;
        population[g]! += weight;
        personMinutes[g]! += weight * t;
        if (t > threshold) beyond[g]! += weight;
      }
      for (let g = 0; g < groups; g++) {
        population[groups]! += population[g]!;
        personMinutes[groups]! += personMinutes[g]!;
        beyond[groups]! += beyond[g]!;
      }
      return { population, beyond, personMinutes };
    };
    const before = w.baseSums.getOrBuild(threshold, () => sums(points.minutes));
    const after = sums(minutes);

    const officesBefore = w.offices;
    const officesAfter = new Map(officesBefore);
    const closed = closeIds.map((id) => {
      const o = w.base.offices.get(id)!; // an open office of the base (checked above)
      officesAfter.set(o.districtId, (officesAfter.get(o.districtId) ?? 0) - 1);
      return { id, name: o.name, districtId: o.districtId };
    });
    for (const site of opened) officesAfter.set(site.districtId, (officesAfter.get(site.districtId) ?? 0) + 1);
    const sum = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

    const area = (k: number, officeBase: number, officePreview: number): PreviewArea => {
      const population = before.population[k]!;
      const share = (beyond: number) => (population > 0 ? (population - beyond) / population : null);
      const mean = (personMinutes: number) => (population > 0 ? personMinutes / population : null);
      return {
        population,
        offices: figure(officeBase, officePreview),
        populationBeyond: figure(before.beyond[k]!, after.beyond[k]!),
        personMinutes: figure(before.personMinutes[k]!, after.personMinutes[k]!, roundMinutes),
        shareWithin: nullableFigure(share(before.beyond[k]!), share(after.beyond[k]!)),
        meanMinutes: nullableFigure(mean(before.personMinutes[k]!), mean(after.personMinutes[k]!), roundMinutes),
      };
    };
    const report = w.evaluation.report;
    return {
      base: input.base,
      thresholdMinutes: threshold,
      targetShare: target,
      estimated: report.travelModel.estimated,
      travelModel: report.travelModel,
      demandModel: report.demandModel,
      closed,
      opened,
      national: area(groups, sum(officesBefore), sum(officesAfter)),
      districts: points.districtIds.map((id, g) => {
        const a = area(g, officesBefore.get(id) ?? 0, officesAfter.get(id) ?? 0);
        const meets = (share: number | null) => share !== null && share >= target;
        return { id, name: points.districtNames[g]!, ...a, meetsTarget: { base: meets(a.shareWithin.base), preview: meets(a.shareWithin.preview) } };
      }),
    };
  }
}
