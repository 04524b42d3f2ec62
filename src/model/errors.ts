/** Why a source could not be used at all. The i18n module turns the code into a message. */
export type SourceErrorCode =
  | 'bad-url'
  | 'network'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'not-data'
  | 'malformed'
  | 'malformed-calendar'
  | 'unknown-format';

export class SourceError extends Error {
  override readonly name = 'SourceError';

  constructor(
    readonly code: SourceErrorCode,
    readonly url: string,
    readonly status?: number,
  ) {
    super(`${code}${status ? ` ${status}` : ''}: ${url}`);
  }
}
