import type { ReactNode, RefObject } from 'react';

export interface MapFigureProps {
  /** The map's accessible name, e.g. "Kart over politidistriktene per 1. juli 2018". */
  label: string;
  containerRef: RefObject<HTMLDivElement | null>;
  /** Where the equivalent table or list is, said under the map. */
  caption: ReactNode;
  legend?: ReactNode;
  size?: 'small' | 'normal' | 'tall';
  /** True while the map's data is still loading (aria-busy: assistive technology waits). */
  busy: boolean;
}

/**
 * A map in a figure: the Leaflet canvas (focusable: arrow keys pan, + and − zoom), its legend, and a
 * caption pointing to the table or list with the same content.
 */
export function MapFigure({ label, containerRef, caption, legend, size = 'normal', busy }: MapFigureProps) {
  const sizeClass = size === 'small' ? ' np-map__canvas--small' : size === 'tall' ? ' np-map__canvas--tall' : '';
  return (
    <figure className="np-map">
      <div ref={containerRef} className={`np-map__canvas${sizeClass}`} role="region" aria-label={label} aria-busy={busy} />
      {legend}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
