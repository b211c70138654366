import { userInfo } from 'node:os';
import type { ScenarioService } from '../services/planner/scenario-service.js';
import { loadRuleSet, type StructureAnalysis } from '../services/planner/structure-analysis.js';
import type { CliContext } from './context.js';
import type { RuleSet } from '../contract/criteria-rule-set.js';

/** The planner's services over an open CLI context (the SQL stores always hold scenarios beside the log). */
export function plannerFor(ctx: CliContext): { analysis: StructureAnalysis; scenarios: ScenarioService } {
  const scenarios = ctx.services.scenarios;
  if (!scenarios) throw new Error(`the store ${ctx.store.description} has no scenario tables`);
  return { analysis: ctx.services.analysis, scenarios };
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
