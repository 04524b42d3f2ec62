/**
 * The file store (the embedded default): accepted ideas as NDJSON, one JSON
 * object per line, appended and flushed to disk (fsync) before the receiver
 * answers 201, so an acknowledged idea survives a crash or a power cut.
 *
 * A crash in the middle of a write can leave half a line at the end of the
 * file. That idea was never acknowledged (the browser retries it with the same
 * key), so the half line is cut off before the next write: the file stays
 * valid NDJSON. Deleting (DSGVO Art. 17) and the retention period rewrite the
 * file into a temporary one and rename it over the old, which is atomic.
 *
 * Personal data: the folder is created 0700, every file in it 0600.
 *
 * One server process per file: `<file>.pid` names the serving process (its
 * PID and start time); another server refuses to start while that process
 * lives. Writers in other processes (the office's commands beside a running
 * server) take turns through `<file>.lock`. Both files are written whole
 * before they appear (hard link of a finished temporary file), so an empty or
 * unreadable one is always left over, and one naming a process that is gone,
 * or a PID now used by another process (start time differs), is taken over at
 * once.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { chmod, link, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A lock held this long by a process we cannot see (another machine) is taken over. */
const LOCK_STALE_MS = 10_000;
const LOCK_TIMEOUT_MS = 15_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @typedef {object} StoredIdea
 * @property {string} id
 * @property {string} reference
 * @property {string} receivedAt ISO time
 */

/** The start time of a process (Linux: /proc/<pid>/stat, field 22), or null where unknown. */
export function processStart(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

const me = () => ({ pid: process.pid, start: processStart(process.pid) });

/** Whether the holder written into a lock or PID file is a live process, and the same one. */
export function holderAlive(text) {
  let holder;
  try {
    holder = JSON.parse(text);
  } catch {
    return false;
  }
  if (!holder || typeof holder !== 'object' || !Number.isInteger(holder.pid) || holder.pid <= 0)
    return false;
  if (!('start' in holder)) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if (error.code === 'ESRCH') return false;
  }
  const start = processStart(holder.pid);
  // Where start times are known, a PID used by another process since is not the holder.
  return start === null || holder.start === null || start === holder.start;
}

