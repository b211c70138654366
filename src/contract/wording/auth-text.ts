import type { DomainError } from '../../domain/errors.js';

/**
 * Norwegian one-liners for the account errors (store.*-user, auth.*), for the CLI and the API; null
 * for codes that are not about accounts.
 */
export function authErrorNb(e: DomainError): string | null {
  const d = e.details;
  switch (e.code) {
    case 'store.duplicate-user':
      return `det finnes allerede en bruker som heter «${String(d['name'])}»`;
    case 'store.user-not-found':
    case 'auth.unknown-user':
      return `det finnes ingen bruker som heter «${String(d['name'] ?? d['id'])}» (se «naerpoliti user list»)`;
    case 'auth.user-disabled':
      return `brukeren «${String(d['name'])}» er deaktivert`;
    case 'auth.expiry-past':
      return `utløpstidspunktet ${String(d['expiresAt'])} er allerede passert`;
    case 'auth.weak-password':
      return `passordet må ha ${String(d['min'])}–${String(d['max'])} tegn`;
    case 'store.invalid-user':
      switch (d['field']) {
        case 'name':
          return 'brukernavnet må ha 1–64 tegn (bokstaver, sifre og . _ - @) og begynne med en bokstav eller et siffer';
        case 'roles':
          return 'oppgi én eller flere roller: planner, municipality, decider, administrator (hver bare én gang)';
        case 'districtId':
          return 'distriktet må være et distrikt-id som «vest» (se «naerpoliti structure»)';
        case 'municipalityNumber':
          return 'en kommunes representant må ha nøyaktig ett kommunenummer (--municipality 4 sifre), og bare den rollen har et';
        default:
          return `ugyldig bruker: ${e.message}`;
      }
    default:
      return null;
  }
}
