/**
 * The reference receiver inside the test runner's dev server, with faults a
 * real network has, so the form is tested against the real thing:
 *
 *   /api/ideas                          the receiver as `npm start` mounts it
 *   /api/ideas-test/<scenario>/<store>  one receiver (and data file) per store name
 *
 * Scenarios: `ok`; `flaky` (the first try answers 500 before the receiver
 * sees it); `lost-answer` (the first try is stored, but its answer is lost as
 * a 500); `down` (connections are dropped while the store is marked down;
 * marked at first use); `held` (tries wait until released); `always-500`;
 * `busy` (429 with `Retry-After: 120`); `limited` (1 idea per 2 s per client);
 * `small` (300-byte body cap); `strict` (site rules: no "Werbung" in titles,
 * no addresses at example.invalid); `cors` (pages at https://partner.example may send).
 *
 * Server commands (executeServerCommand) let tests look at what was stored
 * and play the operator: `idea-receiver:<name>` with `{store, …}`.
 */
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { rmSync } from 'node:fs';
import { appendFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from '../../server/receiver.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const SCENARIO_OPTIONS = {
  cors: { origins: ['https://partner.example'] },
  limited: { rateLimit: { max: 1, windowMs: 2000 } },
  small: { maxBodyBytes: 300 },
  strict: {
    check: (idea) => {
      const errors = {};
      if (/werbung/i.test(idea.title)) errors.title = 'Bitte keine Werbung im Titel.';
      if (idea.contact?.email?.endsWith('@example.invalid'))
        errors['contact.email'] = 'invalid-email';
      return errors;
    },
  },
};

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function ideaReceiverTesting() {
  const directory = await mkdtemp(join(tmpdir(), 'quartier-receiver-'));
  // Synchronous: nothing asynchronous runs once the process is exiting.
  process.once('exit', () => rmSync(directory, { recursive: true, force: true }));

  /** Per store: its receiver, how many tries arrived, and its fault switches. */
  const stores = new Map();
  const fileOf = (name) => join(directory, `${name.replace(/[^\w-]/g, '_')}.ndjson`);

  async function storeFor(name, scenario = 'ok') {
    let entry = stores.get(name);
    if (!entry) {
      entry = { hits: 0, down: true, waiting: [], scenario };
      entry.receiver = createReceiver({
        dataFile: fileOf(name),
        ...SCENARIO_OPTIONS[scenario],
        log: () => undefined,
      });
      stores.set(name, entry);
    }
    entry.receiver = await entry.receiver;
    return entry;
  }

  const defaultReceiver = createReceiver({ dataFile: join(directory, 'default.ndjson') });

  async function scenarioRoute(ctx, scenario, name) {
    const entry = await storeFor(name, scenario);
    const { req, res } = ctx;
    ctx.respond = false;
    if (req.method === 'POST') entry.hits++;
    const first = entry.hits === 1;
    switch (scenario) {
      case 'flaky':
        if (first) return sendJson(res, 500, { error: 'boom' });
        break;
      case 'always-500':
        return sendJson(res, 500, { error: 'boom' });
      case 'busy':
        return sendJson(res, 429, { error: 'rate-limited' }, { 'retry-after': '120' });
      case 'down':
        if (entry.down) {
          req.socket.destroy();
          return undefined;
        }
        break;
      case 'held':
        if (req.method === 'POST') await new Promise((resolve) => entry.waiting.push(resolve));
        break;
      case 'lost-answer':
        if (first) {
          // Stored for real, then the answer is lost on the way back.
          const { readBody } = await import('../../server/receiver.mjs');
          const body = await readBody(req, 64 * 1024);
          await entry.receiver.accept({
            headers: req.headers,
            text: body.text,
            client: req.socket.remoteAddress,
          });
          return sendJson(res, 500, { error: 'lost' });
        }
        break;
      default:
        break;
    }
    return entry.receiver.handle(req, res);
  }

  async function middleware(ctx, next) {
    if (ctx.path === '/api/ideas' || ctx.path === '/api/ideas/') {
      ctx.respond = false;
      return (await defaultReceiver).handle(ctx.req, ctx.res);
    }
    const match = /^\/api\/ideas-test\/([\w-]+)\/([\w-]+)\/?$/.exec(ctx.path);
    if (!match) return next();
    return scenarioRoute(ctx, match[1], match[2]);
  }

  let port;

  const commands = {
    /**
     * A request with headers a browser will not let a page set (`Origin`), from Node.
     * Answers `{status, headers, body}`.
     */
    async request({ method = 'POST', path, headers = {}, body }) {
      return new Promise((resolve, reject) => {
        const req = httpRequest({ host: 'localhost', port, method, path, headers }, (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode, headers: res.headers, body: text }),
          );
        });
        req.on('error', reject);
        req.end(body);
      });
    },
    /** What is stored, as the receiver reads it back. */
    async records({ store }) {
      const entry = await storeFor(store);
      return entry.receiver.store.all();
    },
    /** The data file byte for byte. */
    async raw({ store }) {
      return readFile(fileOf(store), 'utf8').catch(() => '');
    },
    async hits({ store }) {
      return (await storeFor(store)).hits;
    },
    async 'set-down'({ store, down }) {
      (await storeFor(store, 'down')).down = down;
      return true;
    },
    async release({ store }) {
      const entry = await storeFor(store);
      for (const resolve of entry.waiting.splice(0)) resolve();
      return true;
    },
    /** What a crash in the middle of a write leaves behind: half a line. */
    async tear({ store, text }) {
      await storeFor(store);
      await appendFile(fileOf(store), text);
      return true;
    },
    /** A new receiver process on the same file, as after a crash. */
    async restart({ store }) {
      const entry = await storeFor(store);
      entry.receiver.close();
      entry.receiver = await createReceiver({ dataFile: fileOf(store), log: () => undefined });
      return true;
    },
    /** The office's commands (admin.mjs) on a store's file. */
    async admin({ store, args }) {
      await storeFor(store);
      return run(process.execPath, ['server/admin.mjs', ...args, '--data', fileOf(store)]);
    },
    /** The standalone server killed (SIGKILL) while ideas arrive, then started again. */
    async 'kill-test'({ store, ideas }) {
      return killTest(fileOf(store), ideas);
    },
  };

  const plugin = {
    name: 'idea-receiver-commands',
    serverStart({ config }) {
      port = config.port;
    },
    async executeCommand({ command, payload }) {
      if (!command.startsWith('idea-receiver:')) return undefined;
      const run = commands[command.slice('idea-receiver:'.length)];
      if (!run) throw new Error(`unknown command ${command}`);
      return run(payload ?? {});
    },
  };

  return { middleware: [middleware], plugin, directory };
}

