/**
 * The store a receiver or an office command uses: PostgreSQL when
 * `DATABASE_URL` is set, else the file store. Both have the same methods:
 *
 *   open()                   create/migrate, repair, apply the retention period
 *   find(id)                 the first answer {id, reference} for a key (any case)
 *   insert(record)           store once: {id, reference, created}
 *   select(by), remove(by)   one person's records, by {email} / {reference} / {id}
 *   purgeExpired()           delete what is older than the retention period
 *   all()                    every record, oldest first
 *   secret()                 the honeypot's HMAC key, kept beside the data
 *   check()                  throws while the storage is unreachable (for /healthz)
 *   close()
 */
import { FileStore } from './store.mjs';

/**
 * @param {{dataFile?: string, databaseUrl?: string, retentionDays?: number, now?: () => Date,
 *   log?: (event: string, fields?: object) => void, serve?: boolean, timeoutMs?: number}} options
 */
export async function createStore(options) {
  if (options.databaseUrl) {
    const { PgStore } = await import('./pg-store.mjs');
    return new PgStore(options.databaseUrl, options);
  }
  return new FileStore(options.dataFile ?? '.data/ideas.ndjson', options);
}
