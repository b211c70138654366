import { userInfo } from 'node:os';
import pg from 'pg';
import type { LocateIndex } from '../src/geo/locate-index.js';

const SKIP_NO_POSTGIS = 'skipped: PostGIS not installed (apt-get install -y postgresql-15-postgis-3)';

/**
 * Loads the index's polygon parts into a GiST-indexed table in a scratch schema and times one
 * client sending prepared `ST_Intersects` point queries one after another, with the same rule as
 * locate (closed polygons; the first part in part order wins). Prints queries/s, the ratio to the
 * in-process rate, and whether the answers agree. Leaves nothing behind.
 */
export async function postgisLocateBench(
  ix: LocateIndex,
  points: Float64Array,
  count: number,
  inProcessPerSecond: number,
  inProcessAnswers: Int32Array,
): Promise<void> {
  const url = process.env.DATABASE_URL ?? 'postgres://127.0.0.1:5432/test';
  const shown = url.replace(/\/\/[^@/]*@/, '//…@');
  // Like libpq (psql), default the user to the OS account when neither the URL nor PGUSER names one
  // (pg would send none: its parsed connection string overrides a separate `user`).
  const u = new URL(url);
  const client = new pg.Client(
    u.username
      ? { connectionString: url }
      : { host: u.hostname, port: Number(u.port || 5432), database: decodeURIComponent(u.pathname.slice(1)), user: process.env.PGUSER || userInfo().username },
  );
  try {
    await client.connect();
  } catch (e) {
    console.log(`skipped: PostgreSQL not reachable at ${shown} (${(e as Error).message})`);
    return;
  }
  const schema = client.escapeIdentifier(`bench_locate_${process.pid}`); // identifiers cannot be bind parameters
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.query(`SET search_path TO ${schema}, public`);
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS postgis');
    } catch (e) {
      const message = (e as Error).message;
      // The server says: extension "postgis" is not available (older ones: could not open … postgis.control).
      console.log(/postgis\.control|extension "postgis" is not available/i.test(message) ? SKIP_NO_POSTGIS : `skipped: ${message}`);
      return;
    }
    const version = await client.query<{ v: string }>('SELECT postgis_lib_version() AS v');
    await client.query('CREATE TEMP TABLE locate_parts (part int PRIMARY KEY, municipality int NOT NULL, geom geometry(Polygon, 4326) NOT NULL)');
    const parts = ix.parts;
    const t0 = process.hrtime.bigint();
    const BATCH = 200;
    for (let start = 0; start < parts.partCount; start += BATCH) {
      const rows = [];
      for (let p = start; p < Math.min(parts.partCount, start + BATCH); p++) {
        rows.push({ p, m: parts.owner[p], g: JSON.stringify({ type: 'Polygon', coordinates: parts.rings[p] }) });
      }
      await client.query(
        `INSERT INTO locate_parts SELECT (r->>'p')::int, (r->>'m')::int, ST_SetSRID(ST_GeomFromGeoJSON(r->>'g'), 4326)
           FROM jsonb_array_elements($1::jsonb) AS r`,
        [JSON.stringify(rows)],
      );
    }
    await client.query('CREATE INDEX ON locate_parts USING gist (geom)');
    await client.query('ANALYZE locate_parts');
    const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;

    const query = {
      name: 'locate_point',
      text: `SELECT municipality FROM locate_parts
              WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326)) ORDER BY part LIMIT 1`,
    };
    const ask = async (i: number) => {
      const r = await client.query<{ municipality: number }>({ ...query, values: [points[2 * i + 1], points[2 * i]] });
      return r.rows[0]?.municipality ?? -1;
    };
    for (let i = 0; i < 200; i++) await ask(i); // warm the plan and the cache
    let differ = 0;
    const t1 = process.hrtime.bigint();
    for (let i = 0; i < count; i++) if ((await ask(i)) !== inProcessAnswers[i]) differ++;
    const seconds = Number(process.hrtime.bigint() - t1) / 1e9;
    const perSecond = count / seconds;
    console.log(`PostGIS ${version.rows[0]?.v}: loaded ${parts.partCount} parts + GiST in ${loadMs.toFixed(0)} ms`);
    console.log(
      `${count.toLocaleString('en-US')} queries: ${Math.round(perSecond).toLocaleString('en-US')} queries/s ` +
        `(${((1e6 * seconds) / count).toFixed(0)} µs each); in-process grid index is ${Math.round(inProcessPerSecond / perSecond).toLocaleString('en-US')}× faster; ` +
        `answers differing from the index: ${differ}`,
    );
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await client.end();
  }
}
