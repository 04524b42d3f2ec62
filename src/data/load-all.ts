/**
 * Loads every source of one element and merges them in order. One failing
 * source does not hide the others: only when all fail is the whole load an
 * error. Warnings are returned; writing them to the console is left to the
 * layers above (controllers/report-warnings.ts).
 */
import { SourceError } from '../model/errors.js';
import { mergeSources, type MergedData } from './merge.js';
import { loadPages, overlap, type DateRange, type PageRange } from './pages.js';

export interface LoadedData extends MergedData {
  /** Sources that could not be loaded, while others could. */
  failures: SourceError[];
  /** Months of a month-by-month source that could not be loaded, while others could. */
  failedRanges: DateRange[];
  /** How many sources were asked. */
  total: number;
  /** Set while some sources are checked only near the shown dates: settles when all are whole. */
  complete?: Promise<unknown>;
  /** While `complete` is pending: the days whose events have all been checked. */
  near?: DateRange;
}

/**
 * Sources with `{start}`/`{end}` are asked for `range` (month by month, see
 * pages.ts). The first failure is thrown when every source failed, so the
 * element shows one clear error.
 */
export async function loadAll(
  sources: string[],
  signal?: AbortSignal,
  range?: PageRange,
  /** Something was shown already (see loadPages). */
  keepGoing = false,
): Promise<LoadedData> {
  const settled = await Promise.allSettled(
    sources.map((source) => loadPages(source, range, signal, keepGoing)),
  );
  signal?.throwIfAborted();
  const failures = settled.flatMap((result, i) =>
    result.status === 'rejected'
      ? [
          result.reason instanceof SourceError
            ? result.reason
            : new SourceError('network', sources[i]),
        ]
      : [],
  );
  if (sources.length > 0 && failures.length === sources.length) throw failures[0];
  const loaded = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const merged = mergeSources(loaded.map((paged) => paged.data));
  const pending = loaded.flatMap((paged) => paged.data.complete ?? []);
  return {
    ...merged,
    failures,
    failedRanges: loaded.flatMap((paged) => paged.failedRanges),
    total: sources.length,
    complete: pending.length > 0 ? Promise.all(pending) : undefined,
    near: overlap(loaded.flatMap((paged) => paged.data.near ?? [])),
  };
}
