import { BOUNDARIES_DIR, SEED_DIR } from '../config.js';
import type { RuleSet } from '../contract/criteria-rule-set.js';
import type { TravelMode } from '../contract/accessibility-options.js';
import type { LocatedMunicipality, NotLocated } from '../geo/locate-index.js';
import type { Result } from '../shared/result.js';
import { AccessAnalysis } from './access/access-analysis.js';
import { AccessibilityService } from './access/accessibility-service.js';
import { loadBoundaryLayers, type BoundaryLayers } from './boundary-layers.js';
import { Directory } from './directory/directory.js';
import { GeoData } from './directory/geo-data.js';
import { OptimizeJobs } from './optimize/optimize-jobs.js';
import { OptimizeService } from './optimize/optimize-service.js';
import { PlannerPreview } from './planner/planner-preview.js';
import { ScenarioService } from './planner/scenario-service.js';
import { accessibilitySource, loadRuleSet, StructureAnalysis } from './planner/structure-analysis.js';
import { loadReferenceData, type ReferenceData } from './reference-data.js';
import { RegisterMemo } from './register-memo.js';
import { RegisterService } from './register-service.js';
import type { ServiceLog } from './service-log.js';
import type { ScenarioStore } from '../store/scenario-store.js';
import type { ChangeLogStore } from '../store/store.js';
import type { RoadNetworkStore } from '../store/road-network-store.js';
import type { RoadNetworkCredits } from '../contract/road-network.js';
import type { UserStore } from '../store/user-store.js';
import { AccountService } from './auth/account-service.js';

export interface AppServicesOptions {
  /** The change log. */
  readonly store: ChangeLogStore;
  /** Scenarios and the audit log, beside the change log in the same database; null: the planner is unavailable. */
  readonly scenarios: ScenarioStore | null;
  /** Users, tokens and sessions in the same database; absent or null: nobody can sign in, so nothing can be written over HTTP. */
  readonly users?: UserStore | null;
  /** Postcodes and functions (default: data/register). */
  readonly reference?: ReferenceData;
  /** Municipality boundary layers (default: data/boundaries). */
  readonly boundaries?: BoundaryLayers;
  /** Imported road networks, beside the change log; absent: only the project's own network (data/roads). */
  readonly roadNetworks?: RoadNetworkStore;
}

/**
 * The one composition root: every application service over one store, built the first time it is
 * asked for, so a CLI command pays only for what it uses and the server gets the same objects its
 * routes share. The server and the CLI both start here.
 */
export class AppServices {
  readonly registers: RegisterService;
  private readonly built = new Map<string, unknown>();
  private log: () => ServiceLog | null = () => null;

  constructor(private readonly options: AppServicesOptions) {
    this.registers = new RegisterService(options.store);
  }

  /** Where background failures are reported from now on (the server's logger); default: nowhere. */
  setLog(log: () => ServiceLog | null): void {
    this.log = log;
  }

  /** The value under `key`, built on first use. */
  private once<T>(key: string, build: () => T): T {
    if (this.built.has(key)) return this.built.get(key) as T; // safe: each key has one builder below
    const value = build();
    this.built.set(key, value);
    return value;
  }

  get reference(): ReferenceData {
    return this.once('reference', () => this.options.reference ?? loadReferenceData(SEED_DIR));
  }

  /** Boundary layers, the locate index and dissolved boundaries. */
  get geo(): GeoData {
    return this.once('geo', () => new GeoData(this.options.boundaries ?? loadBoundaryLayers(BOUNDARIES_DIR)));
  }

  /** The public directory per date (snapshot, search index, nearest offices). */
  get directory(): Directory {
    return this.once('directory', () => new Directory(this.registers, this.reference, this.geo));
  }

  /** Demand points and travel models. */
  get accessibility(): AccessibilityService {
    return this.once('accessibility', () => new AccessibilityService());
  }

  /**
   * Route on the newest road network imported into the store, if any (read once here: the CLI and
   * the server call this when they open, so an import is used from the next start on).
   */
  async prepareRoadNetwork(): Promise<void> {
    const latest = await this.options.roadNetworks?.latestRoadNetwork();
    if (latest) this.accessibility.roads.useStored(latest);
  }

