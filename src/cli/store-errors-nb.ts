import type { DomainError } from '../domain/errors.js';
import { plural } from './wording.js';

/**
 * Norwegian for the store's and the exchange files' refusals (their own messages are English, for
 * logs and the API's details), or null to show the error's own message. Where the store only knows
 * the cause in the driver's words (PostgreSQL, SQLite, a parser), that part is quoted as it is.
 */
export function storeErrorNb(e: DomainError): string | null {
  const d = e.details;
  const text = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');
  const detail = () => e.message.replace(/^[^:]*: /, '');
  switch (e.code) {
    case 'store.unreachable':
      return `får ikke kontakt med PostgreSQL på ${text('description') || 'DATABASE_URL'}: ${text('reason') || detail()} (sjekk DATABASE_URL og at databasen kjører)`;
    case 'store.unreadable':
      return `kan ikke åpne databasefilen ${text('file')}: ${detail()} (er det en SQLite-database naerpoliti har laget?)`;
    case 'store.not-empty':
      return `registeret i ${text('description') || 'databasen'} har allerede ${plural(Number(d['count'] ?? 0), 'endring', 'endringer')}; importer bare til en tom database`;
    case 'store.schema-too-new':
      return `databasen er laget av en nyere eller annen versjon av naerpoliti (skjemaversjon ${String(d['version'] ?? 'ukjent')}); oppgrader naerpoliti før du åpner den`;
    case 'store.invalid-config':
      return `ugyldig databaseoppsett: ${e.message}`;
    case 'exchange.no-file':
      return `${text('dir')} inneholder verken changes.json eller changes.csv; ingenting å importere`;
    case 'exchange.ambiguous-directory':
      return `${text('dir')} inneholder både changes.json og changes.csv; fjern den ene så det er klart hvilken som skal importeres`;
    case 'exchange.invalid-file':
      return `filen ble avvist, ingenting er lagret: ${e.message}`;
    case 'store.invalid-change':
      return `endringen ble avvist, ingenting er lagret: ${e.message}`;
    case 'store.duplicate-change-id':
    case 'store.duplicate-seq':
      return `endringsloggen har samme id eller nummer to ganger, ingenting er lagret: ${e.message}`;
    default:
      return null;
  }
}
