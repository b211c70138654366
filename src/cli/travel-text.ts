import { InvalidArgumentError } from 'commander';
import { TRAVEL_MODES, type TravelMode } from '../contract/accessibility-options.js';
import type { AccessibilityReport } from '../contract/accessibility-report.js';
import { SERVICE_KINDS, type ServiceKind } from '../domain/entities.js';

/** The travel model options the analysis commands share, and what their text output says about the model. */

export function travelOption(value: string): TravelMode {
  const mode = TRAVEL_MODES.find((m) => m === value);
  if (!mode) throw new InvalidArgumentError(`reisemodellen må være ${TRAVEL_MODES.map((m) => `«${m}»`).join(' eller ')}, ikke «${value}»`);
  return mode;
}

export const TRAVEL_OPTION_HELP = 'reisetid: «road» (kjøretid på vegnettet, standard når det finnes) eller «estimated» (luftlinje × omveisfaktor)';

export function serviceOption(value: string): ServiceKind {
  const kind = SERVICE_KINDS.find((k) => k === value);
  if (!kind) throw new InvalidArgumentError(`tjenesten må være en av ${SERVICE_KINDS.map((k) => `«${k}»`).join(', ')}, ikke «${value}»`);
  return kind;
}

export const SERVICE_LABELS: Readonly<Record<ServiceKind, string>> = { 'pass-id': 'pass- og ID-kontor', ekspedisjon: 'tjenestested med ekspedisjon' };

type ModelInfo = AccessibilityReport['travelModel'];

/** Lines after a report: the data's credit and the points the road model could not route. */
export function travelModelNotes(model: ModelInfo): string[] {
  const lines: string[] = [];
  if (model.terms) lines.push(`Vegdata: ${model.source ?? ''} – ${model.terms}`);
  const unrouted = model.unrouted ?? [];
  if (unrouted.length > 0) {
    const origins = unrouted.filter((u) => u.role === 'origin');
    const sites = unrouted.filter((u) => u.role === 'destination');
    const noRoad = origins.filter((u) => u.reason === 'no-road-nearby').length;
    const parts = [
      origins.length > 0 ? `${origins.length} befolkningspunkter (${noRoad} uten veg i nærheten, ${origins.length - noRoad} på vegnett uten forbindelse i dataene)` : '',
      sites.length > 0 ? `${sites.length} tjenestesteder (${sites.map((s) => s.id).slice(0, 10).join(', ')})` : '',
    ].filter((p) => p !== '');
    lines.push(`Uten vegforbindelse i nettet: ${parts.join(' og ')}; for dem er reisetiden beregnet (${unrouted[0]!.fallbackModel}), ikke kjørt.`);
  }
  return lines;
}
