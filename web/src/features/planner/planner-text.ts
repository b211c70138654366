import { issueNb, proposalNb } from '../../../../src/contract/wording/scenario-text.js';
import type { Proposal, ScenarioStatus, ScenarioView } from '../../api/planner-endpoints.js';
import type { ProblemIssue } from '../../api/planner-http.js';

/** Norwegian words for the planner (the API and the domain speak English and codes). */

export const STATUS_LABEL: Readonly<Record<ScenarioStatus, string>> = {
  draft: 'Utkast',
  'in-consultation': 'På høring',
  decided: 'Vedtatt',
  published: 'Publisert',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The CLI's wording names its own flags («med --new-head»); in the web app the form field says it. */
const withoutFlags = (text: string) => text.replace(/ (med|oppgi en annen med) --[a-z-]+/g, '');

/** "Legg ned Alta politistasjon" from a proposal and the names the API sent with it. */
export function proposalText(proposal: Proposal, names: Readonly<Record<string, string>>): string {
  return capitalise(proposalNb(proposal, names));
}

type ViewIssue = ScenarioView['issues'][number];

/** One issue of a scenario view, worded from its code and names. */
export function issueText(issue: ViewIssue): string {
  return withoutFlags(issueNb(issue));
}

/** An issue of a refused write (problem+json): worded like the view's when it has the proposal, else its message. */
export function problemIssueText(issue: ProblemIssue): string {
  if (issue.proposal && issue.position !== undefined && issue.names && typeof issue.reason === 'string' && issue.details) {
    // The problem's issues are the view's ScenarioIssue as plain JSON (docs/api.md, Refusals).
    return withoutFlags(issueNb(issue as unknown as ViewIssue));
  }
  return issue.message;
}

const PERCENT = new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 });
const DECIMAL = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
const SIGNED = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** "91,3 %" (or – for no value). */
export const formatShare = (share: number | null | undefined) => (share === null || share === undefined ? '–' : PERCENT.format(share));
/** "+1,2 prosentpoeng" */
export const formatPointChange = (change: number | null | undefined) => (change === null || change === undefined ? '–' : `${SIGNED.format(change * 100)} prosentpoeng`);
/** "12,3 min" */
export const formatMinutes = (minutes: number | null | undefined) => (minutes === null || minutes === undefined ? '–' : `${DECIMAL.format(minutes)} min`);
export const formatSigned = (value: number | null | undefined) => (value === null || value === undefined ? '–' : SIGNED.format(value));
