/**
 * How many new ideas one client may store in a time window. Addresses live in
 * memory only (never on disk, never logged) and are forgotten as soon as their
 * window has passed.
 *
 * Only stored ideas count (the receiver takes a unit just before storing and
 * gives it back when nothing new was stored): invalid posts and the honeypot
 * never use up a community centre's allowance.
 *
 * Each request costs the same however many clients are known: the Map is kept
 * in order of each client's last request (touched clients move to its end), so
 * forgetting stops at the first client still inside its window.
 */
export class RateLimiter {
  /**
   * @param {{max?: number, windowMs?: number, now?: () => number}} [options]
   */
  constructor(options = {}) {
    this.max = options.max ?? 20;
    this.windowMs = options.windowMs ?? 10 * 60 * 1000;
    this.now = options.now ?? Date.now;
    /** @type {Map<string, number[]>} times of counted requests by client, least recently active first */
    this.hits = new Map();
  }

  /**
   * Counts a request of `client`. Returns 0 when it may go ahead, else the
   * seconds until it may try again (for `Retry-After`).
   * @param {string} client
   */
  take(client) {
    const now = this.now();
    this.forgetOld(now);
    const times = this.hits.get(client) ?? [];
    while (times.length > 0 && times[0] + this.windowMs <= now) times.shift();
    if (times.length >= this.max) {
      return Math.max(1, Math.ceil((times[0] + this.windowMs - now) / 1000));
    }
    times.push(now);
    // Moved to the end: the Map stays ordered by last activity.
    this.hits.delete(client);
    this.hits.set(client, times);
    return 0;
  }

  /** Gives back the last unit of `client` (nothing new was stored after all). */
  refund(client) {
    const times = this.hits.get(client);
    if (!times) return;
    times.pop();
    if (times.length === 0) this.hits.delete(client);
  }

  /** Drops the clients whose last request left the window: from the front, stopping at the first one still in it. */
  forgetOld(now = this.now()) {
    for (const [client, times] of this.hits) {
      if (times.length > 0 && times[times.length - 1] + this.windowMs > now) break;
      this.hits.delete(client);
    }
  }
}
