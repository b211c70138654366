import { lazy } from 'react';

/** The travel-time map in its own chunk with Leaflet (see components/lazy-map.tsx); wrap it in MapSlot. */
export const AccessMap = lazy(() => import('../../map/access-map.js').then((m) => ({ default: m.AccessMap })));
