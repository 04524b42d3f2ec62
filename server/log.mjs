/**
 * Structured logs: one JSON object a line (`{"time", "event", …}`), for
 * journald, Docker or any log shipper. Callers pass event names and counts,
 * status codes, error codes: never personal data (names, e-mail addresses,
 * idea texts) and never client IP addresses.
 */

/**
 * @param {NodeJS.WritableStream} [stream]
 * @returns {(event: string, fields?: Record<string, unknown>) => void}
 */
export function createLogger(stream = process.stderr) {
  return (event, fields = {}) => {
    stream.write(`${JSON.stringify({ time: new Date().toISOString(), event, ...fields })}\n`);
  };
}
