import { isRecord, type FormatAdapter } from './adapter.js';

/** The native format: an object with any of `version`, `topics`, `events`, `projects`. */
export const quartierJson: FormatAdapter = {
  detect: (json) =>
    isRecord(json) && ['version', 'topics', 'events', 'projects'].some((key) => key in json),
  toDocument: (json) => {
    const { topics, events, projects } = json as Record<string, unknown>;
    return { document: { topics, events, projects }, warnings: [] };
  },
};