  /**
   * What the app credits for road answers: the network routed on (version, source, terms) and every
   * network imported into the store.
   */
  async roadNetworkCredits(): Promise<RoadNetworkCredits> {
    const current = this.accessibility.roads.current();
    const imported = (await this.options.roadNetworks?.listRoadNetworks()) ?? [];
    return {
      current: current ? { version: current.info.version, source: current.info.source, terms: current.terms } : null,
      imported: imported.map((n) => ({ version: n.version, source: n.source, terms: n.terms, format: n.format, importedAt: n.importedAt, counts: { ...n.counts } })),
    };
  }

  /** Accessibility answers per register, date and options, with their texts. */
  get access(): AccessAnalysis {
    return this.once('access', () => new AccessAnalysis(this.accessibility));
  }

  /** Criteria and closing costs over the seed's demand and the default travel model. */
  get analysis(): StructureAnalysis {
    return this.analysisFor();
  }

  /** The same on the travel model chosen (`road` or `estimated`; unset: the default, road when a network is present). */
  analysisFor(travel?: TravelMode): StructureAnalysis {
    const mode = this.accessibility.travelMode({ travel });
    return this.once(`analysis|${mode}`, () => new StructureAnalysis(accessibilitySource(this.accessibility, { travel: mode })));
  }

  /**
   * What identifies the travel model an answer was computed on: the mode and the road network's
   * version, for the keys of answers kept per register (an imported network must not be answered
   * from the old one's figures).
   */
  travelKey(travel?: TravelMode): string {
    const mode = this.accessibility.travelMode({ travel });
    return mode === 'road' ? `road@${this.accessibility.roads.current()?.info.version ?? ''}` : mode;
  }

  /** Answers computed from the register alone (criteria, closing costs), the most recent kept per register. */
  get memo(): RegisterMemo {
    return this.once('memo', () => new RegisterMemo(32));
  }

  /** Scenarios over the store; null when the store has none. */
  get scenarios(): ScenarioService | null {
    return this.once('scenarios', () => {
      const store = this.options.scenarios;
      return store ? new ScenarioService({ registers: this.registers, scenarios: store, analysis: this.analysis, defaultRuleSet: () => this.defaultRuleSet() }) : null;
    });
  }

  /** Accounts (users, tokens, sign-in); null when the store keeps no users or no audit log. */
  get accounts(): AccountService | null {
    return this.once('accounts', () => {
      const { users, scenarios } = this.options;
      return users && scenarios ? new AccountService(users, scenarios) : null;
    });
  }

  /** The live «what if» preview, warm per base date. */
  get preview(): PlannerPreview {
    return this.previewFor();
  }

  /** The preview on the travel model chosen; one warm preview per model (and road network version). */
  previewFor(travel?: TravelMode): PlannerPreview {
    const mode = this.accessibility.travelMode({ travel });
    return this.once(`preview|${this.travelKey(mode)}`, () => new PlannerPreview(this.analysisFor(mode), this.locateMunicipality));
  }

  get optimize(): OptimizeService {
    return this.once('optimize', () => new OptimizeService(this.accessibility));
  }

  /** Optimisations running in the background and their answers. */
  get jobs(): OptimizeJobs {
    return this.once('jobs', () => new OptimizeJobs(this.optimize, () => this.log()));
  }

  /** The municipality a position lies in (full boundary layer, snapping within 5 km of the coast), or why not. */
  readonly locatePosition = (lat: number, lon: number): Result<LocatedMunicipality, NotLocated> => this.geo.locateIndex().locate(lat, lon);

  /** The number of the municipality a position lies in, or null. */
  readonly locateMunicipality = (lat: number, lon: number): string | null => {
    const found = this.locatePosition(lat, lon);
    return found.ok ? found.value.number : null;
  };

  /** data/criteria/default.json, read once. */
  defaultRuleSet(): RuleSet {
    return this.once('rule-set', () => loadRuleSet());
  }
}
