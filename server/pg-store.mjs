/**
 * The PostgreSQL store, used when `DATABASE_URL` is set: any number of
 * receiver processes (behind a load balancer) store each idea once.
 *
 * - One row per idea; the idempotency key is the primary key, of type `uuid`
 *   (so `ABC…` and `abc…` are the same key). `INSERT … ON CONFLICT DO NOTHING
 *   RETURNING` answers no row on a repeat; then the first row is read and its
 *   answer given again.
 * - The schema is created and migrated at start-up, versioned in
 *   `quartier_migrations`, under an advisory lock, so instances starting
 *   together do not race.
 * - An idle client's error (the database restarts) is logged, not fatal
 *   (`pool.on('error')`); every query has a deadline (`timeoutMs`), and the
 *   receiver answers 503 with `Retry-After` when the database is slow or down.
 * - TLS: `?sslmode=verify-full&sslrootcert=/etc/ssl/certs/city-ca.pem` in the
 *   URL (see docs/receiver.md).
 */
import pg from 'pg';
import { newReference } from './reference.mjs';
import { matcher } from './store.mjs';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Any fixed number: the advisory lock under which migrations run. */
const MIGRATION_LOCK = 4_217_001_017;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Schema versions, in order; each runs once, in a transaction. Never edit one that shipped. */
export const MIGRATIONS = [
  `CREATE TABLE quartier_ideas (
     key uuid PRIMARY KEY,
     reference text NOT NULL UNIQUE,
     received_at timestamptz NOT NULL,
     email text,
     record jsonb NOT NULL
   );
   CREATE INDEX quartier_ideas_received_at ON quartier_ideas (received_at);
   CREATE INDEX quartier_ideas_email ON quartier_ideas (email);
   CREATE TABLE quartier_settings (name text PRIMARY KEY, value text NOT NULL);`,
];

const emailOf = (record) => record.contact?.email?.trim().toLowerCase() || null;

