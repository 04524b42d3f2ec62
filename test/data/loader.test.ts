import { expect, waitUntil } from '@open-wc/testing';
import { SourceError } from '../../src/model/errors.js';
import { fetchEarly } from '../../src/data/early-fetch.js';
import { loadAndReport as loadAll } from '../../src/controllers/report-warnings.js';
import { loadSource, type LoaderTimings } from '../../src/data/loader.js';

/** Short timings so fault tests finish quickly; the real defaults are 6 s per try and 15 s in total. */
const FAST: LoaderTimings = { tryTimeout: 400, totalTimeout: 1500, maxRetryAfter: 3000 };
let counter = 0;
const unique = () => `${Date.now()}-${counter++}`;
const url = (scenario: string, key = unique(), extra = '') =>
  `/__responder/${scenario}?key=${key}${extra}`;
const hits = async (key: string) =>
  ((await (await fetch(`/__responder/count?key=${key}`)).json()) as { count: number }).count;

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(SourceError);
    return error as SourceError;
  }
  throw new Error('expected the load to fail');
}

describe('loadSource against a real responder', () => {
  it('loads and validates a good source', async () => {
    const data = await loadSource(url('ok'), undefined, FAST);
    expect(data.events.map((e) => e.id)).to.deep.equal(['e1']);
    expect(data.topics.map((t) => t.id)).to.deep.equal(['inklusion']);
  });

  it('ends a source that never answers with a timeout error, within the total bound', async () => {
    const started = performance.now();
    const error = await failure(loadSource(url('slow', unique(), '&ms=8000'), undefined, FAST));
    expect(error.code).to.equal('timeout');
    expect(performance.now() - started).to.be.below(FAST.totalTimeout + 800);
  });

  it('retries after a 500 and then shows the data', async () => {
    const key = unique();
    const data = await loadSource(url('flaky', key), undefined, FAST);
    expect(data.events).to.have.length(1);
    expect(await hits(key)).to.equal(2);
  });

  it('waits for Retry-After on a 503, then succeeds', async () => {
    const key = unique();
    const started = performance.now();
    const data = await loadSource(url('retry-after', key), undefined, FAST);
    expect(data.events).to.have.length(1);
    expect(performance.now() - started).to.be.at.least(900);
    expect(await hits(key)).to.equal(2);
  });

  it('does not retry a 404 and reports its status', async () => {
    const key = unique();
    const error = await failure(loadSource(url('not-found', key), undefined, FAST));
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(404);
    expect(await hits(key)).to.equal(1);
  });

  it('gives up on a server that keeps failing, after its retries', async () => {
    const key = unique();
    const error = await failure(loadSource(url('always-500', key), undefined, FAST));
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(500);
    expect(await hits(key)).to.equal(3);
  });

  it('reports malformed JSON, an HTML page with status 200 and unknown content', async () => {
    expect((await failure(loadSource(url('malformed'), undefined, FAST))).code).to.equal(
      'malformed',
    );
    expect((await failure(loadSource(url('html'), undefined, FAST))).code).to.equal('not-data');
  });

  it('reads a body with a UTF-8 byte order mark', async () => {
    const data = await loadSource(url('bom'), undefined, FAST);
    expect(data.events[0].title).to.equal('Sprachcafé');
  });

  it('refuses an oversized body, declared or streamed', async () => {
    expect((await failure(loadSource(url('oversized-declared'), undefined, FAST))).code).to.equal(
      'too-large',
    );
    expect((await failure(loadSource(url('oversized-stream'), undefined, FAST))).code).to.equal(
      'too-large',
    );
  });

  it('asks the server once however many callers want the same URL', async () => {
    const key = unique();
    const same = url('ok', key);
    const results = await Promise.all([1, 2, 3].map(() => loadSource(same, undefined, FAST)));
    expect(results[0]).to.equal(results[2]);
    await loadSource(same, undefined, FAST);
    expect(await hits(key)).to.equal(1);
  });

  it('forgets a failure so a retry asks again', async () => {
    const key = unique();
    await failure(loadSource(url('not-found', key), undefined, FAST));
    await failure(loadSource(url('not-found', key), undefined, FAST));
    expect(await hits(key)).to.equal(2);
  });

  it('aborts the request once no caller waits for it any more', async () => {
    const key = unique();
    const slow = url('slow', key, '&ms=3000');
    const a = new AbortController();
    const b = new AbortController();
    const first = loadSource(slow, a.signal, FAST).catch((e: unknown) => e);
    const second = loadSource(slow, b.signal, FAST).catch((e: unknown) => e);
    a.abort();
    // One caller still waits: the request goes on.
    await new Promise((resolve) => setTimeout(resolve, 50));
    b.abort();
    expect(((await first) as DOMException).name).to.equal('AbortError');
    expect(((await second) as DOMException).name).to.equal('AbortError');
    // A new caller starts afresh instead of getting the aborted request.
    const fresh = loadSource(slow.replace('ms=3000', 'ms=10'), undefined, FAST);
    expect((await fresh).events).to.have.length(1);
  });

  it('keeps the request for a caller that asks again right after leaving (a new range or view)', async () => {
    const key = unique();
    const slow = url('slow', key, '&ms=200');
    const a = new AbortController();
    const first = loadSource(slow, a.signal, FAST).catch((e: unknown) => e);
    a.abort();
    const again = await loadSource(slow, undefined, FAST);
    expect(((await first) as DOMException).name).to.equal('AbortError');
    expect(again.events).to.have.length(1);
    expect(await hits(key)).to.equal(1);
  });

  it('reads an iCalendar answer that is not UTF-8 in the charset its server names', async () => {
    const data = await loadSource(url('latin1'), undefined, FAST);
    expect(data.events[0].title).to.equal('Schönefeld');
  });

  it('joins a body that comes in pieces, a character split between two', async () => {
    const data = await loadSource(url('split-utf8'), undefined, FAST);
    expect(data.events.map((event) => event.title)).to.deep.equal(['Sch\u00f6nefeld']);
  });

  it('reads JSON as UTF-8 whatever charset the server claims', async () => {
    const data = await loadSource(url('json-claims-latin1'), undefined, FAST);
    expect(data.events[0].title).to.equal('Schönefeld');
  });

  it('sends the requests for sources named in the page at once, and the elements use them', async () => {
    const key = unique();
    const src = new URL(url('ok', key), location.href).href;
    const paged = `${url('ok', `${key}-paged`)}&start={start}`;
    const page = document.createElement('div');
    const filter = document.createElement('quartier-topic-filter');
    filter.setAttribute('src', src);
    const calendar = document.createElement('quartier-event-calendar');
    calendar.setAttribute('src', paged);
    page.append(filter, calendar);
    const asked: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(input instanceof Request ? input.url : String(input));
      return original(input, init);
    };
    try {
      fetchEarly(page);
      // Before anything was awaited: the request has left.
      expect(asked).to.deep.equal([src]);
      const data = await loadSource(src, undefined, FAST);
      expect(data.events).to.have.length(1);
    } finally {
      window.fetch = original;
    }
    expect(await hits(key)).to.equal(1);
    // A source that depends on what the element shows is left to the element.
    expect(await hits(`${key}-paged`)).to.equal(0);
  });

  it('leaves the checks of an early answer to the element that takes it over, with its days', async () => {
    const src = new URL(url('big'), location.href).href;
    const page = document.createElement('div');
    const calendar = document.createElement('quartier-event-calendar');
    calendar.setAttribute('src', src);
    page.append(calendar);
    fetchEarly(page);
    // The answer is in long before the element asks (its code may still be running).
    await waitUntil(
      () =>
        (performance.getEntriesByName(src) as PerformanceResourceTiming[]).some(
          (entry) => entry.responseEnd > 0,
        ),
      'the early request did not arrive',
    );
    const may = { start: '2026-04-27', end: '2026-06-08' };
    const data = await loadSource(src, undefined, FAST, may);
    // Checked near May first: the element's days were known when the answer was read.
    expect(data.near).to.deep.equal({ start: '2026-04-25', end: '2026-06-10' });
    expect(data.complete).to.be.instanceOf(Promise);
    await data.complete;
  });

  it('gives up an early request that hangs, and the retry reaches the server', async () => {
    const key = unique();
    const src = new URL(url('hang-first', key), location.href).href;
    const page = document.createElement('div');
    page.append(document.createElement('quartier-topic-filter'));
    page.firstElementChild!.setAttribute('src', src);
    fetchEarly(page);
    const data = await loadSource(src, undefined, FAST);
    expect(data.events).to.have.length(1);
    expect(await hits(key)).to.equal(2);
  });

  it('ends an early request whose body stalls with a timeout, within the deadline', async () => {
    const src = new URL(url('stall-body'), location.href).href;
    const page = document.createElement('div');
    page.append(document.createElement('quartier-topic-filter'));
    page.firstElementChild!.setAttribute('src', src);
    fetchEarly(page);
    const started = performance.now();
    const error = await failure(loadSource(src, undefined, FAST));
    expect(error.code).to.equal('timeout');
    expect(performance.now() - started).to.be.below(FAST.totalTimeout + 1000);
  });

  it('fetches without credentials', async () => {
    document.cookie = 'quartier-test=1; path=/';
    const seen: RequestInit[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(input instanceof Request ? { credentials: input.credentials } : (init ?? {}));
      return original(input, init);
    };
    try {
      await loadSource(url('ok'), undefined, FAST);
    } finally {
      window.fetch = original;
      document.cookie = 'quartier-test=; path=/; max-age=0';
    }
    expect(seen).to.have.length(1);
    expect(seen[0].credentials).to.equal('omit');
  });
});

