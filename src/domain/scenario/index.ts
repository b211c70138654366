// Scenarios: proposed changes to the structure, evaluated on top of the official history and, once
// decided, published into it. Pure. See docs/planner.md.
export { applyScenario, nameOfIn } from './apply-scenario.js';
export type { ScenarioApplication, ScenarioIssue, ScenarioStep } from './apply-scenario.js';
export { describeProposal } from './describe.js';
export type { NameOf } from './describe.js';
export { expandProposal } from './expand.js';
export type { ExpansionContext, ExpansionProblem } from './expand.js';
export { checkPlanningRules } from './planning-rules.js';
export { Proposal, PROPOSAL_SCHEMAS, PROPOSAL_TYPES } from './proposals.js';
export type { ProposalOf, ProposalType } from './proposals.js';
export { nextStatuses, Publication, Scenario, ScenarioSummary, SCENARIO_STATUSES } from './scenario.js';
export type { ScenarioStatus } from './scenario.js';
