const INTEGER = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const KM = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1, minimumFractionDigits: 0 });

/** "5 550 203" (Norwegian digit grouping with a non-breaking space). */
export function formatInteger(value: number): string {
  return INTEGER.format(value);
}

/** "12,4 km" below 100 km, "143 km" above. */
export function formatKm(km: number): string {
  return `${km < 100 ? KM.format(km) : INTEGER.format(km)} km`;
}
