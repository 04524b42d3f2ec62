/**
 * `npm run bench` (last part): the idea receiver as a process on 127.0.0.1,
 * with 10 and 50 clients each sending new ideas one after the other
 * (keep-alive, as a form behind nginx does). Reports stored ideas per second
 * (201 answers, each stored before the answer) and the median and p99
 * latency, for the file store and, when DATABASE_URL is set, for PostgreSQL.
 *
 * Bounded: each round ends after BENCH_RECEIVER_SECONDS (default 5) or
 * BENCH_RECEIVER_MAX ideas (default 20,000), whichever comes first; a warm-up
 * of 100 ideas is not counted. The stored ideas are counted afterwards
 * (file store) and must equal the 201 answers. Results go to
 * bench-results/receiver.json; docs/benchmarks.md explains them.
 *
 *   node scripts/bench-receiver.mjs
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5433/postgres node scripts/bench-receiver.mjs
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

const SECONDS = Number(process.env.BENCH_RECEIVER_SECONDS ?? 5);
const MAX = Number(process.env.BENCH_RECEIVER_MAX ?? 20_000);
const WARM_UP = 100;
const CLIENTS = [10, 50];
const SERVER = 'server/server.mjs';

async function waitForPort(port, child) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => (socket.destroy(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the receiver did not start');
}

function ideaBody(id) {
  return JSON.stringify({
    id,
    title: 'Bänke am Stannebeinplatz',
    description: 'Am Stannebeinplatz fehlen Sitzgelegenheiten im Schatten. '.repeat(8),
    topic: 'inklusion',
    contact: { name: 'Aylin K.', email: 'aylin@example.org' },
    wantsReply: true,
    consent: true,
    lang: 'de',
    page: 'https://www.example.org/stadtteil/ideen',
    startedAt: new Date(Date.now() - 120_000).toISOString(),
  });
}

function post(port, agent) {
  const id = randomUUID();
  const body = ideaBody(id);
  const start = process.hrtime.bigint();
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/ideas',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': id,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - start) / 1e6 }),
        );
      },
    );
    req.on('error', () =>
      resolve({ status: 0, ms: Number(process.hrtime.bigint() - start) / 1e6 }),
    );
    req.end(body);
  });
}

const quantile = (sorted, q) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN;

/** One round: `clients` loops until the time or count is up. */
async function round(port, clients) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  for (let i = 0; i < WARM_UP; i += clients) {
    await Promise.all(Array.from({ length: clients }, () => post(port, agent)));
  }
  const latencies = [];
  const statuses = {};
  let started = 0;
  const start = Date.now();
  const deadline = start + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline && started < MAX) {
        started++;
        const { status, ms } = await post(port, agent);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 201) latencies.push(ms);
      }
    }),
  );
  const seconds = (Date.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    clients,
    stored: latencies.length,
    seconds: Number(seconds.toFixed(2)),
    perSecond: Math.round(latencies.length / seconds),
    p50: Number(quantile(latencies, 0.5).toFixed(1)),
    p99: Number(quantile(latencies, 0.99).toFixed(1)),
    statuses,
  };
}

async function bench(store) {
  const folder = await mkdtemp(join(tmpdir(), 'bench-receiver-'));
  const dataFile = join(folder, 'ideas.ndjson');
  const port = await freePort();
  const env = { ...process.env };
  if (store === 'file') delete env.DATABASE_URL;
  const child = spawn(
    process.execPath,
    [SERVER, '--port', String(port), '--data', dataFile, '--rate-limit', '100000000/60'],
    { stdio: ['ignore', 'ignore', 'ignore'], env },
  );
  try {
    await waitForPort(port, child);
    const rounds = [];
    for (const clients of CLIENTS) {
      const result = await round(port, clients);
      rounds.push(result);
      console.log(
        `${store.padEnd(10)} ${String(clients).padStart(2)} clients: ${result.perSecond} ideas/s, ` +
          `p50 ${result.p50} ms, p99 ${result.p99} ms (${result.stored} stored in ${result.seconds} s; ` +
          `answers ${JSON.stringify(result.statuses)})`,
      );
    }
    if (store === 'file') {
      const lines = (await readFile(dataFile, 'utf8')).split('\n').filter(Boolean).length;
      const acknowledged = rounds.reduce((sum, r) => sum + r.stored, 0);
      // The warm-up ideas are stored too.
      if (lines < acknowledged) {
        throw new Error(`${acknowledged} ideas acknowledged but ${lines} in the file`);
      }
    }
    return rounds;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => (child.kill('SIGKILL'), resolve()), 15_000);
      child.once('exit', () => (clearTimeout(timer), resolve()));
    });
    await rm(folder, { recursive: true, force: true });
  }
}

const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
  seconds: SECONDS,
  max: MAX,
  stores: {},
};
results.stores.file = await bench('file');
if (process.env.DATABASE_URL) {
  const help = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8' }).stdout;
  const source = await readFile(SERVER, 'utf8');
  if (/DATABASE_URL/.test(help + source)) results.stores.postgres = await bench('postgres');
  else console.log('postgres: skipped, this receiver has no PostgreSQL store yet');
} else {
  console.log('postgres: skipped (set DATABASE_URL=postgres://… to measure it)');
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/receiver.json', `${JSON.stringify(results, null, 2)}\n`);
