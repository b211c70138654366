// Criteria: a rule set as data (JSON, with a schema) judged on any structure, date or scenario.
export { evaluateCriteria } from './evaluate-criteria.js';
export type { CriteriaInput } from './evaluate-criteria.js';
export { parseRuleSet } from './parse-rule-set.js';
export type { CriteriaFileIssue } from './parse-rule-set.js';
export { CriteriaReportSchema, CriterionItemSchema, CriterionResultSchema } from './result-schema.js';
export type { CriteriaReport, CriterionItem, CriterionResult } from './result-schema.js';
export { Criterion, CRITERION_KINDS, CRITERION_SCHEMAS, CriterionSource, RuleSet } from './rule-set.js';
export type { CriterionKind } from './rule-set.js';
