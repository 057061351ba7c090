import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP, type BlockList } from 'node:net';

/** Header carrying the visitor's address from the site (in this process) to the API. */
export const clientAddressHeader = 'x-quartierlab-client-address';
/** Proves a request comes from the site in this process: a browser cannot know it. */
export const internalHeader = 'x-quartierlab-internal';

/** One per process: the site is loaded into the process that created it. */
export const internalSecret = randomBytes(32).toString('base64url');

/** `::ffff:10.0.0.1` is how Node reports an IPv4 peer on a dual-stack socket. */
const plain = (address: string) =>
  address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

function fromSite(req: IncomingMessage): boolean {
  const given = header(req, internalHeader);
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(internalSecret);
  return a.length === b.length && timingSafeEqual(a, b);
}

const trusted = (proxies: BlockList, address: string) => {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? 'ipv6' : 'ipv4');
};

/** The connection comes from one of the proxies TRUST_PROXY names. */
export const fromTrustedProxy = (req: IncomingMessage, proxies: BlockList) =>
  trusted(proxies, plain(req.socket.remoteAddress ?? ''));

/**
 * The address rate limits are keyed by. The socket's peer, unless the peer is a configured proxy
 * (TRUST_PROXY): then `X-Forwarded-For` is read from the right, each trusted hop passing on to
 * the one before, and the first untrusted hop is the client. Hops a client wrote itself sit to
 * the left of what our proxies appended, so they are never reached. The site's server-side
 * requests name the visitor in a header that only counts with this process's secret.
 */
export function clientAddressOf(req: IncomingMessage, proxies: BlockList): string {
  const peer = plain(req.socket.remoteAddress ?? '');
  if (fromSite(req)) {
    const address = plain(header(req, clientAddressHeader)?.trim() ?? '');
    if (isIP(address)) return address;
  }
  let client = peer;
  if (!trusted(proxies, peer)) return client || 'unknown';
  const hops = (req.headers['x-forwarded-for'] ?? '')
    .toString()
    .split(',')
    .map((hop) => plain(hop.trim()));
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!isIP(hop)) break;
    client = hop;
    if (!trusted(proxies, hop)) break;
  }
  return client || 'unknown';
}
