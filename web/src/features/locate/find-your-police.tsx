import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { LocateResult } from './locate-result.js';
import type { PickedPlace } from './picked-place.js';
import { PlaceSearchForm } from './place-search-form.js';
import { PositionButton } from './position-button.js';

export interface FindYourPoliceProps {
  place: PickedPlace | null;
  onPick: (place: PickedPlace) => void;
  onClear: () => void;
}

/**
 * "Finn ditt politi" and "Finn nærmeste pass- og ID-kontor": by postcode, address or place, by the
 * browser's position, or (on the map) a click.
 */
export function FindYourPolice({ place, onPick, onClear }: FindYourPoliceProps) {
  return (
    <section aria-labelledby="finn-politi" className="np-stack-sm np-find">
      <Heading level={2} data-size="md" id="finn-politi">
        Finn ditt politi
      </Heading>
      <Paragraph>
        Se hvilket tjenestested som betjener et sted, hvor nærmeste tjenestested er – eller finn nærmeste pass- og ID-kontor.
      </Paragraph>
      <PlaceSearchForm onPick={onPick} onClear={onClear} />
      <PositionButton onPick={onPick} />
      <Paragraph data-size="sm">Du kan også klikke på kartet.</Paragraph>
      {place && <LocateResult place={place} />}
    </section>
  );
}
