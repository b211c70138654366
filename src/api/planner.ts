import { AccessibilityService } from '../services/accessibility-service.js';
import { ScenarioService } from '../services/scenario-service.js';
import type { RegisterService } from '../services/register-service.js';
import { accessibilitySource, StructureAnalysis } from '../services/structure-analysis.js';
import type { ScenarioStore } from '../store/scenario-store.js';
import { AccessAnalysis } from './access-analysis.js';

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

  constructor(
    registers: RegisterService,
    scenarioStore: ScenarioStore | null,
    /** Whether scenario edits (and saving optimiser answers as scenarios) are accepted. */
    readonly writes: boolean,
  ) {
    this.scenarios = scenarioStore ? new ScenarioService({ registers, scenarios: scenarioStore, analysis: this.analysis }) : null;
  }
}
