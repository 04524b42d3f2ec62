/**
 * Data warnings on the console: each once per page, grouped by source. The
 * data layer only returns warnings; writing them is done here, above it,
 * where the texts (i18n) and the page registry's `warned` set are at hand.
 */
import { loadAll, type LoadedData } from '../data/load-all.js';
import type { PageRange } from '../data/pages.js';
import { formatWarnings, loadWarningTexts } from '../i18n/warnings.js';
import type { DataWarning } from '../model/types.js';
import { pageRegistry } from '../registry/page-registry.js';

/** Writes warnings to the console, each once per page, grouped by source. */
export function reportWarnings(warnings: DataWarning[]): void {
  const { warned } = pageRegistry();
  const bySource = new Map<string, DataWarning[]>();
  for (const warning of warnings) {
    // The position counts only for items without an id: the same item moves in another month's answer.
    const key = JSON.stringify([
      warning.source,
      warning.kind,
      warning.id ?? warning.index,
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

/**
 * loadAll (data/load-all.ts), and its warnings on the console. Warnings come
 * with the whole sources: a first, partial look reports nothing.
 */
export async function loadAndReport(
  sources: string[],
  signal?: AbortSignal,
  range?: PageRange,
  keepGoing = false,
): Promise<LoadedData> {
  const loaded = await loadAll(sources, signal, range, keepGoing);
  if (!loaded.complete) reportWarnings(loaded.warnings);
  return loaded;
}
