import type { DataWarning } from '../../model/types.js';
import { isRecord, type FormatAdapter } from './adapter.js';

const KEYS = ['version', 'topics', 'events', 'projects'];

/**
 * The native format: an object whose keys are all optional, so `{}` is valid
 * (and empty). An object with none of its keys but others is some other file.
 */
export const quartierJson: FormatAdapter = {
  detect: (json) =>
    isRecord(json) && (Object.keys(json).length === 0 || KEYS.some((key) => key in json)),
  toDocument: (json, source) => {
    const { version, language, topics, events, projects } = json as Record<string, unknown>;
    const warnings: DataWarning[] =
      version === undefined || version === 1
        ? []
        : [
            {
              source,
              kind: 'document',
              field: 'version',
              code: 'unsupported-version',
              value: String(version),
              action: 'field-dropped',
            },
          ];
    return { document: { language, topics, events, projects }, warnings };
  },
};
