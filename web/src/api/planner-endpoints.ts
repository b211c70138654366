import Type, { type Static } from 'typebox';
import type { ClosingCostsReport } from '../../../src/contract/closing-costs-report.js';
import type { Proposal, Scenario, ScenarioComparison, ScenarioEvaluation, ScenarioSummary, ScenarioView } from '../../../src/contract/scenario-views.js';
import type { OptimizeJob as OptimizeJobSchema, OptimizeJobRequest } from '../../../src/contract/optimize.js';
import type { PlannerPreview as PlannerPreviewSchema } from '../../../src/contract/planner.js';
import * as D from '../../../src/contract/directory.js';
import { ref } from '../../../src/contract/schema-helpers.js';
import { decodeWith } from './decode.js';
import { decodeNamed } from './planner-decode.js';
import { plannerRequest } from './planner-http.js';
import type { ApiRequest } from './use-api.js';
import { apiUrl } from './http.js';

/** Every request the planner pages make, typed and checked by the API's own schemas. */

export type { Proposal, Scenario, ScenarioComparison, ScenarioEvaluation, ScenarioSummary, ScenarioView, ClosingCostsReport };
export type ScenarioStatus = Scenario['status'];
export type OptimizeJob = Static<typeof OptimizeJobSchema>;
export type OptimizeRequest = Static<typeof OptimizeJobRequest>;
export type PlannerPreview = Static<typeof PlannerPreviewSchema>;
export type PlannerOffice = Static<typeof D.Office>;
export type PlannerMunicipality = Static<typeof D.Municipality>;
export type PlannerStationDistrict = Static<typeof D.StationDistrict>;
type PublishResult = { scenario: Scenario; changes: unknown[] };

const seg = (id: number | string) => encodeURIComponent(String(id));
const base = (id: number) => `/scenarios/${seg(id)}`;

export const listScenarios = (signal?: AbortSignal) =>
  plannerRequest('GET', '/scenarios', decodeNamed<{ scenarios: ScenarioSummary[] }>('ScenarioList', 'Scenarioene'), { signal }).then((l) => l.scenarios);

export const createScenario = (body: { name: string; description?: string; baseDate: string }) =>
  plannerRequest('POST', '/scenarios', decodeNamed<Scenario>('Scenario', 'Scenarioet'), { body });

export const getScenario = (id: number, signal?: AbortSignal) => plannerRequest('GET', base(id), decodeNamed<ScenarioView>('ScenarioView', 'Scenarioet'), { signal });

export const addChange = (id: number, proposal: unknown, revision: number) =>
  plannerRequest('POST', `${base(id)}/changes`, decodeNamed<ScenarioView>('ScenarioView', 'Scenarioet'), { body: { proposal }, revision });

export const removeChange = (id: number, position: number, revision: number) =>
  plannerRequest('DELETE', `${base(id)}/changes/${position}`, decodeNamed<ScenarioView>('ScenarioView', 'Scenarioet'), { revision });

/** Moves the change at `position` to `to` (both from 1); the revision goes in the body as the route documents, and in If-Match. */
export const moveChange = (id: number, position: number, to: number, revision: number) =>
  plannerRequest('POST', `${base(id)}/changes/${position}/move`, decodeNamed<ScenarioView>('ScenarioView', 'Scenarioet'), { body: { to, expectedRevision: revision }, revision });

export const setStatus = (id: number, status: Exclude<ScenarioStatus, 'published'>, revision: number) =>
  plannerRequest('POST', `${base(id)}/status`, decodeNamed<Scenario>('Scenario', 'Scenarioet'), { body: { status }, revision });

export const evaluateScenario = (id: number, signal?: AbortSignal) =>
  plannerRequest('GET', `${base(id)}/evaluate`, decodeNamed<ScenarioEvaluation>('ScenarioEvaluation', 'Vurderingen'), { signal });

