import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import {
  addChange,
  compareScenario,
  evaluateScenario,
  getScenario,
  plannerMunicipalitiesRequest,
  plannerOfficesRequest,
  plannerStationDistrictsRequest,
  type ScenarioView,
} from '../api/planner-endpoints.js';
import { ApiError } from '../api/http.js';
import { useApi } from '../api/use-api.js';
import { useFresh } from '../api/use-fresh.js';
import { EmptyState } from '../components/empty-state.js';
import { MapSlot } from '../components/lazy-map.js';
import { ResourceView } from '../components/resource-view.js';
import { SiteLink } from '../components/site-link.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { ChangesSection } from '../features/planner/changes-section.js';
import { ComparisonView } from '../features/planner/comparison-view.js';
import { EvaluationPanel } from '../features/planner/evaluation-panel.js';
import { HeadOfficeChoice, headOfficeCandidates } from '../features/planner/head-office-choice.js';
import { MergeForm } from '../features/planner/merge-form.js';
import { MoveMunicipalityForm } from '../features/planner/move-municipality-form.js';
import { OfficeActionsTable } from '../features/planner/office-actions-table.js';
import { OpenOfficeForm, type PickedPoint } from '../features/planner/open-office-form.js';
import { PickedSiteForm } from '../features/planner/picked-site-form.js';
import { STATUS_LABEL } from '../features/planner/planner-text.js';
import { ProblemAlert } from '../features/planner/problem-alert.js';
import { scenarioOffices, type ScenarioOffice } from '../features/planner/scenario-offices.js';
import { StatusSection } from '../features/planner/status-section.js';
import { StructureEdits } from '../features/planner/structure-edits.js';
import { useScenarioEdit } from '../features/planner/use-scenario-edit.js';
import { WhatIf } from '../features/planner/what-if.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { PLANNER_PATH } from '../routes.js';
import '../styles/planner.css';

const ScenarioMap = lazy(() => import('../map/scenario-map.js').then((m) => ({ default: m.ScenarioMap })));

const TABLE_ID = 'scenario-tjenestesteder';

/** /planlegger/:id: one scenario, its changes, the figures after each edit, and the forms that edit it. */
export function ScenarioPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const [version, setVersion] = useState(0);
  const key = valid ? `${id}:${version}` : null;
  const view = useFresh('scenario', key, (signal) => getScenario(id, signal));
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  usePageTitle(view.resource?.status === 'ok' ? view.resource.data.scenario.name : 'Scenario');

  if (view.resource?.status === 'ok') return <ScenarioEditor view={view.resource.data} version={version} refreshing={view.refreshing} onSaved={bump} />;
  // Loading, not found or failed: still a page with its heading and a way back.
  return (
    <div className="np-stack">
      <Heading level={1} data-size="xl">
        Scenario
      </Heading>
      {valid ? (
        <ResourceView
          resource={view.resource}
          loadingLabel="Laster scenarioet …"
          renderError={(error) => (error instanceof ApiError && error.isNotFound ? <EmptyState>Det finnes ikke noe scenario {id}.</EmptyState> : null)}
        >
          {() => null}
        </ResourceView>
      ) : (
        <EmptyState>Det finnes ikke noe slikt scenario.</EmptyState>
      )}
      <Paragraph>
        <SiteLink to={PLANNER_PATH}>Alle scenarioer</SiteLink>
      </Paragraph>
    </div>
  );
}

