import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { PickedPlace } from './picked-place.js';

type State = { status: 'idle' } | { status: 'asking' } | { status: 'failed'; message: string };

function reason(error: GeolocationPositionError): string {
  switch (error.code) {
    case error.PERMISSION_DENIED:
      return 'Du har ikke gitt nettleseren lov til å dele posisjonen din. Skriv et postnummer eller sted i stedet.';
    case error.POSITION_UNAVAILABLE:
      return 'Nettleseren fant ikke posisjonen din. Skriv et postnummer eller sted i stedet.';
    default:
      return 'Det tok for lang tid å finne posisjonen din. Prøv igjen, eller skriv et postnummer.';
  }
}

/** "Bruk posisjonen min": the browser's position, asked for only when pressed (never on load). */
export function PositionButton({ onPick }: { onPick: (place: PickedPlace) => void }) {
  const [state, setState] = useState<State>({ status: 'idle' });
  if (!('geolocation' in navigator)) return null;

  function ask() {
    setState({ status: 'asking' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setState({ status: 'idle' });
        onPick({ lat: position.coords.latitude, lon: position.coords.longitude, label: 'posisjonen din', source: 'position', service: null });
      },
      (error) => setState({ status: 'failed', message: reason(error) }),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  return (
    <div className="np-stack-sm">
      <Button type="button" variant="secondary" onClick={ask} loading={state.status === 'asking'}>
        {state.status === 'asking' ? 'Finner posisjonen din …' : 'Bruk posisjonen min'}
      </Button>
      {state.status === 'failed' && (
        <Paragraph role="alert" data-size="sm">
          {state.message}
        </Paragraph>
      )}
    </div>
  );
}
