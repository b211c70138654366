import { ComparisonReportSchema, ReformReportSchema } from './comparison-report.js';
import { CriteriaReportSchema } from './criteria-report.js';
import { RuleSet } from './criteria-rule-set.js';
import { AccessibilityReportSchema, DemandModelInfoSchema, TravelModelInfoSchema } from './accessibility-report.js';
import { ChangeOp, RecordedChange } from '../domain/changes.js';
import { Proposal } from '../domain/scenario/proposals.js';
import { Scenario, ScenarioSummary } from '../domain/scenario/scenario.js';
import { ClosingCostsReportSchema } from './closing-costs-report.js';
import { RegisterOptimizeReportSchema } from './optimize-report.js';
import {
  CreateScenarioInput,
  PublishResultSchema,
  ScenarioComparisonSchema,
  ScenarioEvaluationSchema,
  ScenarioIssueSchema,
  ScenarioViewSchema,
} from './scenario-views.js';
import { nameSchemas } from './named.js';
import { AuditEntry } from './audit-entry.js';

/**
 * The analysis, domain and service schemas the API serves and accepts, under their API names: the
 * same objects the CLI's --json output is checked against, so the HTTP answer and the command's
 * cannot drift apart. Building blocks first, so the larger ones refer to them.
 */
export const ANALYSIS_SCHEMAS = nameSchemas({
  TravelModelInfo: TravelModelInfoSchema,
  DemandModelInfo: DemandModelInfoSchema,
  AccessibilityReport: AccessibilityReportSchema,
  ComparisonReport: ComparisonReportSchema,
  ReformReport: ReformReportSchema,
  RuleSet,
  CriteriaReport: CriteriaReportSchema,
  ClosingCostsReport: ClosingCostsReportSchema,
  Proposal,
  ChangeOp,
  RecordedChange,
  Scenario,
  ScenarioSummary,
  ScenarioIssue: ScenarioIssueSchema,
  ScenarioView: ScenarioViewSchema,
  ScenarioEvaluation: ScenarioEvaluationSchema,
  ScenarioComparison: ScenarioComparisonSchema,
  PublishResult: PublishResultSchema,
  AuditEntry,
  CreateScenarioInput,
  RegisterOptimizeReport: RegisterOptimizeReportSchema,
});
