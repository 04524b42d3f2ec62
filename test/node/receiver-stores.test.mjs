/**
 * The same contract on both stores (issue 17): the file store always, the
 * PostgreSQL store when DATABASE_URL is set (each run in a database of its own,
 * dropped afterwards). `.ci/run` sets DATABASE_URL and REQUIRE_POSTGRES=1: then
 * a missing database is a failure, not a skip.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createReceiver } from '../../server/receiver.mjs';
import { newIdea, postIdea, runAdmin, sleep, startReceiver } from '../server/receiver-process.mjs';

const DATABASE_URL = process.env.DATABASE_URL;
const DAY = 24 * 60 * 60 * 1000;

if (!DATABASE_URL) {
  if (process.env.REQUIRE_POSTGRES)
    test('PostgreSQL store', () => assert.fail('REQUIRE_POSTGRES is set but DATABASE_URL is not'));
  else
    console.log(
      '# PostgreSQL store tests skipped: DATABASE_URL is not set (.ci/run sets it; see docs/receiver.md)',
    );
}

/** A database of its own for this run: its URL, and a function that drops it. */
async function scratchDatabase() {
  const { default: pg } = await import('pg');
  const name = `quartier_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async query(sql, values) {
      const client = new pg.Client({ connectionString: url.href });
      await client.connect();
      try {
        return (await client.query(sql, values)).rows;
      } finally {
        await client.end();
      }
    },
    async drop() {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

const request = (idea, key = idea.id, client = '198.51.100.1') => ({
  headers: { 'idempotency-key': key },
  text: JSON.stringify(idea),
  client,
});

for (const kind of ['file', 'postgres']) {
  describe(`${kind} store`, { skip: kind === 'postgres' && !DATABASE_URL }, () => {
    let folder;
    let database;
    let count = 0;
    /** Options for a receiver on this store; each call a fresh place unless `shared`. */
    let place;

    before(async () => {
      folder = await mkdtemp(join(tmpdir(), `receiver-${kind}-`));
      if (kind === 'postgres') database = await scratchDatabase();
    });
    after(async () => {
      await rm(folder, { recursive: true, force: true });
      await database?.drop();
    });

    /** A fresh, empty storage: a new data file, or the database emptied. */
    async function freshPlace() {
      if (kind === 'file') return { dataFile: join(folder, `ideas-${++count}.ndjson`) };
      await database.query(
        'DROP TABLE IF EXISTS quartier_ideas, quartier_settings, quartier_migrations',
      );
      return { databaseUrl: database.url };
    }
    /** What the office's commands need to find the store. */
    const adminArgs = (where) =>
      kind === 'file'
        ? { args: ['--data', where.dataFile], env: { DATABASE_URL: '' } }
        : {
            args: ['--audit', join(folder, 'audit.ndjson')],
            env: { DATABASE_URL: where.databaseUrl },
          };

    test('stores once; a repeat, in any case, answers the first result', async () => {
      place = await freshPlace();
      const receiver = await createReceiver({ ...place, log: () => undefined });
      try {
        const idea = newIdea();
        const first = await receiver.accept(request(idea));
        assert.equal(first.status, 201);
        const upper = { ...idea, id: idea.id.toUpperCase() };
        const again = await Promise.all([
          receiver.accept(request(idea)),
          receiver.accept(request(upper)),
        ]);
        for (const answer of again) assert.deepEqual(answer.body, first.body);
        const all = await receiver.store.all();
        assert.equal(all.length, 1);
        assert.equal(all[0].id, idea.id);
        assert.equal(all[0].title, idea.title);
        assert.ok(await receiver.healthy());
      } finally {
        await receiver.close();
      }
    });

    test('the honeypot answers the same reference for a key, across receivers', async () => {
      place = await freshPlace();
      const bot = newIdea({ website: 'spam' });
      const one = await createReceiver({ ...place, serve: false, log: () => undefined });
      const two = await createReceiver({ ...place, serve: false, log: () => undefined });
      try {
        const a = await one.accept(request(bot));
        const b = await two.accept(request(bot));
        assert.equal(a.status, 201);
        assert.deepEqual(a.body, b.body);
        assert.equal((await one.store.all()).length, 0);
      } finally {
        await one.close();
        await two.close();
      }
    });

    test('the retention purge runs on its schedule, not only at start', async () => {
      place = await freshPlace();
      let now = Date.now();
      const receiver = await createReceiver({
        ...place,
        retentionDays: 180,
        purgeIntervalMs: 50,
        now: () => new Date(now),
        log: () => undefined,
      });
      try {
        assert.equal((await receiver.accept(request(newIdea()))).status, 201);
        await sleep(150);
        assert.equal((await receiver.store.all()).length, 1, 'kept within the period');
        now += 181 * DAY;
        const kept = newIdea({ title: 'Neu' });
        assert.equal((await receiver.accept(request(kept, kept.id, '198.51.100.2'))).status, 201);
        await sleep(200);
        assert.deepEqual(
          (await receiver.store.all()).map((record) => record.title),
          ['Neu'],
          'the scheduled run deleted the old idea',
        );
      } finally {
        await receiver.close();
      }
    });

    test('the office: find, export and delete by e-mail or reference; purge', async () => {
      place = await freshPlace();
      const receiver = await createReceiver({ ...place, log: () => undefined });
      let reference;
      try {
        await receiver.accept(
          request(newIdea({ title: 'Eins', contact: { email: 'A@Example.org' } })),
        );
        await receiver.accept(
          request(newIdea({ title: 'Zwei', contact: { email: 'b@example.org' } })),
        );
        reference = (await receiver.accept(request(newIdea({ title: 'Drei' })))).body.reference;
      } finally {
        await receiver.close();
      }
      const { args, env } = adminArgs(place);
      const found = await runAdmin(['find', '--email', 'a@EXAMPLE.org', ...args], { env });
      assert.equal(found.code, 0, found.stderr);
      assert.match(found.stdout, /Eins/);
      assert.doesNotMatch(found.stdout, /Zwei|Drei/);
      const exported = await runAdmin(['export', '--reference', reference.toLowerCase(), ...args], {
        env,
      });
      assert.deepEqual(
        JSON.parse(exported.stdout).map((record) => record.title),
        ['Drei'],
      );
      const all = await runAdmin(['export', ...args], { env });
      assert.equal(all.stdout.trimEnd().split('\r\n').length, 4);
      assert.equal(
        (await runAdmin(['delete', '--email', 'a@example.ORG', ...args], { env })).code,
        0,
      );
      assert.equal(
        (await runAdmin(['delete', '--reference', reference, ...args], { env })).code,
        0,
      );
      const purged = await runAdmin(['purge', '--retention-days', '180', ...args], { env });
      assert.match(purged.stdout, /Deleted 0/);
      const left = await runAdmin(['export', '--format', 'json', ...args], { env });
      assert.deepEqual(
        JSON.parse(left.stdout).map((record) => record.title),
        ['Zwei'],
      );
    });
  });
}

describe('postgres store only', { skip: !DATABASE_URL }, () => {
  let database;
  before(async () => {
    database = await scratchDatabase();
  });
  after(async () => {
    await database?.drop();
  });

  test('two receiver processes, the same keys at the same time: one record each, one answer', async () => {
    const env = { DATABASE_URL: database.url };
    const [a, b] = await Promise.all([
      startReceiver(['--rate-limit', '1000/60'], { env }),
      startReceiver(['--rate-limit', '1000/60'], { env }),
    ]);
    try {
      const ideas = Array.from({ length: 30 }, () => newIdea());
      const answers = await Promise.all(
        ideas.flatMap((idea, i) => [
          postIdea(a.url, idea),
          postIdea(b.url, i % 2 ? { ...idea, id: idea.id.toUpperCase() } : idea, {
            key: i % 2 ? idea.id.toUpperCase() : idea.id,
          }),
        ]),
      );
      for (let i = 0; i < ideas.length; i++) {
        const [first, second] = answers.slice(i * 2, i * 2 + 2);
        assert.equal(first.status, 201);
        assert.equal(second.status, 201);
        assert.deepEqual(first.body, second.body);
      }
      const rows = await database.query('SELECT key::text FROM quartier_ideas');
      assert.equal(rows.length, ideas.length);
      assert.equal((await fetch(`${a.base}/healthz`)).status, 200);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  test('migrations are versioned and idempotent when instances start together', async () => {
    const { PgStore } = await import('../../server/pg-store.mjs');
    const stores = Array.from({ length: 4 }, () => new PgStore(database.url));
    await Promise.all(stores.map((store) => store.open()));
    await Promise.all(stores.map((store) => store.close()));
    const versions = await database.query('SELECT version FROM quartier_migrations');
    assert.deepEqual(
      versions.map((row) => row.version),
      [1],
    );
  });

  test('a slow database is answered 503 with Retry-After; an idle client’s error is not fatal', async () => {
    const { default: pg } = await import('pg');
    const events = [];
    const receiver = await createReceiver({
      databaseUrl: database.url,
      databaseTimeoutMs: 500,
      log: (event, fields) => events.push({ event, ...fields }),
    });
    const blocker = new pg.Client({ connectionString: database.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE quartier_ideas IN ACCESS EXCLUSIVE MODE');
      const slow = await receiver.accept(request(newIdea()));
      assert.equal(slow.status, 503);
      assert.ok(Number(slow.headers['retry-after']) > 0);
      await blocker.query('ROLLBACK');
      // The database ends every other connection (as at a restart): the pool's idle clients error.
      await blocker.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      await sleep(200);
      assert.equal((await receiver.accept(request(newIdea()))).status, 201);
      assert.ok(await receiver.healthy());
    } finally {
      await blocker.end();
      await receiver.close();
    }
  });
});