export const compareScenario = (id: number, signal?: AbortSignal) =>
  plannerRequest('GET', `${base(id)}/compare`, decodeNamed<ScenarioComparison>('ScenarioComparison', 'Sammenligningen'), { signal });

export const publishScenario = (id: number, body: { decision: { by: string; date: string; reference: string | null; url: string | null }; effective?: string }, revision: number) =>
  plannerRequest('POST', `${base(id)}/publish`, decodeNamed<PublishResult>('PublishResult', 'Publiseringen'), { body, revision });

export const previewChanges = (body: { base: string; closeOfficeIds?: string[]; openSites?: { id: string; lat: number; lon: number; name?: string }[] }, signal?: AbortSignal) =>
  plannerRequest('POST', '/planner/preview', decodeNamed<PlannerPreview>('PlannerPreview', 'Forhåndsvisningen'), { body, signal });

export const closingCostsRequest = (at: string): ApiRequest<ClosingCostsReport> => ({
  url: apiUrl('/closing-costs', { at }),
  decode: decodeNamed<ClosingCostsReport>('ClosingCostsReport', 'Kostnadene'),
});

export const startOptimize = (body: OptimizeRequest) => plannerRequest('POST', '/optimize', decodeNamed<OptimizeJob>('OptimizeJob', 'Optimeringen'), { body });

export const getOptimizeJob = (jobId: string, signal?: AbortSignal) =>
  plannerRequest('GET', `/optimize/${seg(jobId)}`, decodeNamed<OptimizeJob>('OptimizeJob', 'Optimeringen'), { signal });

export const cancelOptimize = (jobId: string) => plannerRequest('DELETE', `/optimize/${seg(jobId)}`, decodeNamed<OptimizeJob>('OptimizeJob', 'Optimeringen'));

export const saveOptimizeScenario = (jobId: string, name: string) =>
  plannerRequest('POST', `/optimize/${seg(jobId)}/scenario`, decodeNamed<{ scenario: Scenario; proposals: Proposal[] }>('SavedOptimizeScenario', 'Scenarioet'), { body: { name } });

export const optimizeEventsUrl = (jobId: string) => apiUrl(`/optimize/${seg(jobId)}/events`);
export const decodeOptimizeJob = decodeNamed<OptimizeJob>('OptimizeJob', 'Optimeringen');

// The base date's directory lists (cached like every directory answer: a date's structure is fixed).
const envelope = <S extends Type.TSchema>(key: string, schema: S, what: string) => {
  const decode = decodeWith(Type.Object({ at: Type.String(), [key]: Type.Array(ref(schema)) }), what);
  return (body: unknown) => (decode(body) as Record<string, Static<S>[]>)[key] ?? [];
};

export const plannerOfficesRequest = (at: string): ApiRequest<PlannerOffice[]> => ({ url: apiUrl('/offices', { at }), decode: envelope('offices', D.Office, 'Tjenestestedene') });
export const plannerMunicipalitiesRequest = (at: string): ApiRequest<PlannerMunicipality[]> => ({
  url: apiUrl('/municipalities', { at }),
  decode: envelope('municipalities', D.Municipality, 'Kommunene'),
});
export const plannerStationDistrictsRequest = (at: string): ApiRequest<PlannerStationDistrict[]> => ({
  url: apiUrl('/station-districts', { at }),
  decode: envelope('stationDistricts', D.StationDistrict, 'Tjenesteenhetene'),
});

export interface MunicipalityConsultations {
  municipality: { number: string; name: string };
  scenarios: { scenario: ScenarioSummary; description: string; changes: { position: number; label: string; proposal: Proposal; names: Record<string, string> }[] }[];
}

/** Not cached: a scenario sent on consultation shows up at once. */
export const getConsultations = (number: string, signal?: AbortSignal) =>
  plannerRequest('GET', `/municipalities/${seg(number)}/consultations`, decodeNamed<MunicipalityConsultations>('MunicipalityConsultations', 'Høringene'), { signal });
