/**
 * Which client a request comes from, for the rate limit only (never stored,
 * never logged).
 *
 * - IPv6 clients are counted per /64: a household's devices rotate their
 *   addresses inside it. IPv4 inside IPv6 (`::ffff:1.2.3.4`) counts as IPv4.
 * - Behind reverse proxies, `X-Forwarded-For` is read only when the connection
 *   comes from a configured proxy address, and then from the right: the first
 *   entry that is not itself a configured proxy is the client. Entries further
 *   left are whatever the client sent and are ignored.
 */
import { BlockList, isIP } from 'node:net';

/**
 * The proxies to trust: addresses and CIDR ranges, IPv4 or IPv6
 * (`127.0.0.1`, `10.0.0.0/8`, `::1`, `fd00::/8`).
 * @param {string[] | string | boolean | undefined} list `true`: the loopback addresses
 */
export function trustedProxies(list) {
  if (list === true) list = ['127.0.0.1', '::1'];
  if (!list) return undefined;
  const entries = (Array.isArray(list) ? list : String(list).split(','))
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  const blocks = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`--trust-proxy: "${entry}" is not an IP address or range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) blocks.addAddress(address, type);
    else blocks.addSubnet(address, Number(bits), type);
  }
  return blocks;
}

/** `::ffff:1.2.3.4` → `1.2.3.4`; anything else unchanged. */
function plain(address) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

function isTrusted(blocks, address) {
  const family = isIP(address);
  if (!blocks || family === 0) return false;
  return blocks.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** The first four groups of an IPv6 address, written out: its /64. */
function prefix64(address) {
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An IPv4 tail (`::1.2.3.4`) takes two groups.
  const groups = address.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, '').toLowerCase())
    .join(':')}::/64`;
}

/** The rate-limit bucket of an address: the IPv4 address, or the /64 of an IPv6 one. */
export function clientKey(address) {
  const value = plain(String(address ?? '').trim());
  const family = isIP(value);
  if (family === 4) return value;
  if (family === 6) return prefix64(value.split('%')[0]);
  return 'unknown';
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {BlockList | undefined} proxies
 */
export function clientOf(req, proxies) {
  let address = plain(req.socket?.remoteAddress ?? '');
  if (proxies && isTrusted(proxies, address)) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((part) => plain(part.trim()))
      .filter(Boolean);
    while (forwarded.length > 0) {
      const hop = forwarded.pop();
      if (isIP(hop) === 0) break;
      address = hop;
      if (!isTrusted(proxies, hop)) break;
    }
  }
  return clientKey(address);
}
