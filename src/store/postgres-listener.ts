import { createHash } from 'node:crypto';
import pg from 'pg';

/** Reconnecting waits this long at first, doubling up to MAX_RETRY_MS. */
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 10_000;
/**
 * A connection whose server vanished without closing it (a cut network) raises no event; LISTENing
 * again this often (a no-op for PostgreSQL) finds it within HEARTBEAT_MS + QUERY_TIMEOUT_MS.
 */
const HEARTBEAT_MS = 30_000;
const QUERY_TIMEOUT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The NOTIFY channel for a register kept in `schema`, so registers in other schemas of the same
 * database do not wake each other. Channel names are identifiers (at most 63 bytes): a schema name
 * that would not fit, or is not plain lower-case, is hashed.
 */
export function changeChannel(schema: string): string {
  const plain = `naerpoliti_changes_${schema}`;
  if (/^[a-z0-9_]+$/.test(schema) && plain.length <= 63) return plain;
  return `naerpoliti_changes_${createHash('sha256').update(schema).digest('hex').slice(0, 24)}`;
}

export interface ChangeListenerOptions {
  readonly connectionString: string;
  /** changeChannel(schema). */
  readonly channel: string;
  /** The payload this handle's own writes NOTIFY with, so it can skip them. */
  readonly ownId: string;
  /** For warnings ("postgres://host/db (schema s)"). */
  readonly description: string;
}

/**
 * One dedicated connection LISTENing on the register's channel for other handles' writes (the
 * writing transaction NOTIFYs, see postgres-store.ts), counting them: the count is the handle's
 * change token. Opened by the first `token()` call (a CLI command that never asks opens none).
 *
 * When the connection is lost it is opened again, waiting 0.1 s, 0.2 s, … up to 10 s between
 * attempts, and every successful LISTEN counts as a change too: what was committed while nobody
 * listened went unheard. Timers are unref'd and `close` ends everything, so no handle outlives the
 * store.
 */
export class ChangeListener {
  private generation = 0;
  private client: pg.Client | null = null;
  private first: Promise<void> | null = null;
  private connecting: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private retryMs = FIRST_RETRY_MS;
  private closed = false;
  /** One warning per outage, not one per failed attempt. */
  private down = false;

  constructor(private readonly options: ChangeListenerOptions) {}

  /** The number of changes heard (and reconnects); the first call waits for the first LISTEN (or its failure). */
  async token(): Promise<string> {
    this.first ??= this.connect();
    await this.first;
    return String(this.generation);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.stopHeartbeat();
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => {});
    await this.connecting;
  }

  private connect(): Promise<void> {
    this.connecting = this.attempt().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  /** One attempt to connect and LISTEN; never rejects (a failure schedules the next attempt). */
  private async attempt(): Promise<void> {
    if (this.closed) return;
    const { connectionString, ownId, channel } = this.options;
    const client = new pg.Client({
      connectionString,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      keepAlive: true,
      application_name: 'naerpoliti listener',
    });
    this.client = client;
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    client.on('notification', (message) => {
      if (message.channel === channel && message.payload !== ownId) this.generation++;
    });
    try {
      await client.connect();
      await client.query(`listen ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.client !== client) return; // closed (or lost) while connecting
    this.generation++;
    this.retryMs = FIRST_RETRY_MS;
    if (this.down) process.emitWarning(`${this.options.description}: listening for other processes' writes again`);
    this.down = false;
    this.heartbeat = setInterval(() => {
      client.query(`listen ${client.escapeIdentifier(channel)}`).catch((error: unknown) => this.lost(client, error));
    }, HEARTBEAT_MS).unref();
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.client !== client) return; // already handled, or closing
    this.client = null;
    this.stopHeartbeat();
    void client.end().catch(() => {});
    if (this.closed) return;
    if (!this.down) {
      const why = error instanceof Error ? error.message : 'the server closed it';
      process.emitWarning(`${this.options.description}: the connection listening for other processes' writes failed (${why}); answers may be stale until it is back, retrying`);
      this.down = true;
    }
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, this.retryMs).unref();
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }
}
