import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { previewChanges, type PlannerPreview } from '../../api/planner-endpoints.js';
import { formatInteger } from '../../format/numbers.js';
import { describeFailure } from './problem-alert.js';
import { formatShare } from './planner-text.js';
import type { ScenarioOffices } from './scenario-offices.js';

export interface WhatIfProps {
  baseDate: string;
  offices: ScenarioOffices;
  /** The office to try closing on top of the scenario. */
  officeId: string;
  officeName: string;
}

/**
 * «Hva om …?»: the live preview (POST /planner/preview, nothing stored) of closing one more office on
 * top of the scenario's closures and openings, before deciding to add it.
 */
export function WhatIf({ baseDate, offices, officeId, officeName }: WhatIfProps) {
  const [answer, setAnswer] = useState<{ id: string; preview: PlannerPreview } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function ask() {
    setBusy(true);
    setError(null);
    try {
      const added = offices.open.filter((o) => o.added);
      const closed = offices.open.some((o) => o.id === officeId && o.added) ? [] : [officeId];
      const preview = await previewChanges({
        base: baseDate,
        closeOfficeIds: [...offices.removed.map((o) => o.id), ...closed],
        openSites: added.filter((o) => o.id !== officeId).map((o) => ({ id: o.id, lat: o.position.lat, lon: o.position.lon, name: o.name })),
      });
      setAnswer({ id: officeId, preview });
    } catch (e) {
      setError(describeFailure(e).text);
    } finally {
      setBusy(false);
    }
  }

  const shown = answer?.id === officeId ? answer.preview : null;
  return (
    <div className="np-stack-sm">
      <Button type="button" variant="tertiary" data-size="sm" disabled={busy} onClick={() => void ask()}>
        Hva om {officeName} legges ned?
      </Button>
      <div aria-live="polite">
        {shown && (
          <Paragraph data-size="sm">
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
