/** Data warnings in plain words, for the console and the `debug` view. */
import type { DataWarning } from '../data/model.js';
import type { Messages } from './messages/de.js';
import { de } from './messages/de.js';

export function describeWarning(warning: DataWarning, m: Messages = de): string {
  const item = m.itemLabel(m.kind[warning.kind], warning.id, warning.id ? undefined : warning.index);
  const what =
    warning.action === 'skipped'
      ? m.skipped(item, warning.field)
      : m.fieldDropped(item, warning.field ?? '');
  const value = warning.value !== undefined ? ` ${m.valueWas(warning.value)}` : '';
  return `${what}: ${m.warning[warning.code]}${value}`;
}

/** One console message per source, German like the data editors who read it. */
export function formatWarnings(warnings: DataWarning[], url: string): string {
  return [de.consoleIntro(warnings.length, url), ...warnings.map((w) => `– ${describeWarning(w)}`)].join(
    '\n',
  );
}
