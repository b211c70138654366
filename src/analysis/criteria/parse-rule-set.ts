import { err, ok, type Result } from '../../shared/result.js';
import { schemaIssueFinder } from '../../domain/schema-issues.js';
import { RuleSet } from '../../contract/criteria-rule-set.js';

/** Why a criteria file was refused: the file, the JSON pointer into it, and what is wrong there. */
export interface CriteriaFileIssue {
  readonly code: 'criteria.not-json' | 'criteria.invalid' | 'criteria.duplicate-id' | 'criteria.empty-band';
  readonly file: string;
  /** JSON pointer ("/rules/2/minShare"); "" for the file as a whole. */
  readonly path: string;
  /** English: "criteria.json: /rules/2/minShare must be <= 1 (got 1.5)". */
  readonly message: string;
}

const ruleSetIssue = schemaIssueFinder(RuleSet);

/**
 * A criteria file's text → a rule set, or every reason it was refused (schema first: the first wrong
 * field; then ids used twice and population bands whose min is above their max). Pure: the caller
 * reads the file.
 */
export function parseRuleSet(text: string, file: string): Result<RuleSet, CriteriaFileIssue[]> {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return err([{ code: 'criteria.not-json', file, path: '', message: `${file}: is not valid JSON (${why})` }]);
  }
  const issue = ruleSetIssue(value);
  if (issue) return err([{ code: 'criteria.invalid', file, path: issue.path, message: `${file}: ${issue.path || '(the file)'} ${issue.message}` }]);
  const set = value as RuleSet; // the schema check above passed
  const issues: CriteriaFileIssue[] = [];
  const firstAt = new Map<string, number>();
  set.rules.forEach((rule, i) => {
    const earlier = firstAt.get(rule.id);
    if (earlier !== undefined) {
      issues.push({ code: 'criteria.duplicate-id', file, path: `/rules/${i}/id`, message: `${file}: /rules/${i}/id "${rule.id}" is also the id of /rules/${earlier}` });
    } else firstAt.set(rule.id, i);
    if (rule.kind === 'population-per-office' && rule.min > rule.max) {
      issues.push({ code: 'criteria.empty-band', file, path: `/rules/${i}/max`, message: `${file}: /rules/${i}/max (${rule.max}) must not be below min (${rule.min})` });
    }
  });
  return issues.length > 0 ? err(issues) : ok(set);
}
