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

interface MetaTable {
  key: string;
  value: string;
}

interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

/** A planner's scenario (schema step 2); its proposals are rows of scenario_changes. */
export interface ScenariosTable {
  id: number;
  name: string;
  description: string;
  base_date: string;
  status: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  revision: number;
  /** The publication (decision, effective date, change ids) as JSON, or NULL until published. */
  publication: string | null;
}

/** One proposal of a scenario, at its position (from 1), as JSON. */
interface ScenarioChangesTable {
  scenario_id: number;
  position: number;
  payload: string;
}

/** Who did what to what, and when (schema step 2). */
export interface AuditTable {
  id: number;
  at: string;
  actor: string;
  action: string;
  /** What it was done to, e.g. "scenario:3". */
  subject: string;
  /** JSON. */
  detail: string;
  /** Schema step 3: the signed-in user, the client's address, the object's revision before and after. */
  user_id: number | null;
  client_address: string | null;
  before_revision: number | null;
  after_revision: number | null;
}

/** Schema step 3: who may sign in, and with which roles. */
export interface UsersTable {
  id: number;
  name: string;
  /** JSON array of role names. */
  roles: string;
  district_id: string | null;
  municipality_number: string | null;
  /** 0 or 1. */
  disabled: number;
  /** "scrypt$N$r$p$salt$hash" (base64url), or NULL: no password (tokens only). */
  password_hash: string | null;
  created_at: string;
}

/** A personal access token: only the SHA-256 of the secret is kept. */
interface AccessTokensTable {
  id: number;
  user_id: number;
  token_hash: string;
  created_at: string;
  expires_at: string | null;
}

/** A browser session: only the SHA-256 of the cookie's random id is kept. */
interface SessionsTable {
  id_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

/** An imported road network (schema step 3): the network itself as the project's road CSV text. */
export interface RoadNetworksTable {
  id: number;
  version: string;
  source: string;
  terms: string;
  /** `csv` or the GeoJSON profile it was read as (`geojson:osm`, `geojson:nvdb-ruteplan`). */
  format: string;
  file_name: string;
  imported_at: string;
  /** Counts as JSON: nodes, edges, ferry edges, components. */
  counts: string;
  nodes_csv: string;
  edges_csv: string;
}

export interface Tables {
  changes: ChangesTable;
  meta: MetaTable;
  schema_migrations: SchemaMigrationsTable;
  scenarios: ScenariosTable;
  scenario_changes: ScenarioChangesTable;
  audit: AuditTable;
  road_networks: RoadNetworksTable;
  users: UsersTable;
  access_tokens: AccessTokensTable;
  sessions: SessionsTable;
}
