import type L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { createMap, type CreateMapOptions } from './create-map.js';

/**
 * Creates the Leaflet map on the container once it is mounted and removes it on unmount. Returns
 * the container ref and the map (null until created), so effects can add layers to it.
 */
export function useLeafletMap(options: CreateMapOptions = {}) {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [map, setMap] = useState<L.Map | null>(null);
  const interactive = options.interactive ?? true;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const created = createMap(container, { interactive });
    setMap(created);
    // Leaflet measures the container once; measure again when the layout settles (fonts, 375 px).
    const observer = new ResizeObserver(() => created.invalidateSize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      created.remove();
      setMap(null);
    };
  }, [interactive]);

  return { containerRef, map };
}
