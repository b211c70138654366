import { closeSync, openSync, readSync } from 'node:fs';
import { matrixCsvFormat, matrixFormatDeprecationNb } from '../shared/csv/travel-matrix-csv.js';

/** Why a file could not be read, in Norwegian; Node's own text is English and names syscalls. */
export function unreadableFileNb(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code === 'ENOENT') return 'filen finnes ikke';
  if (code === 'EACCES' || code === 'EPERM') return 'mangler tilgang til å lese filen';
  if (code === 'EISDIR') return 'dette er en mappe, ikke en fil';
  return `filen kan ikke leses (${code || 'ukjent feil'})`;
}

/** Enough of a file to hold its header row; a matrix header is a few dozen bytes. */
const HEADER_BYTES = 4096;

/**
 * The deprecation note for a travel-time matrix file written in the optimiser's old columns, or null.
 * Reads only the header; an unreadable file gives null here and its error where it is read in full.
 */
function matrixFormatNote(path: string): string | null {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(HEADER_BYTES);
    const n = readSync(fd, buffer, 0, HEADER_BYTES, 0);
    const head = buffer.subarray(0, n).toString('utf8');
    return matrixCsvFormat(head.slice(0, head.search(/\r|\n|$/))) === 'deprecated' ? matrixFormatDeprecationNb(path) : null;
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Prints the note to stderr (never stdout: --json output must stay one JSON document). */
export function warnIfDeprecatedMatrix(path: string | undefined): void {
  if (path === undefined) return;
  const note = matrixFormatNote(path);
  if (note !== null) console.error(`naerpoliti: merk: ${note}`);
}