function run(command, args) {
  return new Promise((resolve) => {
    // The file store: these tests read the data file.
    const child = spawn(command, args, {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts server.mjs on a free port and resolves with its child process and URL. */
function startServer(file) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['server/server.mjs', '--port', '0', '--data', file, '--rate-limit', '1000/60'],
      { cwd: process.cwd(), env: { ...process.env, DATABASE_URL: '' } },
    );
    let output = '';
    // Made now: the process may be gone before anyone waits for it.
    const closed = new Promise((done) => child.once('close', done));
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/[\d.]+:(\d+)(\/[^\s"]*)/.exec(output);
      if (match) resolve({ child, closed, url: `http://127.0.0.1:${match[1]}${match[2]}` });
    });
    let errors = '';
    child.stdout.on('data', (chunk) => (errors += chunk));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}${errors}`)));
  });
}

/**
 * Sends ideas one after the other and kills the server with SIGKILL after a
 * few were acknowledged, while others are on their way; starts it again on
 * the same file and sends the unacknowledged ones again (same ids), as the
 * form would. Returns what the test needs to judge.
 */
async function killTest(file, ideas) {
  const first = await startServer(file);
  const acknowledged = [];
  const post = (url, idea) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': idea.id },
      body: JSON.stringify(idea),
    }).then(
      async (response) => ({ status: response.status, ...(await response.json()) }),
      () => ({ status: 0 }),
    );
  const killAfter = Math.floor(ideas.length / 2);
  const sends = ideas.map(async (idea, i) => {
    await sleep(i * 3);
    const answer = await post(first.url, idea);
    if (answer.status === 201) acknowledged.push(answer);
    if (acknowledged.length === killAfter) first.child.kill('SIGKILL');
  });
  await Promise.all(sends);
  first.child.kill('SIGKILL');
  await first.closed;

  const second = await startServer(file);
  const retried = [];
  for (const idea of ideas) retried.push(await post(second.url, idea));
  second.child.kill('SIGTERM');
  await second.closed;
  const raw = await readFile(file, 'utf8');
  return { acknowledged, retried, raw };
}