describe('loadAll', () => {
  it('shows the good source when one of two fails, and names the failure', async () => {
    const data = await loadAll([url('not-found'), url('ok')]);
    expect(data.events).to.have.length(1);
    expect(data.failures.map((f) => f.code)).to.deep.equal(['http']);
    expect(data.total).to.equal(2);
  });

  it('fails as a whole only when every source fails', async () => {
    const error = await failure(loadAll([url('not-found'), url('html')]));
    expect(error.code).to.equal('http');
  });

  it('merges in order: the first source wins a duplicate id, and it is reported', async () => {
    const data = await loadAll([url('ok'), url('bom')]);
    expect(data.events).to.have.length(1);
    expect(data.events[0].source).to.contain('/__responder/ok');
    expect(data.warnings.map((w) => [w.kind, w.code])).to.deep.equal([
      ['topics', 'duplicate-id'],
      ['events', 'duplicate-id'],
    ]);
  });

  it('writes warnings to the console once per source, however often the data is merged', async () => {
    const messages: string[] = [];
    const original = console.warn;
    const key = unique();
    // Other tests' warnings may arrive late; count only this test's sources.
    console.warn = (message: string) => message.includes(key) && messages.push(message);
    try {
      await loadAll([url('ok', key), url('bom', key)]);
      await loadAll([url('ok', key), url('bom', key)]);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      console.warn = original;
    }
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('2 Hinweise zur Datenquelle');
    expect(messages[0]).to.contain('Veranstaltung „e1“ wurde übersprungen');
  });

  it('resolves a relative src against the page, and item URLs against the source', async () => {
    const data = await loadAll([url('relative-links')]);
    expect(data.events[0].source).to.match(/^http:\/\/[^/]+\/__responder\/relative-links\?key=/);
    expect(data.events[0].url).to.equal(new URL('/termine/sprachcafe', location.href).href);
    expect(data.events[0].image?.src).to.equal(
      new URL('/__responder/bilder/cafe.jpg', location.href).href,
    );
  });

  it('reports an unusable source address as such', async () => {
    const error = await failure(loadAll(['http://[nicht-gültig']));
    expect(error.code).to.equal('bad-url');
  });

  it('loads nothing and shows nothing for an empty src', async () => {
    const data = await loadAll([]);
    expect(data).to.deep.include({ events: [], projects: [], topics: [], failures: [], total: 0 });
  });
});
