import { StoreError } from '../errors.js';

/**
 * A malformed exchange file: the message names the file, where in it (row and column for CSV; the
 * change and its JSON pointer for JSON) and why. `details` carries the same parts for the API/CLI.
 */
export function invalidFile(file: string, where: string | null, why: string, details: Record<string, unknown> = {}): StoreError {
  return new StoreError('exchange.invalid-file', where ? `${file}, ${where}: ${why}` : `${file}: ${why}`, { file, ...details });
}
