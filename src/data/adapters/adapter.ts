import type { DataWarning } from '../../model/types.js';
import type { RawDocument } from '../validate.js';

/** Turns one source format into the Quartier JSON shape; validation happens afterwards, for all alike. */
export interface FormatAdapter {
  /** Whether a parsed JSON value is in this format, judged by content, not by file name. */
  detect(json: unknown): boolean;
  toDocument(json: unknown, source: string): { document: RawDocument; warnings: DataWarning[] };
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
