// Criteria: a rule set as data (JSON, with a schema) judged on any structure, date or scenario.
export { evaluateCriteria } from './evaluate-criteria.js';
;
export { parseRuleSet } from './parse-rule-set.js';
export type { CriteriaFileIssue } from './parse-rule-set.js';
