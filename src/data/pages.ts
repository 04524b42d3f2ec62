/**
 * Sources whose URL has `{start}`/`{end}` are asked one calendar month at a
 * time (`2026-05-01` to `2026-06-01`, end exclusive). Each month is its own
 * URL, so the loader caches it: going back costs nothing, the next month can
 * be fetched ahead, and a month that fails leaves the others standing.
 */
import { SourceError } from '../model/errors.js';
import { loadSource } from './loader.js';
import type { DataWarning, DateRange, QuartierEvent, SourceData } from '../model/types.js';
import { expandRange, hasRangePlaceholder } from './urls.js';
import { isoDay } from '../model/dates.js';

/** The first day of the month after the one `day` is in (plain arithmetic: every element loads this). */
function nextMonth(day: string): string {
  const year = +day.slice(0, 4);
  const month = +day.slice(5, 7);
  return month === 12 ? isoDay(year + 1, 1, 1) : isoDay(year, month + 1, 1);
}

export type { DateRange } from '../model/types.js';

/** The days all ranges share (the checked part of several partly checked sources). */
export function overlap(ranges: DateRange[]): DateRange | undefined {
  if (ranges.length === 0) return undefined;
  const start = ranges.reduce((day, range) => (range.start > day ? range.start : day), '');
  const end = ranges.reduce((day, range) => (range.end < day ? range.end : day), '9999-12-31');
  return { start, end: end > start ? end : start };
}

/** What to ask a range-aware source for: the visible days, month by month unless `whole`. */
export interface PageRange extends DateRange {
  /** One request for the whole range (a teaser's coming year), not one per month. */
  whole?: boolean;
  /** The days a large source checks before the first paint, if more than these (see parse.ts). */
  checkFirst?: DateRange;
}

/** The calendar months the days of a range fall in. */
export function monthsOf(range: DateRange): DateRange[] {
  const months: DateRange[] = [];
  for (let start = `${range.start.slice(0, 8)}01`; start < range.end; start = nextMonth(start)) {
    months.push({ start, end: nextMonth(start) });
  }
  return months;
}

/** The ranges a source is asked for; one `undefined` for a source without placeholders. */
export function pagesOf(url: string, range?: PageRange): (DateRange | undefined)[] {
  if (!range || !hasRangePlaceholder(url)) return [undefined];
  return range.whole ? [range] : monthsOf(range);
}

export interface PagedData {
  data: SourceData;
  /** Months that could not be loaded while others could. */
  failedRanges: DateRange[];
}

function absolute(url: string): string | undefined {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
}

function loadPage(url: string, signal?: AbortSignal, shown?: DateRange): Promise<SourceData> {
  const href = absolute(url);
  return href
    ? loadSource(href, signal, undefined, shown)
    : Promise.reject(new SourceError('bad-url', url));
}

/** An item in two months' answers brings its warnings twice; the month's address aside, they are one. */
function onceEach(warnings: DataWarning[]): DataWarning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => {
    const key = JSON.stringify({ ...warning, source: undefined });
    return !seen.has(key) && seen.add(key);
  });
}

/** Keeps the first of each id: an event on two pages (it spans a month's end) is one event. */
function first<T extends { id: string }>(lists: T[][]): T[] {
  const seen = new Set<string>();
  return lists.flat().filter((item) => !seen.has(item.id) && seen.add(item.id));
}

/** A series on several pages may carry each month's changed dates only: all of them count. */
function seriesOnce(lists: QuartierEvent[][]): QuartierEvent[] {
  const byId = new Map<string, QuartierEvent>();
  for (const event of lists.flat()) {
    const kept = byId.get(event.id);
    if (!kept) byId.set(event.id, event);
    else if (kept.recurrence && event.recurrence) {
      const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];
      byId.set(event.id, {
        ...kept,
        recurrence: {
          ...kept.recurrence,
          exdates: union(kept.recurrence.exdates, event.recurrence.exdates),
          rdates: union(kept.recurrence.rdates, event.recurrence.rdates),
        },
      });
    }
  }
  return [...byId.values()];
}

function mergePages(pages: SourceData[]): SourceData {
  return {
    topics: first(pages.map((p) => p.topics)),
    events: seriesOnce(pages.map((p) => p.events)),
    projects: first(pages.map((p) => p.projects)),
    warnings: onceEach(pages.flatMap((p) => p.warnings)),
    topicsImplied: pages.some((p) => p.topicsImplied),
    complete: pages.some((p) => p.complete)
      ? Promise.all(pages.map((p) => p.complete ?? p)).then(mergePages)
      : undefined,
    near: overlap(pages.flatMap((p) => p.near ?? [])),
  };
}

/**
 * One source, in as many pages as its URL asks for. Throws the first failure
 * when no page could be loaded, so a source that is down shows its error.
 */
export async function loadPages(
  url: string,
  range: PageRange | undefined,
  signal?: AbortSignal,
  /** Something was shown already: months that fail become a notice, so paging back stays possible. */
  keepGoing = false,
): Promise<PagedData> {
  const pages = pagesOf(url, range);
  const checkFirst = range?.checkFirst ?? range;
  if (!pages[0]) {
    return { data: await loadPage(expandRange(url), signal, checkFirst), failedRanges: [] };
  }
  const settled = await Promise.allSettled(
    pages.map((page) => loadPage(expandRange(url, page), signal, checkFirst)),
  );
  signal?.throwIfAborted();
  const loaded = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  if (loaded.length === 0 && !keepGoing) throw (settled[0] as PromiseRejectedResult).reason;
  const data = mergePages(loaded);
  // An item with an id is reported against the address as written, so a faulty series is not
  // reported again each month; one without an id may be another item in each month's answer.
  data.warnings = data.warnings.map((warning) =>
    warning.id === undefined ? warning : { ...warning, source: url },
  );
  return {
    data,
    failedRanges: pages.filter((_, i) => settled[i].status === 'rejected') as DateRange[],
  };
}

/** Asks for the month after a range while the browser is idle, so paging forward is instant. */
export function prefetchAfter(urls: string[], range: PageRange | undefined): void {
  if (!range || range.whole) return;
  const paged = urls.filter(hasRangePlaceholder);
  if (paged.length === 0) return;
  const last = monthsOf(range).at(-1);
  if (!last) return;
  const following = { start: last.end, end: nextMonth(last.end) };
  const fetchAhead = () => {
    for (const url of paged) loadPage(expandRange(url, following)).catch(() => undefined);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(fetchAhead, { timeout: 2000 });
  else setTimeout(fetchAhead, 200);
}
