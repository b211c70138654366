import { formatNumber } from './output.js';
import type { CriteriaReport } from '../contract/criteria-report.js';
import type { CriterionItem } from '../contract/criteria-report.js';
import type { CriterionResult } from '../contract/criteria-report.js';
import type { AccessibilityReport } from '../contract/accessibility-report.js';

export const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1).replace('.', ',')} %`);
export const minutes = (x: number | null) => (x === null ? '–' : x.toFixed(1).replace('.', ','));

const MAX_LISTED = 8;

/** The measured value of one item as the rule reads it. */
function itemValue(kind: string, i: CriterionItem): string {
  switch (kind) {
    case 'district-share-within':
      return `${i.name} ${pct(i.value)}`;
    case 'municipality-travel-time':
      return `${i.name} ${minutes(i.value)} min`;
    case 'district-min-offices':
      return `${i.name} ${i.value ?? 0}`;
    case 'municipality-served':
      return `${i.name} (${i.id})`;
    case 'population-per-office':
      return `${i.name} ${i.value === null ? 'uten tjenestested' : formatNumber(i.value)}`;
    default:
      return i.name;
  }
}

/** The headline number of a rule, in words. */
export function headlineNb(r: CriterionResult): string {
  switch (r.kind) {
    case 'district-share-within':
      return `laveste andel ${pct(r.value)}`;
    case 'municipality-travel-time':
      return `lengste ${minutes(r.value)} min`;
    case 'district-min-offices':
      return `færrest ${r.value ?? '–'} i et distrikt`;
    case 'municipality-served':
      return `${r.value ?? 0} kommuner ikke betjent`;
    case 'population-per-office':
      return `høyest ${r.value === null ? '–' : formatNumber(r.value)} innbyggere per tjenestested`;
    case 'min-total-offices':
      return `${r.value ?? 0} tjenestesteder`;
    default:
      return String(r.value);
  }
}

export function criteriaLines(report: CriteriaReport): string[] {
  const lines = [`Kriterier: ${report.ruleSet.label}`, `  ${report.passedCount} av ${report.rules.length} oppfylt`];
  for (const r of report.rules) {
    lines.push(`  [${r.passed ? 'OK' : 'IKKE OPPFYLT'}] ${r.label} – ${headlineNb(r)}${r.rule.source.official ? '' : ' (planleggingskrav)'}`);
    const failing = r.items.filter((i) => !i.passed);
    if (failing.length > 0) {
      const shown = failing.slice(0, MAX_LISTED).map((i) => itemValue(r.kind, i));
      lines.push(`      ${failing.length} av ${r.total} ikke oppfylt: ${shown.join('; ')}${failing.length > shown.length ? `; og ${failing.length - shown.length} til` : ''}`);
    }
  }
  return lines;
}

export function accessibilityLines(r: AccessibilityReport): string[] {
  const n = r.national;
  const lines = [
    `Tilgjengelighet – ${r.travelModel.label}${r.travelModel.estimated ? ' (beregnet, ikke målt)' : ''}`,
    `  Hele landet: ${formatNumber(n.withinThreshold)} av ${formatNumber(n.population)} (${pct(n.share)}) innen ${r.thresholdMinutes} min; snitt ${minutes(n.meanMinutes)} min, 90-persentil ${minutes(n.p90Minutes)}; ${n.offices} tjenestesteder`,
  ];
  for (const d of r.districts) {
    lines.push(`  ${d.name.padEnd(32)} ${pct(d.share).padStart(8)} innen ${r.thresholdMinutes} min, snitt ${minutes(d.meanMinutes).padStart(5)} min, ${String(d.offices).padStart(3)} tjenestesteder  ${d.meetsTarget ? '' : 'under målet'}`.trimEnd());
  }
  return lines;
}
