/**
 * Fetches sources for every element on the page. Each distinct URL is
 * requested once however many elements use it, even elements of another copy
 * of the library: the request and its raw answer are shared on the page
 * registry; what this copy makes of the answer (parsed, checked) it keeps in a
 * map of its own. A result stays until the page goes, a failure is forgotten
 * so "Erneut versuchen" asks again. A request nobody waits for any more is
 * aborted.
 */
import ky, { HTTPError, TimeoutError, type Input } from 'ky';
import { SourceError, type SourceErrorCode } from '../model/errors.js';
import type { DateRange, SourceData } from '../model/types.js';
import { pageRegistry, type RawAnswer } from '../registry/page-registry.js';

export interface LoaderTimings {
  /** One try may take this long before it counts as failed (ms). */
  tryTimeout: number;
  /** A source that never answers shows its error after this long in total (ms, SPEC: 15 s). */
  totalTimeout: number;
  /** Longest `Retry-After` wait (ms); longer requests are capped at this. */
  maxRetryAfter: number;
}

export const DEFAULT_TIMINGS: LoaderTimings = {
  tryTimeout: 6000,
  totalTimeout: 15000,
  maxRetryAfter: 8000,
};

const ACCEPT =
  'application/json, application/geo+json, application/ld+json, text/calendar, */*;q=0.5';

/** Requests sent before any element asked (requestSourceNow); each serves one first try. */
const started = new Map<string, { response: Promise<Response>; controller: AbortController }>();

/** An early request no element takes over within this time is let go (the element never came). */
const UNCLAIMED_MS = 10000;

/** Larger bodies are refused: no neighbourhood needs more, and a phone should not choke on it. */
export const MAX_BYTES = 10 * 1024 * 1024;

/** This copy's use of one source: its parsed data, shared by its elements. */
interface SourceEntry {
  promise: Promise<SourceData>;
  controller: AbortController;
  users: number;
  settled: boolean;
  /** The days the elements asking for this source show, so those can be checked first. */
  focus?: DateRange;
}

/** This copy's sources by URL; the page registry holds only the raw answers. */
const parsed = new Map<string, SourceEntry>();

/** Both ranges' days (a calendar in May and one in June: May to June). */
const union = (a: DateRange | undefined, b: DateRange | undefined): DateRange | undefined =>
  a && b
    ? { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end }
    : (a ?? b);

async function readCapped(response: Response, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BYTES) throw new SourceError('too-large', url);
  if (!response.body) return decode(await response.arrayBuffer(), response);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BYTES) {
      await reader.cancel();
      throw new SourceError('too-large', url);
    }
    chunks.push(value);
  }
  return decode(joined(chunks, size), response);
}

/** The chunks in one buffer, here and at once (a Blob would go through the browser's blob store). */
function joined(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * UTF-8, as JSON must be. Only an iCalendar answer that is not valid UTF-8 is
 * read in the charset its server names (old exports write windows-1252).
 */
function decode(bytes: ArrayBuffer | Uint8Array, response: Response): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const type = response.headers.get('content-type') ?? '';
    const charset = /^text\/calendar\b.*charset="?([\w-]+)/i.exec(type)?.[1];
    try {
      return new TextDecoder(charset ?? 'utf-8').decode(bytes);
    } catch {
      return new TextDecoder().decode(bytes); // a charset the browser does not know
    }
  }
}

/** The request itself, with its retries and time limits. It never rejects: a failure is in the answer. */
async function request(
  url: string,
  signal: AbortSignal,
  timings: LoaderTimings,
): Promise<RawAnswer> {
  const deadline = AbortSignal.timeout(timings.totalTimeout);
  let status = 0;
  let failure: string;
  try {
    const response = await ky.get(url, {
      credentials: 'omit',
      timeout: timings.tryTimeout,
      signal: AbortSignal.any([signal, deadline]),
      headers: { accept: ACCEPT },
      // The first try may already be under way (requestSourceNow): it ends with this try's signal.
      fetch: (request: Input, init?: RequestInit) => {
        const early = started.get(url);
        started.delete(url);
        if (!early) return fetch(request, init);
        const trySignal = request instanceof Request ? request.signal : init?.signal;
        const abort = () => early.controller.abort(trySignal?.reason);
        if (trySignal?.aborted) abort();
        else trySignal?.addEventListener('abort', abort, { once: true });
        return early.response;
      },
      retry: {
        limit: 2,
        methods: ['get'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        maxRetryAfter: timings.maxRetryAfter,
        backoffLimit: 3000,
        retryOnTimeout: true,
      },
    });
    const text = await readCapped(response, url);
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text,
    };
  } catch (error) {
    if (error instanceof HTTPError) status = error.response.status;
    failure =
      error instanceof SourceError
        ? error.code
        : signal.aborted
          ? 'aborted'
          : deadline.aborted || error instanceof TimeoutError
            ? 'timeout'
            : status
              ? 'http'
              : 'network';
  }
  return { status, contentType: '', text: '', failure };
}

