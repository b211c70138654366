import { Component, Suspense, lazy, type ReactNode } from 'react';
import { Loading } from './loading.js';

/**
 * The maps live in their own chunks (Leaflet and its CSS are loaded when a map is shown, not with
 * the front page's first script). Each map also has a table or list with the same content, so a
 * map that fails to load costs nothing but the picture.
 */
export const DistrictsMap = lazy(() => import('../map/districts-map.js').then((m) => ({ default: m.DistrictsMap })));
export const DistrictMap = lazy(() => import('../map/district-map.js').then((m) => ({ default: m.DistrictMap })));
export const PlaceMap = lazy(() => import('../map/place-map.js').then((m) => ({ default: m.PlaceMap })));
export const DiffMap = lazy(() => import('../map/diff-map.js').then((m) => ({ default: m.DiffMap })));

class MapErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return <p role="status">Kartet kunne ikke vises. Tabellen og listene på siden har det samme innholdet.</p>;
    }
    return this.props.children;
  }
}

/** Suspense and an error boundary around a lazily loaded map. */
export function MapSlot({ children }: { children: ReactNode }) {
  return (
    <MapErrorBoundary>
      <Suspense fallback={<Loading label="Laster kartet …" />}>{children}</Suspense>
    </MapErrorBoundary>
  );
}
