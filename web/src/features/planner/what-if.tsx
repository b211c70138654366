import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { previewChanges, type PlannerPreview } from '../../api/planner-endpoints.js';
import { formatInteger } from '../../format/numbers.js';
import { describeFailure } from './problem-alert.js';
import { formatShare } from './planner-text.js';
import type { ScenarioOffices } from './scenario-offices.js';

/** What to try on top of the scenario: closing one more office, or opening a site. */
type WhatIfChange = { close: string } | { open: { lat: number; lon: number; name: string } };

export interface WhatIfProps {
  baseDate: string;
  offices: ScenarioOffices;
  change: WhatIfChange;
  /** The button's text, e.g. «Hva om Alta politistasjon legges ned?». */
  label: string;
}

/** A slug no office has, for the site tried out (the preview needs an id for it). */
const TRIAL_SITE_ID = 'hva-om-nytt-tjenestested';

/** The one change's effect: the scenario as it is, and with the change tried on top. */
interface WhatIfAnswer {
  without: PlannerPreview;
  with: PlannerPreview;
  /** The police district the office closed or opened lies in (null if the preview did not place it). */
  districtId: string | null;
}

/**
 * «Hva om …?»: the live preview (POST /planner/preview, nothing stored) of one more change on top of
 * the scenario's closures and openings, before deciding to add it. Told as the effect of that one
 * change (the scenario without it against the scenario with it), in its police district and
 * nationally — not as the national totals, which hide one office's effect.
 */
export function WhatIf({ baseDate, offices, change, label }: WhatIfProps) {
  const [answer, setAnswer] = useState<{ key: string; answer: WhatIfAnswer } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = JSON.stringify(change);

  async function ask() {
    setBusy(true);
    setError(null);
    try {
      const closing = 'close' in change ? change.close : null;
      const added = offices.open.filter((o) => o.added && o.id !== closing);
      const closeBase = closing !== null && !offices.open.some((o) => o.id === closing && o.added) ? [closing] : [];
      const sites = added.map((o) => ({ id: o.id, lat: o.position.lat, lon: o.position.lon, name: o.name }));
      if ('open' in change) sites.push({ id: TRIAL_SITE_ID, ...change.open });
      const removedIds = offices.removed.map((o) => o.id);
      const scenarioSites = offices.open.filter((o) => o.added).map((o) => ({ id: o.id, lat: o.position.lat, lon: o.position.lon, name: o.name }));
      const [without, withChange] = await Promise.all([
        previewChanges({ base: baseDate, closeOfficeIds: removedIds, openSites: scenarioSites }),
        previewChanges({ base: baseDate, closeOfficeIds: [...removedIds, ...closeBase], openSites: sites }),
      ]);
      const districtId =
        closing !== null
          ? (withChange.closed.find((c) => c.id === closing)?.districtId ?? without.opened.find((o) => o.id === closing)?.districtId ?? null)
          : (withChange.opened.find((o) => o.id === TRIAL_SITE_ID)?.districtId ?? null);
      setAnswer({ key, answer: { without, with: withChange, districtId } });
    } catch (e) {
      setError(describeFailure(e).text);
    } finally {
      setBusy(false);
    }
  }

  const shown = answer?.key === key ? answer.answer : null;
  return (
    <div className="np-stack-sm">
      <div>
        <Button type="button" variant="tertiary" data-size="sm" disabled={busy} onClick={() => void ask()}>
          {label}
        </Button>
      </div>
      <div aria-live="polite">
        {shown && (
          <Paragraph data-size="sm" data-testid="what-if">
            {whatIfText(shown, 'close' in change)} Anslått, ikke lagret.
          </Paragraph>
        )}
        {error && <Paragraph data-size="sm">{error}</Paragraph>}
      </div>
    </div>
  );
}

/**
 * "Da ville 1 200 flere innbyggere hatt mer enn 45 minutter til nærmeste tjenestested, alle i Finnmark
 * politidistrikt, der andelen innenfor ville gått fra 81,2 % til 79,9 %."
 */
function whatIfText(a: WhatIfAnswer, closing: boolean): string {
  const minutes = formatInteger(a.with.thresholdMinutes);
  const beyond = a.with.national.populationBeyond.preview - a.without.national.populationBeyond.preview;
  const district = a.districtId === null ? null : { without: a.without.districts.find((d) => d.id === a.districtId), with: a.with.districts.find((d) => d.id === a.districtId) };
  const where =
    district?.without && district.with
      ? ` I ${district.with.name} ville andelen som har høyst ${minutes} minutter gått fra ${formatShare(district.without.shareWithin.preview)} til ${formatShare(district.with.shareWithin.preview)}.`
      : '';
  if (beyond === 0) {
    return `Da ville like mange som før hatt mer enn ${minutes} minutter til nærmeste tjenestested (${formatInteger(a.with.national.populationBeyond.preview)} i hele landet).${where}`;
  }
  const more = beyond > 0;
  return (
    `Da ville ${formatInteger(Math.abs(beyond))} ${more ? 'flere' : 'færre'} innbyggere hatt mer enn ${minutes} minutter til nærmeste tjenestested` +
    ` (${formatInteger(a.with.national.populationBeyond.preview)} i hele landet, mot ${formatInteger(a.without.national.populationBeyond.preview)} i scenarioet ${closing ? 'uten nedleggelsen' : 'uten det nye tjenestestedet'}).${where}`
  );
}
