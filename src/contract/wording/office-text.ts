import type { DatePrecision } from '../../domain/changes.js';
import type { PositionPrecision, ServiceKind } from '../../domain/entities.js';
import { formatLongDate } from './dates.js';

/** Norwegian words for what an office offers and where it is, shared by the web app and the CLI. */

export const SERVICE_LABEL: Readonly<Record<ServiceKind, string>> = {
  ekspedisjon: 'Ekspedisjon (publikumsmottak)',
  'pass-id': 'Pass og nasjonalt ID-kort',
};

/** A date with how exact it is: "1. januar 2019", "januar 2019", "2019", "omkring 1. januar 2019". */
function formatDateWithPrecision(date: string, precision: DatePrecision): string {
  const long = formatLongDate(date);
  switch (precision) {
    case 'day':
    case 'on-or-before':
      return long;
    case 'month':
      return long.replace(/^\d+\.\s*/, '');
    case 'year':
      return date.slice(0, 4);
    case 'approximate':
      return `omkring ${long}`;
  }
}

export interface ServicePeriodWords {
  from: string;
  datePrecision: DatePrecision;
  startUnknown: boolean;
  to: string | null;
  toPrecision: DatePrecision | null;
}

/**
 * A service's period in prose: "fra 1. januar 2019", "fra ukjent dato (senest 1. januar 2015) til
 * 1. januar 2019". A start dated 'on-or-before' is where the register's knowledge begins, so it is
 * never told as the day the service began.
 */
export function servicePeriodText(p: ServicePeriodWords): string {
  const from = p.startUnknown ? `fra ukjent dato (senest ${formatLongDate(p.from)})` : `fra ${formatDateWithPrecision(p.from, p.datePrecision)}`;
  if (p.to === null) return from;
  return `${from} til ${formatDateWithPrecision(p.to, p.toPrecision ?? 'day')}`;
}

/** A postal place as written in prose: "TROMSØ" → "Tromsø", "MO I RANA" → "Mo i Rana". */
export function postalPlaceName(place: string): string {
  const small = new Set(['i', 'på', 'og']);
  return place
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

export interface AddressWords {
  street: string | null;
  postcode: string | null;
  postalPlace: string | null;
  precision: PositionPrecision;
}

/**
 * The visiting address as far as it is known, and a plain note when it is not the building's:
 * «Labyrinten 1, 9510 Alta» or «Bare stedet er kjent: Nesseby kommune» — never an invented street.
 */
export function visitingAddressText(a: AddressWords, municipalityName: string): { text: string; note: string | null } {
  const place = a.postcode ? `${a.postcode} ${a.postalPlace ? postalPlaceName(a.postalPlace) : ''}`.trim() : null;
  const parts = [a.street, place].filter((x): x is string => !!x);
  if (a.street && a.precision === 'address') return { text: parts.join(', '), note: null };
  if (a.street) return { text: parts.join(', '), note: 'Kartpunktet er omtrentlig (ikke selve bygningen).' };
  if (place) return { text: place, note: 'Gateadressen er ikke kjent i registeret; bare postnummeret er kjent.' };
  if (a.precision === 'municipality') return { text: `${municipalityName} kommune`, note: 'Adressen er ikke kjent i registeret; bare kommunen er kjent.' };
  return { text: `${municipalityName} kommune`, note: 'Adressen er ikke kjent i registeret; bare tettstedet er kjent, og kartpunktet er midt i tettstedet.' };
}
