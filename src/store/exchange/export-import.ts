import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecordedChange } from '../../domain/changes.js';
import { StoreError } from '../errors.js';
import type { ChangeLogStore } from '../store.js';
import { CHANGES_CSV_FILE, formatChangesCsv, parseChangesCsv } from './changes-csv.js';
import { CHANGES_JSON_FILE, formatChangesJson, parseChangesJson } from './changes-json.js';
import { invalidFile } from './exchange-error.js';

/** File I/O around the pure formats: which file a directory holds, reading and writing it whole. */

export type ExchangeFormat = 'json' | 'csv';

const EXCHANGE_FILES: Readonly<Record<ExchangeFormat, string>> = { json: CHANGES_JSON_FILE, csv: CHANGES_CSV_FILE };

export interface ExchangeResult {
  /** The path written or read. */
  readonly file: string;
  readonly format: ExchangeFormat;
  readonly count: number;
}

/** Writes the whole log to `<outDir>/changes.json` or `changes.csv` (the directory is created). */
export async function exportChanges(store: ChangeLogStore, options: { format: ExchangeFormat; outDir: string }): Promise<ExchangeResult> {
  const { format, outDir } = options;
  const changes = await store.listChanges();
  const text = format === 'json' ? formatChangesJson(changes) : formatChangesCsv(changes);
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, EXCHANGE_FILES[format]);
  // Written beside and renamed over, so a reader never sees half a file.
  const partial = `${file}.partial-${process.pid}`;
  try {
    await writeFile(partial, text, 'utf8');
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { file, format, count: changes.length };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads the log in `dir` (changes.json or changes.csv, exactly one of them) into an empty store, in
 * one transaction: the whole file is parsed and validated first, so a bad file writes nothing.
 */
export async function importDirectory(
  store: ChangeLogStore,
  dir: string,
  options: { check?: (all: readonly RecordedChange[]) => void; beforeWrite?: (file: string) => Promise<void> } = {},
): Promise<ExchangeResult> {
  const present: ExchangeFormat[] = [];
  for (const format of ['json', 'csv'] as const) if (await exists(join(dir, EXCHANGE_FILES[format]))) present.push(format);
  if (present.length === 0) {
    throw new StoreError('exchange.no-file', `${dir} holds neither ${CHANGES_JSON_FILE} nor ${CHANGES_CSV_FILE}; nothing to import`, { dir, files: [CHANGES_JSON_FILE, CHANGES_CSV_FILE] });
  }
  if (present.length > 1) {
    throw new StoreError(
      'exchange.ambiguous-directory',
      `${dir} holds both ${CHANGES_JSON_FILE} and ${CHANGES_CSV_FILE}; remove one so it is clear which to import`,
      { dir },
    );
  }
  const format = present[0]!;
  const file = join(dir, EXCHANGE_FILES[format]);

  const count = await store.countChanges();
  if (count > 0) {
    throw new StoreError('store.not-empty', `Cannot import ${file} into ${store.description}: it already holds ${count} change(s). Import only into an empty store.`, {
      count,
      description: store.description,
    });
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch (error) {
    if (error instanceof TypeError) throw invalidFile(file, null, 'is not valid UTF-8 text');
    throw error;
  }
  const changes = format === 'json' ? parseChangesJson(text, file) : parseChangesCsv(text, file);
  await options.beforeWrite?.(file);
  await store.importChanges(changes, options.check ? { check: options.check } : {});
  return { file, format, count: changes.length };
}
