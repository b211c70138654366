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

/**
 * «Hva om …?»: the live preview (POST /planner/preview, nothing stored) of one more change on top of
 * the scenario's closures and openings, before deciding to add it.
 */
export function WhatIf({ baseDate, offices, change, label }: WhatIfProps) {
  const [answer, setAnswer] = useState<{ key: string; preview: PlannerPreview } | null>(null);
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
      const preview = await previewChanges({ base: baseDate, closeOfficeIds: [...offices.removed.map((o) => o.id), ...closeBase], openSites: sites });
      setAnswer({ key, preview });
    } catch (e) {
      setError(describeFailure(e).text);
    } finally {
      setBusy(false);
    }
  }

  const shown = answer?.key === key ? answer.preview : null;
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
            Da ville {formatShare(shown.national.shareWithin.preview)} av innbyggerne hatt høyst {formatInteger(shown.thresholdMinutes)} minutter til nærmeste
            tjenestested ({formatShare(shown.national.shareWithin.base)} på grunnlagsdatoen), og {formatInteger(shown.national.populationBeyond.preview)} ville
            vært utenfor grensen. Anslått, ikke lagret.
          </Paragraph>
        )}
        {error && <Paragraph data-size="sm">{error}</Paragraph>}
      </div>
    </div>
  );
}
