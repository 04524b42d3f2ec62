/**
 * Data warnings in plain words, for the console and the `debug` view. The
 * texts are a lazy chunk: only pages whose data has problems load them.
 */
import type { DataWarning } from '../model/types.js';
import type { WarningTexts } from './data-warnings/de.js';
import { textLanguage } from './languages.js';

const LOADERS: Record<string, () => Promise<WarningTexts>> = {
  de: () => import('./data-warnings/de.js').then((m) => m.de),
  en: () => import('./data-warnings/en.js').then((m) => m.en),
};

/** The warning texts for a language (German when there are none for it). */
export function loadWarningTexts(lang: string): Promise<WarningTexts> {
  return (LOADERS[textLanguage(lang) ?? 'de'] ?? LOADERS.de)();
}

export function describeWarning(warning: DataWarning, t: WarningTexts): string {
  const item = t.itemLabel(
    t.kind[warning.kind],
    warning.id,
    warning.id ? undefined : warning.index,
  );
  const what =
    warning.action === 'skipped'
      ? t.skipped(item, warning.field)
      : warning.action === 'noted'
        ? t.noted(item, warning.field ?? '')
        : t.fieldDropped(item, warning.field ?? '');
  const value = warning.value !== undefined ? ` ${t.valueWas(warning.value)}` : '';
  return `${what}: ${t.warning[warning.code]}${value}`;
}

/** One console message per source, in German like the data editors who read it. */
export function formatWarnings(warnings: DataWarning[], url: string, t: WarningTexts): string {
  return [
    t.consoleIntro(warnings.length, url),
    ...warnings.map((w) => `– ${describeWarning(w, t)}`),
  ].join('\n');
}
