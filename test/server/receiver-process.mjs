/**
 * Starting server/server.mjs (and admin.mjs) as an operator would, for the
 * Node tests in test/node/. The server prints one JSON line per event; the
 * `listening` line carries its address (asked for with `--port 0`).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';

/**
 * Starts the receiver; resolves once it listens (or rejects with its output when it ends first).
 * @param {string[]} args
 * @param {{env?: Record<string, string | undefined>}} [options]
 */
export function startReceiver(args, { env = {} } = {}) {
  const child = spawn(process.execPath, ['server/server.mjs', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The file store unless a test passes DATABASE_URL.
    env: { ...process.env, DATABASE_URL: '', ...env },
  });
  let output = '';
  const closed = new Promise((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = /http:\/\/[^\s"]*?:(\d+)(\/[^\s"]*)/.exec(output);
      if (match) {
        child.stdout.off('data', check);
        child.stderr.off('data', check);
        const port = Number(match[1]);
        resolve({
          child,
          closed,
          port,
          url: `http://127.0.0.1:${port}${match[2]}`,
          base: `http://127.0.0.1:${port}`,
          output: () => output,
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            return closed;
          },
        });
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    closed.then(({ code }) => reject(new Error(`receiver ended (${code}): ${output}`)));
  });
}

/** Runs admin.mjs; resolves with its exit code and output. */
export function runAdmin(args, { env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['server/admin.mjs', ...args], {
      env: { ...process.env, DATABASE_URL: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A valid idea (SPEC §5) with a fresh id; `fields` override. */
export function newIdea(fields = {}) {
  return {
    id: randomUUID(),
    title: 'Bänke am Stannebeinplatz',
    description: 'Mehr Sitzplätze im Schatten für ältere Menschen.',
    consent: true,
    lang: 'de',
    page: 'https://example.org/ideen',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    ...fields,
  };
}

/** POSTs an idea; resolves with status, headers and the parsed body. */
export async function postIdea(url, idea, { key = idea.id, headers = {} } = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headers },
    body: JSON.stringify(idea),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body };
}

/** Sends raw bytes on one connection and resolves with everything answered until it closes. */
export function rawRequest(port, text, { timeout = 3000 } = {}) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setTimeout(timeout, () => socket.destroy());
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.end(text, 'latin1');
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
