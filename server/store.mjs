/**
 * Accepted ideas as NDJSON: one JSON object per line, appended and flushed to
 * disk (fsync) before the receiver answers 201, so an acknowledged idea
 * survives a crash or a power cut.
 *
 * A crash in the middle of a write can leave half a line at the end of the
 * file. That idea was never acknowledged (the browser retries it with the same
 * key), so the half line is cut off before the next write: the file stays
 * valid NDJSON. Deleting (DSGVO Art. 17) and the retention period rewrite the
 * file into a temporary one and rename it over the old, which is atomic.
 *
 * Writers in other processes (the admin commands beside a running server)
 * take turns through a lock file next to the data file.
 */
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

const DAY_MS = 24 * 60 * 60 * 1000;
const LOCK_STALE_MS = 10_000;
const LOCK_TIMEOUT_MS = 15_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @typedef {object} StoredIdea
 * @property {string} id
 * @property {string} reference
 * @property {string} receivedAt ISO time
 */

/** Whether the process that wrote a lock is gone (so the lock is left over from a crash). */
async function lockHolderGone(lock) {
  const pid = Number(await readFile(lock, 'utf8').catch(() => ''));
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return error.code === 'ESRCH';
  }
}

/**
 * Runs `work` while holding `<file>.lock`, so that two processes never write at once.
 * The lock names its process: a lock whose process is gone (a crash) is taken
 * over at once, and any lock older than 10 s (a process on another machine) too.
 *
 * @template T
 * @param {string} file
 * @param {() => Promise<T>} work
 * @returns {Promise<T>}
 */
export async function withFileLock(file, work) {
  const lock = `${file}.lock`;
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      try {
        await handle.writeFile(String(process.pid));
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const age = await stat(lock).then(
        (info) => Date.now() - info.mtimeMs,
        () => 0,
      );
      if (age > LOCK_STALE_MS || (await lockHolderGone(lock))) await rm(lock, { force: true });
      else if (Date.now() > deadline)
        throw new Error(`${lock} is held by another process`, { cause: error });
      else await sleep(10 + Math.random() * 20);
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

export class IdeaStore {
  /**
   * @param {string} file the NDJSON data file
   * @param {{retentionDays?: number, now?: () => Date, log?: (message: string) => void}} [options]
   */
  constructor(file, options = {}) {
    this.file = file;
    this.retentionDays = options.retentionDays ?? 180;
    this.now = options.now ?? (() => new Date());
    this.log = options.log ?? ((message) => console.warn(message));
    /** @type {Map<string, {id: string, reference: string}>} answers by submission id */
    this.answers = new Map();
    /** Appends of this process, one after the other. */
    this.queue = Promise.resolve();
  }

  /** Repairs a torn tail, applies the retention period and learns the ids already stored. */
  async open() {
    await mkdir(dirname(this.file), { recursive: true });
    const cut = await withFileLock(this.file, () => repairTail(this.file));
    if (cut > 0)
      this.log(`idea receiver: removed ${cut} bytes of an unfinished write from ${this.file}`);
    await this.purgeExpired();
    const { records, broken } = await readRecords(this.file);
    if (broken > 0) this.log(`idea receiver: ${broken} unreadable lines in ${this.file}`);
    for (const record of records)
      this.answers.set(record.id, { id: record.id, reference: record.reference });
    return this;
  }

  /** The answer given for a submission id, if it was stored. */
  find(id) {
    return this.answers.get(id);
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
        const handle = await open(this.file, 'a');
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
      this.answers.set(record.id, { id: record.id, reference: record.reference });
    });
  }

  /**
   * Keeps only the records `keep` accepts: written to a temporary file, flushed, renamed over.
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
      const handle = await open(temporary, 'w');
      try {
        await handle.writeFile(kept.map((record) => `${JSON.stringify(record)}\n`).join(''));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, this.file);
      await syncDirectory(this.file);
      return records.filter((record) => !keep(record));
    });
    for (const record of removed) this.answers.delete(record.id);
    return removed;
  }

  /** Deletes the idea with this id or reference number (DSGVO Art. 17). */
  async delete(idOrReference) {
    const wanted = idOrReference.trim().toLowerCase();
    return this.rewrite(
      (record) =>
        record.id.toLowerCase() !== wanted && String(record.reference).toLowerCase() !== wanted,
    );
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
}
