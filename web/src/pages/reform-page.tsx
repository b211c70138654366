import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { diffRequest, districtsRequest, type StructureDiff } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { EmptyState } from '../components/empty-state.js';
import { DiffMap, MapSlot } from '../components/lazy-map.js';
import { ResourceView } from '../components/resource-view.js';
import { DatePairForm } from '../date/date-pair-form.js';
import { isoDateOrNull } from '../../../src/shared/dates.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { BEFORE_REFORM } from '../date/quick-picks.js';
import { DATE_PARAM, useStructureDate } from '../date/use-structure-date.js';
import { DiffOfficeTable } from '../features/diff/diff-office-table.js';
import { DiffSummary } from '../features/diff/diff-summary.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { REFORM_PATH } from '../routes.js';

const FROM_PARAM = 'fra';
const LISTS_ID = 'endringslister';

/**
 * Before and after: what differs between two dates, by default the day before the reform and the
 * date in the date bar (today unless one is chosen). ?fra= sets the first date.
 */
export function ReformPage() {
  usePageTitle('Før og etter reformen');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { date: to } = useStructureDate();
  const from = isoDateOrNull(params.get(FROM_PARAM)) ?? BEFORE_REFORM;
  const diff = useApi(from < to ? diffRequest(from, to) : null);

  return (
    <div className="np-stack">
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          Før og etter reformen
        </Heading>
        <Paragraph>
          Hva som ble nedlagt, opprettet og endret mellom {formatLongDate(from)} og {formatLongDate(to)}, med vedtakene bak.
        </Paragraph>
      </div>
      <DatePairForm label="Velg periode" from={from} to={to} onSubmit={(a, b) => void navigate(`${REFORM_PATH}?${FROM_PARAM}=${a}&${DATE_PARAM}=${b}`)} />
      {from >= to && <EmptyState>«Fra» må være før «til». Velg en senere dato i datovelgeren.</EmptyState>}
      <ResourceView resource={diff} loadingLabel="Sammenligner …">
        {(d) => <DiffView diff={d} />}
      </ResourceView>
    </div>
  );
}

function DiffView({ diff }: { diff: StructureDiff }) {
  const before = useApi(districtsRequest(diff.from));
  const after = useApi(districtsRequest(diff.to));
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const r of [before, after]) if (r?.status === 'ok') for (const d of r.data) map.set(d.id, d.name);
    return map;
  }, [before, after]);
  const districtName = (id: string | null) => (id ? (names.get(id) ?? id) : '–');
  const closed = diff.removed.filter((i) => i.entity === 'office');
  const opened = diff.added.filter((i) => i.entity === 'office');
  const closedIds = useMemo(() => new Set(closed.map((i) => i.id)), [closed]);
  const openedIds = useMemo(() => new Set(opened.map((i) => i.id)), [opened]);
  const period = `mellom ${formatLongDate(diff.from)} og ${formatLongDate(diff.to)}`;

  return (
    <div className="np-stack">
      <section aria-labelledby="kart" className="np-stack-sm">
        <Heading level={2} data-size="md" id="kart">
          Tjenestesteder nedlagt og opprettet
        </Heading>
        <MapSlot>
          <DiffMap from={diff.from} to={diff.to} closedIds={closedIds} openedIds={openedIds} listsId={LISTS_ID} />
        </MapSlot>
      </section>
      <section aria-labelledby="oppsummert" className="np-stack-sm">
        <Heading level={2} data-size="md" id="oppsummert">
          Oppsummert
        </Heading>
        <DiffSummary diff={diff} caption={`Endringer ${period}`} />
      </section>
      <section aria-labelledby={LISTS_ID} className="np-stack-sm">
        <Heading level={2} data-size="md" id={LISTS_ID} tabIndex={-1}>
          Tjenestestedene
        </Heading>
        <Heading level={3} data-size="xs">
          Nedlagt ({closed.length})
        </Heading>
        {closed.length === 0 ? (
          <EmptyState>Ingen tjenestesteder ble nedlagt {period}.</EmptyState>
        ) : (
          <DiffOfficeTable caption={`Tjenestesteder nedlagt ${period}`} items={closed} districtName={districtName} linkDate={diff.from} />
        )}
        <Heading level={3} data-size="xs">
          Opprettet ({opened.length})
        </Heading>
        {opened.length === 0 ? (
          <EmptyState>Ingen tjenestesteder ble opprettet {period}.</EmptyState>
        ) : (
          <DiffOfficeTable caption={`Tjenestesteder opprettet ${period}`} items={opened} districtName={districtName} linkDate={diff.to} />
        )}
      </section>
    </div>
  );
}
