import { AccessibilityService } from '../access/accessibility-service.js';
import { ScenarioService } from './scenario-service.js';
import type { RegisterService } from '../register-service.js';
import { accessibilitySource, loadRuleSet, StructureAnalysis } from './structure-analysis.js';
import type { ScenarioStore } from '../../store/scenario-store.js';
import type { FastifyBaseLogger } from 'fastify';
import type { LocateFn } from '../optimize/optimize-scenario.js';
import { OptimizeService } from '../optimize/optimize-service.js';
import { OptimizeJobs } from '../optimize/optimize-jobs.js';
import { AccessAnalysis } from '../access/access-analysis.js';
import { PlannerPreview } from './planner-preview.js';
import type { GeoData } from '../directory/geo-data.js';
import { RegisterMemo } from '../register-memo.js';
import type { RuleSet } from '../../contract/criteria-rule-set.js';

/**
 * The analysis and planning side of the API, built once per app: the accessibility analysis with
 * its cache, the structure analysis (criteria, closing costs), the scenario service over the store
 * (null when the app has no scenario store), and whether planner writes are allowed.
 */
export class Planner {
  readonly accessibility = new AccessibilityService();
  readonly access = new AccessAnalysis(this.accessibility);
  readonly analysis = new StructureAnalysis(accessibilitySource(this.accessibility));
  readonly scenarios: ScenarioService | null;
  /** Answers computed from the register alone (criteria, closing costs), with their texts. */
  readonly memo = new RegisterMemo(32);
  private ruleSet: RuleSet | null = null;

  /** The municipality a position lies in (full boundary layer, snapping within 5 km of the coast), or null. */
  readonly locate: LocateFn;
  /** The live preview, warm per base date. */
  readonly preview: PlannerPreview;
  readonly optimize = new OptimizeService(this.accessibility);
  /** Optimisations running in the background and their answers. */
  readonly jobs: OptimizeJobs;

  constructor(
    registers: RegisterService,
    geo: GeoData,
    scenarioStore: ScenarioStore | null,
    /** Whether scenario edits (and saving optimiser answers as scenarios) are accepted. */
    readonly writes: boolean,
    log: () => FastifyBaseLogger | null = () => null,
  ) {
    this.jobs = new OptimizeJobs(this.optimize, log);
    this.locate = (lat, lon) => {
      const found = geo.locateIndex().locate(lat, lon);
      return found.ok ? found.value.number : null;
    };
    this.preview = new PlannerPreview(this.analysis, this.locate);
    this.scenarios = scenarioStore
      ? new ScenarioService({ registers, scenarios: scenarioStore, analysis: this.analysis, defaultRuleSet: () => this.defaultRuleSet() })
      : null;
  }

  /** data/criteria/default.json, read once. */
  defaultRuleSet(): RuleSet {
    this.ruleSet ??= loadRuleSet();
    return this.ruleSet;
  }
}