export class PgStore {
  /**
   * @param {string} url `postgres://user:password@host:5432/database?sslmode=…`
   * @param {{retentionDays?: number, now?: () => Date, log?: (event: string, fields?: object) => void,
   *   timeoutMs?: number, max?: number}} [options]
   */
  constructor(url, options = {}) {
    this.kind = 'postgres';
    this.url = url;
    this.retentionDays = options.retentionDays ?? 180;
    this.now = options.now ?? (() => new Date());
    this.log = options.log ?? (() => undefined);
    const timeout = options.timeoutMs ?? 5000;
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.max ?? 10,
      connectionTimeoutMillis: timeout,
      query_timeout: timeout,
      statement_timeout: timeout,
      idleTimeoutMillis: 30_000,
      application_name: 'quartier-receiver',
    });
    // Without this, an idle client's error (a database restart) ends the process.
    this.pool.on('error', (error) => this.log('database-error', { code: error.code ?? 'unknown' }));
  }

  /** Where the store is, for logs: host and database, never the password. */
  describe() {
    try {
      const url = new URL(this.url);
      return `postgres://${url.hostname}:${url.port || 5432}${url.pathname}`;
    } catch {
      return 'postgres';
    }
  }

  /** Creates or migrates the schema (under an advisory lock), then applies the retention period. */
  async open() {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      try {
        await client.query(
          `CREATE TABLE IF NOT EXISTS quartier_migrations (
             version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
        );
        const { rows } = await client.query(
          'SELECT coalesce(max(version), 0) AS version FROM quartier_migrations',
        );
        for (let version = rows[0].version + 1; version <= MIGRATIONS.length; version++) {
          await client.query('BEGIN');
          try {
            await client.query(MIGRATIONS[version - 1]);
            await client.query('INSERT INTO quartier_migrations (version) VALUES ($1)', [version]);
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          }
          this.log('migrated', { version });
        }
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      }
    } finally {
      client.release();
    }
    await this.purgeExpired();
    return this;
  }

  async find(id) {
    if (!UUID.test(String(id))) return undefined;
    const { rows } = await this.pool.query(
      'SELECT key::text AS id, reference FROM quartier_ideas WHERE key = $1',
      [id],
    );
    return rows[0];
  }

  /**
   * Stores a record once per id; on a repeat, the first answer (`created: false`).
   * @returns {Promise<{id: string, reference: string, created: boolean}>}
   */
  async insert(record) {
    for (let tries = 0; tries < 3; tries++) {
      let rows;
      try {
        ({ rows } = await this.pool.query(
          `INSERT INTO quartier_ideas (key, reference, received_at, email, record)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (key) DO NOTHING
           RETURNING key::text AS id, reference`,
          [record.id, record.reference, record.receivedAt, emailOf(record), record],
        ));
      } catch (error) {
        // Two ideas drew the same reference number (rare): draw again.
        if (error.code === '23505' && error.constraint === 'quartier_ideas_reference_key') {
          record = { ...record, reference: newReference(new Date(record.receivedAt)) };
          continue;
        }
        throw error;
      }
      if (rows.length > 0) return { ...rows[0], created: true };
      const first = await this.find(record.id);
      // Deleted between the two statements: try again.
      if (first) return { ...first, created: false };
    }
    throw new Error('could not store the idea');
  }

  /** Turns a selection into SQL (email and reference case-insensitive). */
  where(by) {
    const parts = [];
    const values = [];
    if (by.email?.trim()) {
      values.push(by.email.trim().toLowerCase());
      parts.push(`email = $${values.length}`);
    }
    if (by.reference?.trim()) {
      values.push(by.reference.trim().toUpperCase());
      parts.push(`upper(reference) = $${values.length}`);
    }
    if (by.id?.trim() && UUID.test(by.id.trim())) {
      values.push(by.id.trim());
      parts.push(`key = $${values.length}`);
    }
    return { sql: parts.length > 0 ? parts.join(' OR ') : 'false', values };
  }

  async select(by) {
    const { sql, values } = this.where(by);
    const { rows } = await this.pool.query(
      `SELECT record FROM quartier_ideas WHERE ${sql} ORDER BY received_at, key`,
      values,
    );
    return rows.map((row) => row.record).filter(matcher(by));
  }

  async remove(by) {
    const { sql, values } = this.where(by);
    const { rows } = await this.pool.query(
      `DELETE FROM quartier_ideas WHERE ${sql} RETURNING record`,
      values,
    );
    return rows.map((row) => row.record);
  }

  async delete(idOrReference) {
    return this.remove({ id: idOrReference, reference: idOrReference });
  }

  async purgeExpired() {
    if (!(this.retentionDays > 0)) return [];
    const oldest = new Date(this.now().getTime() - this.retentionDays * DAY_MS);
    const { rows } = await this.pool.query(
      'DELETE FROM quartier_ideas WHERE received_at < $1 RETURNING record',
      [oldest],
    );
    return rows.map((row) => row.record);
  }

  async all() {
    const { rows } = await this.pool.query(
      'SELECT record FROM quartier_ideas ORDER BY received_at, key',
    );
    return rows.map((row) => row.record);
  }

  /** The key of the honeypot's answers, shared by every instance. */
  async secret() {
    if (!this.secretValue) {
      const { randomBytes } = await import('node:crypto');
      await this.pool.query(
        `INSERT INTO quartier_settings (name, value) VALUES ('honeypot-secret', $1)
         ON CONFLICT (name) DO NOTHING`,
        [randomBytes(32).toString('hex')],
      );
      const { rows } = await this.pool.query(
        "SELECT value FROM quartier_settings WHERE name = 'honeypot-secret'",
      );
      this.secretValue = Buffer.from(rows[0].value, 'hex');
    }
    return this.secretValue;
  }

  async check() {
    await this.pool.query('SELECT 1');
  }

  async close() {
    await this.pool.end();
  }
}

export function isUuid(text) {
  return UUID.test(String(text));
}
