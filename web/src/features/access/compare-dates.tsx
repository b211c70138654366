import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { accessCompareRequest, type AccessOptions, type ComparisonReport } from '../../api/access-endpoints.js';
import { useApi } from '../../api/use-api.js';
import { EmptyState } from '../../components/empty-state.js';
import { ResourceView } from '../../components/resource-view.js';
import { SiteLink } from '../../components/site-link.js';
import { DatePairForm } from '../../date/date-pair-form.js';
import { isoDateOrNull } from '../../../../src/shared/dates.js';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';
import { BEFORE_REFORM } from '../../date/quick-picks.js';
import { DATE_PARAM } from '../../date/use-structure-date.js';
import { formatInteger } from '../../format/numbers.js';
import { districtPath, municipalityPath } from '../../routes.js';
import { AreaChangeTable } from './area-change-table.js';
import { FartherFacts } from './farther-facts.js';
import { renderNotPossible } from './not-possible.js';

/** ?fra= names the earlier date; the later one is the page's date (?dato=). */
const FROM_PARAM = 'fra';
/** Municipalities listed where people got farther: the largest increases fit on a screen. */
const MUNICIPALITY_ROWS = 25;

/**
 * Two dates side by side for the same people: who got farther from an office, by how much, where.
 * Nothing is computed until the visitor asks (a comparison evaluates both dates on the server).
 */
export function CompareDates({ date, options }: { date: string; options: AccessOptions }) {
  const [params, setParams] = useSearchParams();
  const from = isoDateOrNull(params.get(FROM_PARAM));
  const submit = (a: string, b: string) => {
    const next = new URLSearchParams(params);
    next.set(FROM_PARAM, a);
    next.set(DATE_PARAM, b);
    setParams(next);
  };

  const comparison = useApi(from && from < date ? accessCompareRequest(from, date, options) : null);

  return (
    <div className="np-stack-sm">
      <DatePairForm label="Sammenlign to datoer" from={from ?? BEFORE_REFORM} to={date} onSubmit={submit} />
      {from && from >= date && <EmptyState>«Fra» må være før datoen siden viser. Velg en senere dato.</EmptyState>}
      {!from && <Paragraph data-size="sm">Velg to datoer for å se hvem som fikk lenger eller kortere vei til politiet mellom dem.</Paragraph>}
      <ResourceView resource={comparison} loadingLabel="Sammenligner …" renderError={renderNotPossible('for en av datoene', 3)}>
        {(c) => <ComparisonView comparison={c} />}
      </ResourceView>
    </div>
  );
}

function ComparisonView({ comparison: c }: { comparison: ComparisonReport }) {
  const period = `mellom ${formatLongDate(c.before.at)} og ${formatLongDate(c.after.at)}`;
  const farther = useMemo(
    () =>
      c.municipalities
        .filter((m) => m.populationFarther > 0)
        .sort((a, b) => (b.meanMinutesChange ?? 0) - (a.meanMinutesChange ?? 0) || a.number.localeCompare(b.number)),
    [c.municipalities],
  );
  return (
    <div className="np-stack-sm">
      <Heading level={3} data-size="xs">
        Endringer {period}
      </Heading>
      <Paragraph data-size="sm">
        {formatInteger(c.officesClosed.length)} tjenestesteder ble lagt ned og {formatInteger(c.officesOpened.length)} opprettet. De samme
        innbyggerne på begge datoene, gruppert etter politidistriktene per {formatLongDate(c.after.at)}.
      </Paragraph>
      <FartherFacts change={c.national} label={`Hele landet ${period}`} />
      <AreaChangeTable
        caption={`Politidistriktene ${period} (høyst ${c.thresholdMinutes} minutter)`}
        areaLabel="Politidistrikt"
        thresholdMinutes={c.thresholdMinutes}
        rows={c.districts.map((d) => ({ key: d.id, name: <SiteLink to={districtPath(d.id)} date={c.after.at}>{d.name}</SiteLink>, change: d }))}
      />
      <Heading level={3} data-size="xs">
        Kommuner der noen fikk lenger vei ({formatInteger(farther.length)})
      </Heading>
      {farther.length === 0 ? (
        <EmptyState>Ingen fikk lenger vei til nærmeste tjenestested {period}.</EmptyState>
      ) : (
        <AreaChangeTable
          caption={`Kommunene med størst økning i gjennomsnittlig reisetid ${period}${farther.length > MUNICIPALITY_ROWS ? ` (de ${MUNICIPALITY_ROWS} første av ${formatInteger(farther.length)})` : ''}`}
          areaLabel="Kommune"
          thresholdMinutes={c.thresholdMinutes}
          rows={farther.slice(0, MUNICIPALITY_ROWS).map((m) => ({ key: m.number, name: <SiteLink to={municipalityPath(m.number)} date={c.after.at}>{m.name}</SiteLink>, change: m }))}
        />
      )}
    </div>
  );
}
