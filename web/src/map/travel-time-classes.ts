/**
 * Colour classes for a map of travel time. The edges are thirds of the chosen threshold (15, 30,
 * 45, 60 for 45 minutes), so the threshold itself is always an edge: everything darker than the
 * third class is beyond it. Light to dark = near to far (ColorBrewer YlOrRd, 5 classes, which
 * reads in greyscale and for the common colour-vision deficiencies). The legend names every class
 * in words, and the municipality table has the same figures.
 */

export interface TravelTimeClass {
  /** Inclusive upper edge in minutes; null for the last, open class. */
  toMinutes: number | null;
  fromMinutes: number;
  fill: string;
  label: string;
}

const FILLS = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'] as const;

/** Municipalities without inhabitants have no travel time. */
export const NO_POPULATION_FILL = '#d9d9d9';
export const NO_POPULATION_LABEL = 'Ingen innbyggere';

const MINUTES = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

export function travelTimeClasses(thresholdMinutes: number): TravelTimeClass[] {
  const step = thresholdMinutes / 3;
  const edges = [1, 2, 3, 4].map((k) => Math.round(step * k * 10) / 10);
  return FILLS.map((fill, i) => {
    const from = i === 0 ? 0 : (edges[i - 1] ?? 0);
    const to = edges[i] ?? null;
    const label =
      i === 0 ? `Høyst ${MINUTES.format(to ?? 0)} min` : to === null ? `Over ${MINUTES.format(from)} min` : `${MINUTES.format(from)}–${MINUTES.format(to)} min`;
    return { fromMinutes: from, toMinutes: to, fill, label };
  });
}

/** The class a mean travel time falls in (a class holds (from, to], the first also 0), or null for no time. */
export function classOf(classes: readonly TravelTimeClass[], minutes: number | null): TravelTimeClass | null {
  if (minutes === null) return null;
  return classes.find((c) => c.toMinutes === null || minutes <= c.toMinutes) ?? null;
}
