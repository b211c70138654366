import { Heading } from '@digdir/designsystemet-react';
import { useMemo, type ReactNode } from 'react';
import type { PlannerMunicipality, PlannerStationDistrict, ScenarioView } from '../../api/planner-endpoints.js';
import type { Resource } from '../../api/use-api.js';
import { ResourceView } from '../../components/resource-view.js';
import { CreateStationDistrictForm } from './create-station-district-form.js';
import { DissolveStationDistrictForm } from './dissolve-station-district-form.js';
import type { ScenarioOffice } from './scenario-offices.js';
import { scenarioStationDistricts } from './scenario-station-districts.js';
import { SetKindForm } from './set-kind-form.js';

export interface StructureEditsProps {
  view: ScenarioView;
  /** The scenario's open offices (null while the base date's are loading). */
  offices: readonly ScenarioOffice[] | null;
  municipalities: Resource<PlannerMunicipality[]> | null;
  stationDistricts: Resource<PlannerStationDistrict[]> | null;
  busy: boolean;
  /** The page's `propose`: adds the proposal, says «Lagt til: text», or keeps the failure under `where`. */
  propose: (where: string, proposal: object, text: string) => Promise<boolean>;
  /** The refusal of the action from `where`, shown under its form (ProblemAlert, which takes focus). */
  failureAt: (where: string) => ReactNode;
  /** The office the table's «Endre type…» chose, for the «Endre type» form. */
  kindTarget?: { officeId: string; seq: number } | null;
}

/**
 * The edits beyond closing, merging, opening and moving: «Endre type» on an office, «Ny tjenesteenhet»
 * and «Slå sammen tjenesteenheter». Each is a section of its own with its refusal under its form, as the
 * page's other forms are. Shown only for a draft (the page decides).
 */
export function StructureEdits({ view, offices, municipalities, stationDistricts, busy, propose, failureAt, kindTarget = null }: StructureEditsProps) {
  const units = useMemo(() => (stationDistricts?.status === 'ok' ? scenarioStationDistricts(stationDistricts.data, view) : null), [stationDistricts, view]);
  return (
    <>
      <section aria-labelledby="endre-type" className="np-stack-sm">
        <Heading level={2} data-size="md" id="endre-type">
          Endre type på et tjenestested
        </Heading>
        {offices && <SetKindForm offices={offices} busy={busy} preselect={kindTarget} onSubmit={(p, text) => void propose('set-kind', p, text)} />}
        {failureAt('set-kind')}
      </section>

      <section aria-labelledby="ny-tjenesteenhet" className="np-stack-sm">
        <Heading level={2} data-size="md" id="ny-tjenesteenhet">
          Ny tjenesteenhet
        </Heading>
        <ResourceView resource={municipalities} loadingLabel="Laster kommunene …">
          {(list) => <CreateStationDistrictForm municipalities={list} offices={offices ?? []} busy={busy} onSubmit={(p, text) => void propose('create-unit', p, text)} />}
        </ResourceView>
        {failureAt('create-unit')}
      </section>

      <section aria-labelledby="slaa-sammen-enheter" className="np-stack-sm">
        <Heading level={2} data-size="md" id="slaa-sammen-enheter">
          Slå sammen tjenesteenheter
        </Heading>
        {units ? (
          <DissolveStationDistrictForm stationDistricts={units} busy={busy} onSubmit={(p, text) => void propose('dissolve-unit', p, text)} />
        ) : (
          <ResourceView resource={stationDistricts} loadingLabel="Laster tjenesteenhetene …">
            {() => null}
          </ResourceView>
        )}
        {failureAt('dissolve-unit')}
      </section>
    </>
  );
}
