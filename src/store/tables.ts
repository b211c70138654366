/**
 * The database as kysely sees it: one interface per table, column names as in SQL. Both adapters
 * share it (and every query written against it). JSON columns are TEXT on both engines, never
 * PostgreSQL jsonb, because jsonb reorders object keys and the register gives attrs back as given.
 */
export interface ChangesTable {
  seq: number;
  id: string;
  effective: string;
  date_precision: string;
  recorded_at: string;
  entity: string;
  op_type: string;
  entity_id: string;
  /** The op without type/entity/id, as JSON: {"attrs": {…}} or {"successorIds": […]}. */
  payload: string;
  /** Decision as JSON, or NULL. */
  decision: string | null;
  /** Sources as a JSON array. */
  sources: string;
  certainty: string;
  note: string | null;
  supersedes: string | null;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface Tables {
  changes: ChangesTable;
  meta: MetaTable;
  schema_migrations: SchemaMigrationsTable;
}
