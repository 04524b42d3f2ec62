/**
 * Loads every source of one element and merges them in order. One failing
 * source does not hide the others: only when all fail is the whole load an
 * error. Warnings go to the console once per source and page.
 */
import { formatWarnings, loadWarningTexts } from '../i18n/warnings.js';
import { shared } from '../state/shared.js';
import { SourceError } from './errors.js';
import { loadSource } from './loader.js';
import { mergeSources, type MergedData } from './merge.js';
import type { DataWarning } from './model.js';

export interface LoadedData extends MergedData {
  /** Sources that could not be loaded, while others could. */
  failures: SourceError[];
  /** How many sources were asked. */
  total: number;
}

/** Splits an attribute value at commas and/or white space. */
export const splitList = (value: string | null | undefined): string[] =>
  (value ?? '').split(/[\s,]+/).filter(Boolean);

/** The first failure, thrown when every source failed, so the element shows one clear error. */
export async function loadAll(sources: string[], signal?: AbortSignal): Promise<LoadedData> {
  // Absolute from here on: the cache key, item URLs and image origins all depend on it.
  const urls = sources.map((source) => absolute(source));
  const settled = await Promise.allSettled(
    urls.map((url, i) =>
      url ? loadSource(url, signal) : Promise.reject(new SourceError('bad-url', sources[i])),
    ),
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
  if (urls.length > 0 && failures.length === urls.length) throw failures[0];
  const merged = mergeSources(
    settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : [])),
  );
  warnOnce(merged.warnings);
  return { ...merged, failures, total: urls.length };
}

function absolute(url: string): string | undefined {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/** Writes warnings to the console, each once per page, grouped by source. */
export function warnOnce(warnings: DataWarning[]): void {
  const { warned } = shared();
  const bySource = new Map<string, DataWarning[]>();
  for (const warning of warnings) {
    const key = JSON.stringify([
      warning.source,
      warning.kind,
      warning.index,
      warning.id,
      warning.field,
      warning.code,
    ]);
    if (warned.has(key)) continue;
    warned.add(key);
    bySource.set(warning.source, [...(bySource.get(warning.source) ?? []), warning]);
  }
  if (bySource.size === 0) return;
  void loadWarningTexts('de').then((texts) => {
    for (const [source, list] of bySource) console.warn(formatWarnings(list, source, texts));
  });
}