function ScenarioEditor({ view, version, refreshing, onSaved }: { view: ScenarioView; version: number; refreshing: boolean; onSaved: () => void }) {
  const s = view.scenario;
  const editable = s.status === 'draft';
  const key = `${s.id}:${version}`;
  const evaluation = useFresh('evaluation', key, (signal) => evaluateScenario(s.id, signal));
  const comparison = useFresh('comparison', key, (signal) => compareScenario(s.id, signal));
  const baseOffices = useApi(plannerOfficesRequest(s.baseDate));
  const municipalities = useApi(plannerMunicipalitiesRequest(s.baseDate));
  const stationDistricts = useApi(plannerStationDistrictsRequest(s.baseDate));
  const edit = useScenarioEdit(onSaved);
  // Until the edited scenario is back (with its new revision), another edit would be a stale one.
  const busy = edit.busy || refreshing;
  const [selected, setSelected] = useState<string | null>(null);
  const [merging, setMerging] = useState<ScenarioOffice | null>(null);
  const [picked, setPicked] = useState<PickedPoint | null>(null);
  const [kindTarget, setKindTarget] = useState<{ officeId: string; seq: number } | null>(null);
  const doneRef = useRef<HTMLParagraphElement | null>(null);
  const [dismissedDone, setDismissedDone] = useState(0);
  const selectedRef = useRef<HTMLHeadingElement | null>(null);

  const offices = useMemo(() => (baseOffices?.status === 'ok' ? scenarioOffices(baseOffices.data, view) : null), [baseOffices, view]);
  const selectedOffice = offices?.open.find((o) => o.id === selected) ?? null;

  // After an edit, focus goes to the sentence saying what was done (the row clicked may be gone). It
  // is pinned to the bottom of the window and focused without scrolling, so a planner working down
  // the office table keeps their place instead of being thrown to the top of the page.
  useEffect(() => {
    if (edit.done) doneRef.current?.focus({ preventScroll: true });
  }, [edit.done]);
  useEffect(() => {
    if (selected) selectedRef.current?.focus();
  }, [selected]);

  // The last close or merge tried, so a refusal for want of a new head office can be retried with one.
  const [lastOfficeChange, setLastOfficeChange] = useState<{ proposal: object; text: string } | null>(null);
  const propose = (where: string, proposal: object, text: string) => {
    if (where.startsWith('office:')) setLastOfficeChange({ proposal, text });
    return edit.run(where, () => addChange(s.id, proposal, s.revision), `Lagt til: ${text}. Kriteriene og tallene er oppdatert.`);
  };
  const close = (o: ScenarioOffice) => {
    setSelected(null);
    void propose(`office:${o.id}`, { type: 'close-office', officeId: o.id }, `legg ned ${o.name}`);
  };
  const startMerge = (o: ScenarioOffice) => {
    setSelected(null);
    setMerging(o);
  };
  const failureAt = (where: string) => (edit.failure?.where === where ? <ProblemAlert error={edit.failure.error} /> : null);
  const officeError = edit.failure?.where.startsWith('office:') ? edit.failure : null;
  const headCandidates = officeError ? headOfficeCandidates(officeError.error) : null;
  const officeFailure = officeError && (
    <>
      <ProblemAlert error={officeError.error} />
      {headCandidates && lastOfficeChange && (
        <HeadOfficeChoice
          candidates={headCandidates}
          busy={busy}
          onRetry={(head) => void propose(officeError.where, { ...lastOfficeChange.proposal, newHeadOfficeId: head }, lastOfficeChange.text).then((ok) => ok && setMerging(null))}
        />
      )}
    </>
  );

  return (
    <div className="np-stack">
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          {s.name}
        </Heading>
        <Paragraph>
          Grunnlagsdato {formatLongDate(s.baseDate)} · {STATUS_LABEL[s.status]} · {view.steps.length} {view.steps.length === 1 ? 'endring' : 'endringer'} ·{' '}
          <SiteLink to={PLANNER_PATH}>Alle scenarioer</SiteLink>
        </Paragraph>
        {s.description && <Paragraph>{s.description}</Paragraph>}
        {edit.done && edit.done.seq !== dismissedDone && (
          <div className="np-planner-done">
            <p ref={doneRef} tabIndex={-1} role="status">
              {edit.done.text}
            </p>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => setDismissedDone(edit.done?.seq ?? 0)}>
              Lukk
            </Button>
          </div>
        )}
      </div>

      <StatusSection scenario={s} busy={busy} edit={edit} />
      <ChangesSection view={view} busy={busy} edit={edit} />

      <section aria-labelledby="kriterier" className="np-stack-sm">
        <Heading level={2} data-size="md" id="kriterier">
          Kriterier og tilgjengelighet
        </Heading>
        <ResourceView resource={evaluation.resource} loadingLabel="Laster vurderingen …">
          {(e) => <EvaluationPanel evaluation={e} refreshing={evaluation.refreshing} />}
        </ResourceView>
      </section>

      <section aria-labelledby="kart" className="np-stack-sm">
        <Heading level={2} data-size="md" id="kart">
          Kart
        </Heading>
        {offices && (
          <MapSlot>
            <ScenarioMap
              label={`Kart over tjenestestedene i scenarioet «${s.name}»`}
              caption={
                <>
                  {editable ? 'Klikk på et tjenestested for å legge det ned eller slå det sammen, eller et annet sted for å opprette et nytt der. ' : ''}
                  Alt kan også gjøres med <a href={`#${TABLE_ID}`}>tabellen over tjenestestedene</a> og skjemaene under.
                </>
              }
              baseDate={s.baseDate}
              offices={offices.open}
              removed={offices.removed}
              selectedId={selected}
              onOfficeClick={
                editable
                  ? (id) => {
                      setPicked(null);
                      setSelected(id);
                    }
                  : null
              }
              onMapClick={
                editable
                  ? (lat, lon) => {
                      setSelected(null);
                      setPicked((p) => ({ lat, lon, seq: (p?.seq ?? 0) + 1 }));
                    }
                  : null
              }
            />
          </MapSlot>
        )}
        {picked && offices && editable && (
          <PickedSiteForm
            point={picked}
            busy={busy}
            onCancel={() => setPicked(null)}
            onSubmit={(p) => void propose('picked', p, `opprett ${p.name}`).then((ok) => ok && setPicked(null))}
            preview={(name) => <WhatIf baseDate={s.baseDate} offices={offices} change={{ open: { lat: picked.lat, lon: picked.lon, name } }} label="Hva om det opprettes her?" />}
          />
        )}
        {failureAt('picked')}
        {selectedOffice && offices && (
          <div className="np-stack-sm" role="group" aria-labelledby="valgt-tjenestested">
            <Heading level={3} data-size="xs" id="valgt-tjenestested" ref={selectedRef} tabIndex={-1}>
              Valgt: {selectedOffice.name}
            </Heading>
            <div className="np-planner-actions">
              <Button type="button" variant="secondary" data-size="sm" onClick={() => close(selectedOffice)} disabled={busy}>
                Legg ned
              </Button>
              <Button type="button" variant="secondary" data-size="sm" onClick={() => startMerge(selectedOffice)} disabled={busy}>
                Slå sammen med…
              </Button>
            </div>
            <WhatIf baseDate={s.baseDate} offices={offices} change={{ close: selectedOffice.id }} label={`Hva om ${selectedOffice.name} legges ned?`} />
          </div>
        )}
      </section>

      <section aria-labelledby="tjenestesteder" className="np-stack-sm">
        <Heading level={2} data-size="md" id="tjenestesteder">
          Tjenestestedene
        </Heading>
        {!editable && <Paragraph>Scenarioet er {STATUS_LABEL[s.status].toLowerCase()} og kan ikke endres. Sett det tilbake til utkast for å endre det.</Paragraph>}
        {officeFailure}
        {merging && offices && (
          <>
            <MergeForm
              office={merging}
              targets={offices.open}
              busy={busy}
              onCancel={() => setMerging(null)}
              onSubmit={(into) => {
                const target = offices.open.find((o) => o.id === into);
                void propose(`office:${merging.id}`, { type: 'merge-office', officeId: merging.id, intoOfficeId: into }, `slå ${merging.name} sammen med ${target?.name ?? into}`).then(
                  (ok) => ok && setMerging(null),
                );
              }}
            />
          </>
        )}
        <ResourceView resource={baseOffices} loadingLabel="Laster tjenestestedene …">
          {() =>
            offices && (
              <OfficeActionsTable
                id={TABLE_ID}
                offices={offices.open}
                busy={busy}
                onClose={editable ? close : null}
                onMerge={editable ? startMerge : null}
                onSetKind={editable ? (o) => setKindTarget((k) => ({ officeId: o.id, seq: (k?.seq ?? 0) + 1 })) : null}
              />
            )
          }
        </ResourceView>
      </section>

      {editable && (
        <section aria-labelledby="nytt-tjenestested" className="np-stack-sm">
          <Heading level={2} data-size="md" id="nytt-tjenestested">
            Nytt tjenestested
          </Heading>
          <ResourceView resource={municipalities} loadingLabel="Laster kommunene …">
            {(list) => (
              <OpenOfficeForm
                municipalities={list}
                busy={busy}
                onSubmit={(p) => void propose('open', p, `opprett ${p.name}`)}
                renderPreview={(site) => offices && <WhatIf baseDate={s.baseDate} offices={offices} change={{ open: site }} label="Hva om det opprettes her?" />}
              />
            )}
          </ResourceView>
          {failureAt('open')}
        </section>
      )}

      {editable && (
        <section aria-labelledby="flytt-kommune" className="np-stack-sm">
          <Heading level={2} data-size="md" id="flytt-kommune">
            Flytt en kommune
          </Heading>
          {municipalities?.status === 'ok' && stationDistricts?.status === 'ok' ? (
            <MoveMunicipalityForm
              municipalities={municipalities.data}
              stationDistricts={stationDistricts.data}
              busy={busy}
              onSubmit={(p) => void propose('move', p, `flytt kommune ${p.municipalityNumber}`)}
            />
          ) : (
            <ResourceView resource={stationDistricts} loadingLabel="Laster tjenesteenhetene …">
              {() => null}
            </ResourceView>
          )}
          {failureAt('move')}
        </section>
      )}

      {editable && (
        <StructureEdits view={view} offices={offices?.open ?? null} municipalities={municipalities} stationDistricts={stationDistricts} busy={busy} propose={propose} failureAt={failureAt} kindTarget={kindTarget} />
      )}

      <section aria-labelledby="sammenligning" className="np-stack-sm">
        <Heading level={2} data-size="md" id="sammenligning">
          Sammenlignet med grunnlagsdatoen
        </Heading>
        <ResourceView resource={comparison.resource} loadingLabel="Sammenligner …">
          {(c) => <ComparisonView comparison={c} />}
        </ResourceView>
      </section>
    </div>
  );
}
