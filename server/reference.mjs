/** Reference numbers for people: no 0/O, 1/I/L, so they survive being read out on the phone. */
import { randomBytes } from 'node:crypto';

const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * A short reference number: `Q-2026-7KX3M`.
 * @param {Date} now
 * @param {Uint8Array} bytes five bytes (random; the honeypot passes an HMAC)
 */
export function newReference(now = new Date(), bytes = randomBytes(5)) {
  const code = Array.from(bytes, (byte) => REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]);
  return `Q-${now.getUTCFullYear()}-${code.join('')}`;
}
