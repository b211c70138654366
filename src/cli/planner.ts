import { userInfo } from 'node:os';
import { AccessibilityService } from '../services/access/accessibility-service.js';
import { ScenarioService } from '../services/planner/scenario-service.js';
import { accessibilitySource, loadRuleSet, StructureAnalysis } from '../services/planner/structure-analysis.js';
import type { CliContext } from './context.js';
import type { RuleSet } from '../contract/criteria-rule-set.js';

/** The planner's services over an open CLI context: the seed's postcode demand and the estimated road model. */
export function plannerFor(ctx: CliContext): { analysis: StructureAnalysis; scenarios: ScenarioService } {
  const analysis = new StructureAnalysis(accessibilitySource(new AccessibilityService()));
  return { analysis, scenarios: new ScenarioService({ registers: ctx.service, scenarios: ctx.scenarios, analysis }) };
}

/** The rule set of --criteria FILE, or the default one. */
export function ruleSetFrom(file: string | undefined): RuleSet {
  return file === undefined ? loadRuleSet() : loadRuleSet(file);
}

/** Who the audit log names: --actor, else NAERPOLITI_ACTOR, else the operating-system user. */
export function actorFrom(option: string | undefined): string {
  if (option?.trim()) return option.trim();
  const env = process.env['NAERPOLITI_ACTOR']?.trim();
  if (env) return env;
  try {
    return userInfo().username || 'ukjent';
  } catch {
    return 'ukjent';
  }
}
