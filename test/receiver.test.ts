/**
 * The reference receiver (server/) over real HTTP in the test runner's
 * dev server, its data file, its office commands and a real crash (run with
 * web-test-runner.form.config.mjs). And the schema it shares with the form.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  emptyIdeaValues,
  newSubmissionId,
  toPayload,
  type IdeaSubmission,
} from '../src/data/idea.js';
import { IDEA_LIMITS, validateIdea } from '../src/data/idea-schema.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let counter = 0;
const newStore = () => `r${Date.now().toString(36)}${counter++}`;
const pathOf = (scenario: string, store: string) => `/api/ideas-test/${scenario}/${store}`;

interface Stored extends IdeaSubmission {
  reference: string;
  receivedAt: string;
}

interface NodeAnswer {
  status: number;
  headers: Record<string, string | undefined>;
  body: string;
}

const records = (store: string) =>
  executeServerCommand<Stored[], { store: string }>('idea-receiver:records', { store });
const raw = (store: string) =>
  executeServerCommand<string, { store: string }>('idea-receiver:raw', { store });
const admin = (store: string, args: string[]) =>
  executeServerCommand<{ code: number; stdout: string; stderr: string }, object>(
    'idea-receiver:admin',
    { store, args },
  );
const fromNode = (request: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}) => executeServerCommand<NodeAnswer, typeof request>('idea-receiver:request', request);

function idea(overrides: Record<string, unknown> = {}) {
  return {
    id: newSubmissionId(),
    title: 'Trinkbrunnen am Schönefelder Park',
    description: 'Im Sommer fehlt Wasser für Kinder und Hunde.',
    consent: true,
    lang: 'de',
    page: 'https://example.org/ideen',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    ...overrides,
  };
}

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const id = (body as { id?: string }).id;
  return fetch(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(id ? { 'idempotency-key': id } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Every line of an NDJSON file parses on its own, and the file ends with a newline. */
function expectValidNdjson(text: string): Stored[] {
  expect(text.endsWith('\n') || text === '', 'ends with a newline').to.be.true;
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Stored);
}

