const MINUTES = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

/** A distribution bin in words: "0–5 min", "5–10 min", "over 120 min" (the last bin is open). */
export function binLabel(bin: { fromMinutes: number; toMinutes: number | null }): string {
  if (bin.toMinutes === null) return `over ${MINUTES.format(bin.fromMinutes)}\u00a0min`;
  return `${MINUTES.format(bin.fromMinutes)}–${MINUTES.format(bin.toMinutes)}\u00a0min`;
}
