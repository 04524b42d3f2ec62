/**
 * How many new ideas one client may send in a time window. Addresses live in
 * memory only (never on disk, never logged) and are forgotten as soon as their
 * window has passed.
 *
 * Mind shared connections: everyone in a community centre's Wi-Fi has the
 * same address, so keep the limit generous (default: 20 per 10 minutes).
 */
export class RateLimiter {
  /**
   * @param {{max?: number, windowMs?: number, now?: () => number}} [options]
   */
  constructor(options = {}) {
    this.max = options.max ?? 20;
    this.windowMs = options.windowMs ?? 10 * 60 * 1000;
    this.now = options.now ?? Date.now;
    /** @type {Map<string, number[]>} times of accepted requests by client */
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
    if (times.length >= this.max) {
      return Math.max(1, Math.ceil((times[0] + this.windowMs - now) / 1000));
    }
    times.push(now);
    this.hits.set(client, times);
    return 0;
  }

  /** Drops every time outside the window, and clients with none left. */
  forgetOld(now = this.now()) {
    for (const [client, times] of this.hits) {
      while (times.length > 0 && times[0] + this.windowMs <= now) times.shift();
      if (times.length === 0) this.hits.delete(client);
    }
  }
}
