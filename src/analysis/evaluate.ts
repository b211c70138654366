import { DomainError } from '../domain/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Snapshot } from '../domain/snapshot.js';
import { resolveOptions } from './accessibility-options.js';
import { demandModelInfo, type DemandPoints } from './demand-points.js';
import { summariseAccessibility } from './metrics.js';
import { nearestOpenSites } from './nearest-open-site.js';
import type { AccessibilityReport } from '../contract/accessibility-report.js';
import { sitesFromOffices, type ServiceSites } from './sites.js';
import type { PointOutcomes } from './point-outcomes.js';
import { travelModelInfo, type TravelMatrix, type TravelModel, type TravelModelInfo } from './travel-model.js';
import type { AccessibilityOptions } from '../contract/accessibility-options.js';

/** Municipality names and district membership, and district names, as on the date evaluated. */
interface AreaLookup {
  readonly municipalities: ReadonlyMap<string, { readonly name: string; readonly districtId: string }>;
  readonly districts: ReadonlyMap<string, { readonly name: string }>;
}

export interface AccessibilityInput extends AreaLookup {
  /** The date evaluated, or a scenario's label. */
  readonly at: string;
  readonly demand: DemandPoints;
  /** The matrix's columns. */
  readonly sites: ServiceSites;
  /** demand × sites minutes. */
  readonly matrix: TravelMatrix;
  /** 1 = the site is open; default: every site. Lets a planner keep one matrix over all candidates. */
  readonly open?: Uint8Array;
  readonly travelModel: TravelModelInfo;
}

export interface AccessibilityEvaluation {
  /** Serialises straight to the CLI/API JSON. */
  readonly report: AccessibilityReport;
  readonly points: PointOutcomes;
}

export interface EvaluationError {
  readonly code: 'unknown-municipality' | 'unknown-district' | 'no-open-office' | 'unknown-origin' | 'unknown-destination';
  readonly message: string;
  readonly ids: readonly string[];
}

/** District of each demand point = its municipality's district on the date evaluated. */
function resolveAreas(demand: DemandPoints, areas: AreaLookup) {
  const missingMunicipalities: string[] = [];
  const missingDistricts = new Set<string>();
  const municipalityNames: string[] = [];
  const municipalityDistrictId: string[] = [];
  for (const number of demand.municipalityNumbers) {
    const m = areas.municipalities.get(number);
    if (!m) missingMunicipalities.push(number);
    else if (!areas.districts.has(m.districtId)) missingDistricts.add(m.districtId);
    municipalityNames.push(m?.name ?? number);
    municipalityDistrictId.push(m?.districtId ?? '');
  }
  if (missingMunicipalities.length > 0) {
    return err<EvaluationError>({
      code: 'unknown-municipality',
      message: `${missingMunicipalities.length} municipality number(s) of the demand are not in the structure evaluated: ${missingMunicipalities.slice(0, 10).join(', ')}`,
      ids: missingMunicipalities,
    });
  }
  if (missingDistricts.size > 0) {
    return err<EvaluationError>({
      code: 'unknown-district',
      message: `municipalities belong to district(s) not in the structure evaluated: ${[...missingDistricts].join(', ')}`,
      ids: [...missingDistricts],
    });
  }
  const districtIds = [...areas.districts.keys()].sort(
    // Both keys come from the map being sorted.
    (a, b) => (areas.districts.get(a) as { name: string }).name.localeCompare((areas.districts.get(b) as { name: string }).name, 'nb') || (a < b ? -1 : 1),
  );
  const districtIndexOf = new Map(districtIds.map((id, g) => [id, g]));
  const municipalityDistrict = Int32Array.from(municipalityDistrictId, (id) => districtIndexOf.get(id) ?? -1);
  const districtIndex = new Int32Array(demand.ids.length);
  for (let i = 0; i < districtIndex.length; i++) districtIndex[i] = municipalityDistrict[demand.municipalityIndex[i]];
  return ok({
    districtIds,
    // Every id in districtIds is a key of the map.
    districtNames: districtIds.map((id) => (areas.districts.get(id) as { name: string }).name),
    districtIndex,
    municipalityNames,
    municipalityDistrict,
  });
}

/**
 * Nearest open site for every demand point and the metrics nationally, per district and per
 * municipality. The matrix is the only precomputed input; everything else is computed here.
 */
export function evaluateAccessibility(
  input: AccessibilityInput,
  options: AccessibilityOptions = {},
): Result<AccessibilityEvaluation, EvaluationError> {
  const opts = resolveOptions(options);
  const { demand, sites, matrix } = input;
  const n = demand.ids.length;
  const cols = sites.ids.length;
  if (matrix.rows !== n || matrix.cols !== cols || matrix.minutes.length !== n * cols) {
    throw new DomainError('analysis.matrix-shape', `matrix is ${matrix.rows} × ${matrix.cols}, expected demand × sites = ${n} × ${cols}`);
  }
  if (matrix.originIds !== demand.ids || matrix.destinationIds !== sites.ids) {
    for (let i = 0; i < n; i++) if (matrix.originIds[i] !== demand.ids[i]) throw new DomainError('analysis.matrix-shape', `matrix row ${i} is "${matrix.originIds[i]}", expected demand point "${demand.ids[i]}"`);
    for (let j = 0; j < cols; j++) if (matrix.destinationIds[j] !== sites.ids[j]) throw new DomainError('analysis.matrix-shape', `matrix column ${j} is "${matrix.destinationIds[j]}", expected site "${sites.ids[j]}"`);
  }
  const open = input.open ?? new Uint8Array(cols).fill(1);
  if (!open.some((x) => x !== 0)) return err({ code: 'no-open-office', message: 'no service location is open: nearest times are undefined', ids: [] });

  const areas = resolveAreas(demand, input);
  if (!areas.ok) return areas;
  const nearest = nearestOpenSites(matrix.minutes, n, cols, open);
  const points: PointOutcomes = {
    at: input.at,
    demand,
    sites,
    open,
    siteIndex: nearest.siteIndex,
    minutes: nearest.minutes,
    ...areas.value,
    thresholdMinutes: opts.thresholdMinutes,
    targetShare: opts.targetShare,
    travelModel: travelModelInfo(input.travelModel, matrix),
  };
  const report = summariseAccessibility(points, opts, demandModelInfo(demand));
  return ok({ report, points });
}

/**
 * The structure on a date (or a scenario's snapshot): its open offices, its municipalities' districts,
 * travel minutes from the model.
 */
export function evaluateSnapshot(
  snapshot: Snapshot,
  demand: DemandPoints,
  travelModel: TravelModel,
  options: AccessibilityOptions = {},
  label: string = snapshot.at,
): Result<AccessibilityEvaluation, EvaluationError> {
  const sites = sitesFromOffices(snapshot.openOffices());
  const matrix = travelModel.matrix(demand, sites);
  if (!matrix.ok) return err({ code: matrix.error.code, message: matrix.error.message, ids: matrix.error.ids });
  return evaluateAccessibility(
    { at: label, demand, sites, matrix: matrix.value, travelModel, municipalities: snapshot.municipalities, districts: snapshot.districts },
    options,
  );
}