describe('idea schema (shared by form and receiver)', () => {
  it('makes random UUID v4 ids from getRandomValues', () => {
    const ids = new Set(Array.from({ length: 500 }, () => newSubmissionId()));
    expect(ids.size).to.equal(500);
    for (const id of ids) expect(id).to.match(UUID_V4);
  });

  it('accepts what the form sends, trimmed, without blanks and unknown keys', () => {
    const payload = toPayload(
      {
        ...emptyIdeaValues(),
        title: '  Bank  ',
        description: 'Eine Bank',
        address: ' ',
        name: 'Aylin',
        consent: true,
      },
      {
        id: newSubmissionId(),
        lang: 'de',
        page: 'https://example.org/',
        startedAt: new Date().toISOString(),
        withLocation: true,
      },
    );
    const result = validateIdea({ ...payload, extra: 'dropped' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const submission: IdeaSubmission = result.idea;
    expect(submission.title).to.equal('Bank');
    expect(submission.contact).to.deep.equal({ name: 'Aylin' });
    expect(submission).to.not.have.property('location');
    expect(submission).to.not.have.property('extra');
  });

  it('names each problem with a code, by field', () => {
    const result = validateIdea({
      id: 'nicht-zufällig',
      title: ' ',
      description: 'x'.repeat(IDEA_LIMITS.description + 1),
      wantsReply: true,
      contact: { name: 'A' },
      consent: false,
      lang: 'de',
      page: '/',
      startedAt: 'gestern',
    });
    expect(result).to.deep.equal({
      ok: false,
      errors: {
        id: 'invalid',
        title: 'required',
        description: 'too-long',
        consent: 'consent-required',
        startedAt: 'invalid',
        'contact.email': 'required-for-reply',
      },
    });
    const missing = validateIdea({});
    expect(missing.ok || missing.errors.title).to.equal('required');
    expect(missing.ok || missing.errors.consent).to.equal('consent-required');
    const badEmail = validateIdea(idea({ contact: { email: 'a@' } }));
    expect(badEmail.ok || badEmail.errors['contact.email']).to.equal('invalid-email');
  });
});

describe('reference receiver', () => {
  it('answers 201 {id, reference} and stores the idea, flat and without address or honeypot', async () => {
    const store = newStore();
    const body = idea({ contact: { name: 'Aylin', email: 'aylin@example.org' }, website: '' });
    const response = await post(pathOf('ok', store), body);
    expect(response.status).to.equal(201);
    const answer = (await response.json()) as { id: string; reference: string };
    expect(answer.id).to.equal(body.id);
    expect(answer.reference).to.match(/^Q-\d{4}-[2-9A-Z]{5}$/);
    const [stored] = await records(store);
    expect(stored).to.include({ id: body.id, reference: answer.reference, title: body.title });
    expect(stored.contact).to.deep.equal({ name: 'Aylin', email: 'aylin@example.org' });
    expect(stored).to.not.have.property('website');
    const file = await raw(store);
    expect(file).to.not.contain('127.0.0.1');
    expect(file).to.not.contain('::1');
  });

  it('is mounted at /api/ideas, as in the demo', async () => {
    const response = await post('/api/ideas', idea());
    expect(response.status).to.equal(201);
  });

  it('answers a repeated key with the first answer and stores nothing new', async () => {
    const store = newStore();
    const body = idea();
    const first = await (await post(pathOf('ok', store), body)).json();
    const again = await post(pathOf('ok', store), { ...body, title: 'Geändert' });
    expect(again.status).to.equal(201);
    expect(await again.json()).to.deep.equal(first);
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () => post(pathOf('ok', store), body).then((r) => r.json())),
    );
    for (const answer of concurrent) expect(answer).to.deep.equal(first);
    const stored = await records(store);
    expect(stored).to.have.length(1);
    expect(stored[0].title).to.equal(body.title);
  });

  it('stores concurrent submissions each once, as valid NDJSON', async () => {
    const store = newStore();
    const ideas = Array.from({ length: 15 }, (_, i) => idea({ title: `Idee ${i}` }));
    // Each idea twice at the same moment: as a retry racing its first try.
    const answers = await Promise.all(
      [...ideas, ...ideas].map((body) => post(pathOf('ok', store), body).then((r) => r.json())),
    );
    const referenceOf = new Map<string, string>();
    for (const answer of answers as { id: string; reference: string }[]) {
      expect(referenceOf.get(answer.id) ?? answer.reference).to.equal(answer.reference);
      referenceOf.set(answer.id, answer.reference);
    }
    const lines = expectValidNdjson(await raw(store));
    expect(lines).to.have.length(15);
    expect(new Set(lines.map((line) => line.id)).size).to.equal(15);
  });

  it('answers 422 with a code per field and stores nothing', async () => {
    const store = newStore();
    const response = await post(pathOf('ok', store), idea({ title: '', consent: false }));
    expect(response.status).to.equal(422);
    expect(await response.json()).to.deep.equal({
      errors: { title: 'required', consent: 'consent-required' },
    });
    const mismatch = await post(pathOf('ok', store), idea(), { 'idempotency-key': 'anders' });
    expect(mismatch.status).to.equal(422);
    expect(await mismatch.json()).to.deep.equal({ errors: { id: 'invalid' } });
    expect(await records(store)).to.have.length(0);
  });

  it('refuses what is not a JSON POST: 400, 415, 405', async () => {
    const store = newStore();
    expect((await post(pathOf('ok', store), '{"id": ')).status).to.equal(400);
    const plain = await fetch(pathOf('ok', store), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(idea()),
    });
    expect(plain.status).to.equal(415);
    const get = await fetch(pathOf('ok', store));
    expect(get.status).to.equal(405);
    expect(get.headers.get('allow')).to.equal('POST, OPTIONS');
    expect(await records(store)).to.have.length(0);
  });

  it('answers 413 to a body over the cap and stores nothing', async () => {
    const store = newStore();
    const huge = idea({ description: 'x'.repeat(70 * 1024) });
    const response = await post(pathOf('ok', store), huge);
    expect(response.status).to.equal(413);
    expect(await records(store)).to.have.length(0);
    // The next one on the same connection still gets through.
    expect((await post(pathOf('ok', store), idea())).status).to.equal(201);
  });

  it('limits new ideas per client with 429 and Retry-After, but never a replay', async () => {
    const store = newStore();
    const first = idea();
    expect((await post(pathOf('limited', store), first)).status).to.equal(201);
    const second = idea();
    const limited = await post(pathOf('limited', store), second);
    expect(limited.status).to.equal(429);
    const wait = Number(limited.headers.get('retry-after'));
    expect(wait).to.be.within(1, 2);
    expect((await post(pathOf('limited', store), first)).status).to.equal(201);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 50));
    expect((await post(pathOf('limited', store), second)).status).to.equal(201);
    expect(await records(store)).to.have.length(2);
  });

  it('answers a filled honeypot with 201 and stores nothing', async () => {
    const store = newStore();
    const response = await post(pathOf('ok', store), idea({ website: 'https://spam.example' }));
    expect(response.status).to.equal(201);
    expect((await response.json()).reference).to.match(/^Q-/);
    expect(await records(store)).to.have.length(0);
    expect(await raw(store)).to.equal('');
  });

  it('allows configured origins (preflight with Idempotency-Key) and refuses others', async () => {
    const store = newStore();
    const path = pathOf('cors', store);
    const preflight = await fromNode({
      method: 'OPTIONS',
      path,
      headers: {
        origin: 'https://partner.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    expect(preflight.status).to.equal(204);
    expect(preflight.headers['access-control-allow-origin']).to.equal('https://partner.example');
    expect(preflight.headers['access-control-allow-methods']).to.contain('POST');
    expect(preflight.headers['access-control-allow-headers']).to.contain('Idempotency-Key');

    const stranger = await fromNode({
      method: 'OPTIONS',
      path,
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(stranger.status).to.equal(403);
    expect(stranger.headers['access-control-allow-origin']).to.equal(undefined);

    const body = idea();
    const headers = { 'content-type': 'application/json', 'idempotency-key': body.id };
    const refused = await fromNode({
      path,
      headers: { ...headers, origin: 'https://evil.example' },
      body: JSON.stringify(body),
    });
    expect(refused.status).to.equal(403);
    expect(await records(store)).to.have.length(0);

    const accepted = await fromNode({
      path,
      headers: { ...headers, origin: 'https://partner.example' },
      body: JSON.stringify(body),
    });
    expect(accepted.status).to.equal(201);
    expect(accepted.headers['access-control-allow-origin']).to.equal('https://partner.example');
    expect(accepted.headers['access-control-expose-headers']).to.contain('Retry-After');
  });

  it('keeps the file valid NDJSON after a crash between two writes', async () => {
    const store = newStore();
    const before = idea({ title: 'Vor dem Absturz' });
    const beforeAnswer = await (await post(pathOf('ok', store), before)).json();
    // What a crash in the middle of the next write leaves: half a line, never acknowledged.
    await executeServerCommand('idea-receiver:tear', { store, text: '{"id":"halb","title":"Ha' });
    await executeServerCommand('idea-receiver:restart', { store });
    const after = idea({ title: 'Nach dem Neustart' });
    expect((await post(pathOf('ok', store), after)).status).to.equal(201);
    const lines = expectValidNdjson(await raw(store));
    expect(lines.map((line) => line.title)).to.deep.equal(['Vor dem Absturz', 'Nach dem Neustart']);
    // The acknowledged idea keeps its answer.
    expect(await (await post(pathOf('ok', store), before)).json()).to.deep.equal(beforeAnswer);
  });

  it('repairs a torn line left by another writer before appending, without a restart', async () => {
    const store = newStore();
    expect((await post(pathOf('ok', store), idea())).status).to.equal(201);
    await executeServerCommand('idea-receiver:tear', { store, text: '{"id":"halb' });
    expect((await post(pathOf('ok', store), idea())).status).to.equal(201);
    expect(expectValidNdjson(await raw(store))).to.have.length(2);
  });

  it('survives being killed (SIGKILL) while ideas arrive: every acknowledged idea is kept', async function () {
    // Two server processes start and stop in this test.
    this.timeout(30_000);
    const store = newStore();
    const ideas = Array.from({ length: 16 }, (_, i) => idea({ title: `Idee ${i}` }));
    const result = await executeServerCommand<
      {
        acknowledged: { id: string; reference: string }[];
        retried: { status: number; id: string; reference: string }[];
        raw: string;
      },
      object
    >('idea-receiver:kill-test', { store, ideas });
    expect(result.acknowledged.length).to.be.at.least(8);
    const lines = expectValidNdjson(result.raw);
    expect(lines).to.have.length(16);
    const stored = new Map(lines.map((line) => [line.id, line.reference]));
    for (const answer of result.acknowledged)
      expect(stored.get(answer.id)).to.equal(answer.reference);
    for (const answer of result.retried) {
      expect(answer.status).to.equal(201);
      expect(stored.get(answer.id)).to.equal(answer.reference);
    }
  });

  describe('office commands', () => {
    it('exports CSV a spreadsheet opens safely', async () => {
      const store = newStore();
      await post(pathOf('ok', store), idea({ title: '=HYPERLINK("http://evil.example")' }));
      await post(
        pathOf('ok', store),
        idea({ description: 'Zeile 1\nZeile 2; mit "Zitat"', contact: { email: 'a@example.org' } }),
      );
      const { code, stdout } = await admin(store, ['export']);
      expect(code).to.equal(0);
      expect(stdout.startsWith('\uFEFFVorgangsnummer;Eingegangen;Titel;Beschreibung')).to.be.true;
      expect(stdout).to.contain(`;"'=HYPERLINK(""http://evil.example"")";`);
      expect(stdout).to.contain('"Zeile 1\nZeile 2; mit ""Zitat"""');
      expect(stdout).to.contain(';a@example.org;');
      expect(stdout.trimEnd().split('\r\n')).to.have.length(3);
    });

    it('deletes one idea by reference number or id (DSGVO Art. 17), for good', async () => {
      const store = newStore();
      const kept = idea({ title: 'Bleibt' });
      const gone = idea({ title: 'Wird gelöscht' });
      await post(pathOf('ok', store), kept);
      const { reference } = await (await post(pathOf('ok', store), gone)).json();
      const deleted = await admin(store, ['delete', reference]);
      expect(deleted.code).to.equal(0);
      expect(deleted.stdout).to.contain(reference);
      expect((await records(store)).map((record) => record.title)).to.deep.equal(['Bleibt']);
      // A late retry of the deleted idea does not bring it back.
      expect((await post(pathOf('ok', store), gone)).status).to.equal(201);
      expect(await records(store)).to.have.length(1);
      expect((await admin(store, ['delete', kept.id])).code).to.equal(0);
      expect(await records(store)).to.have.length(0);
      expect((await admin(store, ['delete', 'Q-0000-NICHT'])).code).to.equal(1);
    });

    it('deletes what is older than the retention period', async () => {
      const store = newStore();
      await post(pathOf('ok', store), idea({ title: 'Neu' }));
      const old = {
        ...idea({ title: 'Alt' }),
        reference: 'Q-2025-ALT22',
        receivedAt: new Date(Date.now() - 200 * 24 * 3600 * 1000).toISOString(),
      };
      await executeServerCommand('idea-receiver:tear', { store, text: `${JSON.stringify(old)}\n` });
      const purged = await admin(store, ['purge', '--retention-days', '180']);
      expect(purged.stdout).to.contain('Deleted 1');
      expect((await records(store)).map((record) => record.title)).to.deep.equal(['Neu']);
    });
  });
});