async function fetchSource(
  url: string,
  signal: AbortSignal,
  timings: LoaderTimings,
  focus: () => DateRange | undefined,
): Promise<SourceData> {
  // Validation (valibot and the schemas) is a chunk of its own, fetched while the data is on its way.
  const parser = import('./parse.js');
  parser.catch(() => undefined); // awaited below only when the answer came; its failure shows there
  // The raw answer is the page registry's: a request another copy of the library started is joined.
  const requests = pageRegistry().requests;
  let shared = requests.get(url);
  if (!shared) {
    const controller = new AbortController();
    shared = {
      users: 0,
      abort: () => controller.abort(),
      answer: request(url, controller.signal, timings),
    };
    requests.set(url, shared);
  }
  const joined = shared;
  const forget = () => {
    if (requests.get(url) === joined) requests.delete(url);
  };
  // When this copy stops waiting, it leaves; the last to leave ends the request.
  const leave = () => {
    if (--joined.users > 0) return;
    joined.abort();
    forget();
  };
  joined.users++;
  signal.addEventListener('abort', leave, { once: true });
  const raw = await joined.answer;
  if (signal.aborted) throw signal.reason;
  signal.removeEventListener('abort', leave);
  joined.users--;
  try {
    if (raw.failure) {
      // Codes this copy knows; a later copy's other reasons read as a network failure.
      const code = /^(timeout|http|too-large)$/.test(raw.failure) ? raw.failure : 'network';
      throw new SourceError(code as SourceErrorCode, url, raw.status || undefined);
    }
    return await (await parser).parseSource(raw.text, url, raw.contentType, focus);
  } catch (error) {
    // A failure, or an answer this copy cannot use, is asked for again next time.
    forget();
    throw error instanceof SourceError ? error : new SourceError('network', url);
  }
}

/**
 * The data of one source, shared page-wide. Pass a signal to say when this
 * caller stops caring; the request is aborted once no caller waits for it.
 */
export function loadSource(
  url: string,
  signal?: AbortSignal,
  timings: LoaderTimings = DEFAULT_TIMINGS,
  /** The days the caller shows (see SourceEntry.focus). */
  focus?: DateRange,
): Promise<SourceData> {
  let entry = parsed.get(url);
  if (entry) entry.focus = union(entry.focus, focus);
  if (!entry) {
    const controller = new AbortController();
    const created: SourceEntry = {
      controller,
      users: 0,
      settled: false,
      promise: undefined!,
      focus,
    };
    created.promise = fetchSource(url, controller.signal, timings, () => created.focus).then(
      (data) => {
        created.settled = true;
        // Checked near the shown dates first: later callers get the whole source.
        void data.complete?.then((whole) => {
          if (parsed.get(url) === created) created.promise = Promise.resolve(whole);
        });
        return data;
      },
      (error: unknown) => {
        created.settled = true;
        if (parsed.get(url) === created) parsed.delete(url);
        throw error;
      },
    );
    parsed.set(url, created);
    entry = created;
  }
  return follow(url, entry, signal);
}

function follow(url: string, entry: SourceEntry, signal?: AbortSignal): Promise<SourceData> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  entry.users++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      entry.users--;
      reject(signal!.reason);
      // A moment later: an element that changed its range or view often asks for the same URL again.
      setTimeout(() => {
        if (entry.users > 0 || entry.settled) return;
        entry.controller.abort();
        if (parsed.get(url) === entry) parsed.delete(url);
      });
    };
    signal?.addEventListener('abort', leave, { once: true });
    entry.promise.then(resolve, reject).finally(() => {
      signal?.removeEventListener('abort', leave);
    });
  });
}

/**
 * Sends the request for a source now, while the page's modules are still
 * being run. The first element that asks for the source (loadSource) takes
 * the answer over and checks it, knowing by then which days it shows.
 */
export function requestSourceNow(url: string): void {
  if (parsed.has(url) || pageRegistry().requests.has(url) || started.has(url)) return;
  const controller = new AbortController();
  const response = fetch(url, {
    credentials: 'omit',
    headers: { accept: ACCEPT },
    signal: controller.signal,
  });
  response.catch(() => undefined); // a failure is reported to the element that takes it over
  const early = { response, controller };
  started.set(url, early);
  setTimeout(() => {
    if (started.get(url) !== early) return;
    started.delete(url);
    controller.abort();
  }, UNCLAIMED_MS);
  void import('./parse.js').catch(() => undefined); // the checks, on their way with the data
}
