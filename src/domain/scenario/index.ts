// Scenarios: proposed changes to the structure, evaluated on top of the official history and, once
// decided, published into it. Pure. See docs/planner.md.
export { applyScenario,  } from './apply-scenario.js';
export type {  ScenarioIssue,  } from './apply-scenario.js';
;
;
;
;
;
export { Proposal,   } from './proposals.js';
;
;
;
