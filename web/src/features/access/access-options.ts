import type { AccessOptions } from '../../api/access-endpoints.js';

/**
 * The accessibility page's options in its address (?terskel=45&mal=90), so a view can be shared.
 * Only the listed choices are accepted: anything else in the URL falls back to the API's defaults
 * rather than asking the server for a report nobody offered.
 */

const THRESHOLD_PARAM = 'terskel';
const TARGET_PARAM = 'mal';
const SERVICE_PARAM = 'tjeneste';

/** What the nearest office must offer: every open office, or a pass- og ID-kontor (the Storting's 2018 yardstick). */
export const SERVICE_CHOICES = [
  { value: '', label: 'Alle åpne tjenestesteder' },
  { value: 'pass-id', label: 'Pass- og ID-kontor' },
] as const;

/** Minutes to the nearest office that count as "within reach". */
export const THRESHOLD_CHOICES = [15, 30, 45, 60] as const;
/** The share of a district's population that should be within reach, in percent. */
export const TARGET_CHOICES = [80, 85, 90, 95, 99] as const;

/** The API's defaults (docs/api.md: threshold 45, target 0.9). */
const DEFAULT_THRESHOLD = 45;
const DEFAULT_TARGET_PERCENT = 90;

function choice(raw: string | null, choices: readonly number[], fallback: number): number {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  const value = Number(raw);
  return choices.includes(value) ? value : fallback;
}

/** The options named by the URL's parameters (defaults where absent or not offered). */
export function accessOptionsFrom(params: URLSearchParams): AccessOptions {
  return {
    thresholdMinutes: choice(params.get(THRESHOLD_PARAM), THRESHOLD_CHOICES, DEFAULT_THRESHOLD),
    targetShare: choice(params.get(TARGET_PARAM), TARGET_CHOICES, DEFAULT_TARGET_PERCENT) / 100,
    ...(params.get(SERVICE_PARAM) === 'pass-id' ? { service: 'pass-id' as const } : {}),
  };
}

/** `params` with the options set (the defaults left out, so the plain address stays plain). */
export function withAccessOptions(params: URLSearchParams, options: AccessOptions): URLSearchParams {
  const next = new URLSearchParams(params);
  const percent = Math.round(options.targetShare * 100);
  if (options.thresholdMinutes === DEFAULT_THRESHOLD) next.delete(THRESHOLD_PARAM);
  else next.set(THRESHOLD_PARAM, String(options.thresholdMinutes));
  if (percent === DEFAULT_TARGET_PERCENT) next.delete(TARGET_PARAM);
  else next.set(TARGET_PARAM, String(percent));
  if (options.service) next.set(SERVICE_PARAM, options.service);
  else next.delete(SERVICE_PARAM);
  return next;
}