/** Creates `path` holding `content`, atomically and only if it does not exist (EEXIST otherwise). */
async function createWhole(path, content) {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, content, { mode: 0o600 });
  try {
    await link(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

/**
 * Runs `work` while holding `<file>.lock`, so that two processes never write at once.
 *
 * @template T
 * @param {string} file
 * @param {() => Promise<T>} work
 * @returns {Promise<T>}
 */
export async function withFileLock(file, work) {
  const lock = `${file}.lock`;
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  const content = JSON.stringify(me());
  for (;;) {
    try {
      await createWhole(lock, content);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const text = await readFile(lock, 'utf8').catch(() => null);
      if (text === null) continue;
      const age = await stat(lock).then(
        (info) => Date.now() - info.mtimeMs,
        () => 0,
      );
      if (age > LOCK_STALE_MS || !holderAlive(text)) {
        // Left over: taken over only if it is still the very file judged stale.
        if ((await readFile(lock, 'utf8').catch(() => null)) === text)
          await rm(lock, { force: true });
      } else if (Date.now() > deadline)
        throw new Error(`${lock} is held by another process`, { cause: error });
      else await sleep(5 + Math.random() * 15);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

/**
 * Cuts off an unfinished last line (left by a crash during a write).
 * @param {string} file
 * @returns {Promise<number>} bytes removed
 */
async function repairTail(file) {
  let handle;
  try {
    handle = await open(file, 'r+');
  } catch (error) {
    if (error.code === 'ENOENT') return 0;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return 0;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    if (last[0] === 0x0a) return 0;
    // Rare and small (one line): reading the whole file keeps this simple.
    const content = await handle.readFile();
    const keep = content.lastIndexOf(0x0a) + 1;
    await handle.truncate(keep);
    await handle.sync();
    return size - keep;
  } finally {
    await handle.close();
  }
}

/**
 * Every well-formed record of a data file; broken lines are counted, not fatal.
 * @param {string} file
 * @returns {Promise<{records: StoredIdea[], broken: number}>}
 */
export async function readRecords(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return { records: [], broken: 0 };
    throw error;
  }
  const records = [];
  let broken = 0;
  const lines = text.split('\n');
  // Only newline-terminated lines are complete: a crash may have left the last one half written.
  lines.pop();
  for (const line of lines) {
    if (line.trim() === '') continue;
    try {
      const record = JSON.parse(line);
      if (record && typeof record.id === 'string') records.push(record);
      else broken++;
    } catch {
      broken++;
    }
  }
  return { records, broken };
}

/** Makes the rename of a rewritten file durable, where the platform allows it. */
async function syncDirectory(file) {
  try {
    const handle = await open(dirname(file), 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot open a directory; the rename is still atomic there.
  }
}

/**
 * Which records a selection means: by e-mail (any case), by reference number
 * (any case) or by id. Without any, none.
 * @param {{email?: string, reference?: string, id?: string}} by
 */
export function matcher(by) {
  const email = by.email?.trim().toLowerCase();
  const reference = by.reference?.trim().toUpperCase();
  const id = by.id?.trim().toLowerCase();
  return (record) =>
    Boolean(
      (email && String(record.contact?.email ?? '').toLowerCase() === email) ||
      (reference && String(record.reference ?? '').toUpperCase() === reference) ||
      (id && String(record.id).toLowerCase() === id),
    );
}

/** Reads or creates a secret file (0600) beside the data. */
export async function secretFile(path) {
  try {
    await writeFile(path, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
  }
  return Buffer.from((await readFile(path, 'utf8')).trim(), 'hex');
}

/** A stable HMAC of `text` under `secret`. */
export const hmac = (secret, text) => createHmac('sha256', secret).update(text).digest();

export class FileStore {
  /**
   * @param {string} file the NDJSON data file
   * @param {{retentionDays?: number, now?: () => Date, log?: (event: string, fields?: object) => void, serve?: boolean}} [options]
   *   `serve`: this process answers the form (one per file); the office's commands leave it off.
   */
  constructor(file, options = {}) {
    this.kind = 'file';
    this.file = file;
    this.retentionDays = options.retentionDays ?? 180;
    this.now = options.now ?? (() => new Date());
    this.log = options.log ?? (() => undefined);
    this.serve = options.serve ?? false;
    /** @type {Map<string, {id: string, reference: string}>} answers by (lower-case) submission id */
    this.answers = new Map();
    /** Appends of this process, one after the other. */
    this.queue = Promise.resolve();
    this.pidFile = `${file}.pid`;
    this.releaseOnExit = () => this.releaseSync();
  }

  /** Where the store is, for logs (no personal data). */
  describe() {
    return this.file;
  }

  /** The folder (0700) exists; an existing data file is made 0600. */
  async prepare() {
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    await chmod(this.file, 0o600).catch((error) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /** Refuses when another live process serves this file; else names this process. */
  async claim() {
    const content = JSON.stringify(me());
    for (let tries = 0; tries < 50; tries++) {
      try {
        await createWhole(this.pidFile, content);
        process.on('exit', this.releaseOnExit);
        return;
      } catch (error) {
        if (error.code !== 'EEXIST') throw error;
      }
      const text = await readFile(this.pidFile, 'utf8').catch(() => null);
      if (text === null) continue;
      if (holderAlive(text)) {
        const { pid } = JSON.parse(text);
        if (pid === process.pid) {
          // This process again (a receiver made anew, as in the tests): it is ours.
          await writeFile(this.pidFile, content, { mode: 0o600 });
          process.on('exit', this.releaseOnExit);
          return;
        }
        throw new Error(
          `${this.file} is served by process ${pid}: the file store is for one process (see docs/receiver.md)`,
        );
      }
      if ((await readFile(this.pidFile, 'utf8').catch(() => null)) === text)
        await rm(this.pidFile, { force: true });
    }
    throw new Error(`could not claim ${this.pidFile}`);
  }

  releaseSync() {
    process.off('exit', this.releaseOnExit);
    try {
      const text = readFileSync(this.pidFile, 'utf8');
      if (JSON.parse(text).pid === process.pid) rmSync(this.pidFile, { force: true });
    } catch {
      // Gone already.
    }
  }

  /** Repairs a torn tail, applies the retention period and learns the ids already stored. */
  async open() {
    await this.prepare();
    if (this.serve) await this.claim();
    const cut = await withFileLock(this.file, () => repairTail(this.file));
    if (cut > 0) this.log('repaired', { bytes: cut });
    await this.purgeExpired();
    const { records, broken } = await readRecords(this.file);
    if (broken > 0) this.log('unreadable-lines', { count: broken });
    for (const record of records)
      this.answers.set(record.id.toLowerCase(), { id: record.id, reference: record.reference });
    return this;
  }

  /** The answer given for a submission id (any case), if it was stored. */
  async find(id) {
    return this.answers.get(String(id).toLowerCase());
  }

  /**
   * Appends one record and flushes it to disk before resolving.
   * @param {StoredIdea & Record<string, unknown>} record
   */
  append(record) {
    const line = `${JSON.stringify(record)}\n`;
    const run = this.queue.then(() =>
      withFileLock(this.file, async () => {
        // Another writer may have crashed mid-line since our last write.
        await repairTail(this.file);
        const handle = await open(this.file, 'a', 0o600);
        const { size } = await handle.stat();
        try {
          await handle.write(line);
          await handle.sync();
        } catch (error) {
          // A failed write (disk full) must not leave half a line behind.
          await handle.truncate(size).catch(() => undefined);
          throw error;
        } finally {
          await handle.close();
        }
      }),
    );
    // The next append waits for this one, whether it worked or not.
    this.queue = run.catch(() => undefined);
    return run.then(() => {
      this.answers.set(record.id.toLowerCase(), { id: record.id, reference: record.reference });
    });
  }

  /**
   * Stores a record once per id: `created` is false when the id was stored before
   * (then `id` and `reference` are the first ones).
   * @param {StoredIdea & Record<string, unknown>} record
   * @returns {Promise<{id: string, reference: string, created: boolean}>}
   */
  async insert(record) {
    const known = await this.find(record.id);
    if (known) return { ...known, created: false };
    await this.append(record);
    return { id: record.id, reference: record.reference, created: true };
  }

  /**
   * Keeps only the records `keep` accepts: written to a temporary file (0600), flushed, renamed over.
   * @param {(record: StoredIdea) => boolean} keep
   * @returns {Promise<StoredIdea[]>} the records removed
   */
  async rewrite(keep) {
    const removed = await withFileLock(this.file, async () => {
      await repairTail(this.file);
      const { records } = await readRecords(this.file);
      const kept = records.filter(keep);
      if (kept.length === records.length) return [];
      const temporary = `${this.file}.${process.pid}.tmp`;
      const handle = await open(temporary, 'w', 0o600);
      try {
        await handle.chmod(0o600);
        await handle.writeFile(kept.map((record) => `${JSON.stringify(record)}\n`).join(''));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, this.file);
      await syncDirectory(this.file);
      return records.filter((record) => !keep(record));
    });
    for (const record of removed) this.answers.delete(record.id.toLowerCase());
    return removed;
  }

  /** The records of one person: by e-mail, reference number or id. */
  async select(by) {
    return (await this.all()).filter(matcher(by));
  }

  /** Deletes the records of one person (DSGVO Art. 17); returns them. */
  async remove(by) {
    const match = matcher(by);
    return this.rewrite((record) => !match(record));
  }

  /** Deletes the idea with this id or reference number. */
  async delete(idOrReference) {
    return this.remove({ id: idOrReference, reference: idOrReference });
  }

  /** Deletes what is older than the retention period. */
  async purgeExpired() {
    if (!(this.retentionDays > 0)) return [];
    const oldest = this.now().getTime() - this.retentionDays * DAY_MS;
    return this.rewrite((record) => {
      const received = Date.parse(record.receivedAt);
      return Number.isNaN(received) || received >= oldest;
    });
  }

  /** Every stored idea, oldest first. */
  async all() {
    return (await readRecords(this.file)).records;
  }

  /** The key of the honeypot's answers, kept beside the data. */
  async secret() {
    this.secretValue ??= await secretFile(join(dirname(this.file), 'receiver.secret'));
    return this.secretValue;
  }

  /** Throws unless the data folder can be written. */
  async check() {
    const info = await stat(dirname(this.file));
    if (!info.isDirectory()) throw new Error('the data folder is gone');
    const probe = await open(this.file, 'a', 0o600);
    await probe.close();
  }

  async close() {
    await this.queue;
    if (this.serve) this.releaseSync();
  }
}

/** The old name. */
export { FileStore as IdeaStore };
