import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { LocateResult } from './locate-result.js';
import type { PickedPlace } from './picked-place.js';
import { PlaceSearchForm } from './place-search-form.js';
import { PositionButton } from './position-button.js';

export interface FindYourPoliceProps {
  place: PickedPlace | null;
  onPick: (place: PickedPlace) => void;
}

/** "Finn ditt politi": by postcode, address or place, by the browser's position, or (on the map) a click. */
export function FindYourPolice({ place, onPick }: FindYourPoliceProps) {
  return (
    <section aria-labelledby="finn-politi" className="np-stack-sm">
      <Heading level={2} data-size="md" id="finn-politi">
        Finn ditt politi
      </Heading>
      <Paragraph>Se hvilket politidistrikt og hvilken tjenesteenhet som betjener et sted, og hvor nærmeste tjenestested er.</Paragraph>
      <PlaceSearchForm onPick={onPick} />
      <PositionButton onPick={onPick} />
      <Paragraph data-size="sm">Du kan også klikke på kartet.</Paragraph>
      {place && <LocateResult place={place} />}
    </section>
  );
}
