import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * TRUST_PROXY: off (the default), `true` (trust the immediate peer: one load balancer in front),
 * or a list of addresses and CIDR ranges of the proxies to trust.
 */
export type TrustProxy = false | true | string[];

/** Parses TRUST_PROXY; throws a readable message for a bad address or range. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || text === '0' || text === 'false' || text === 'off') return false;
  if (text === '1' || text === 'true' || text === 'on') return true;
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) toBlockList([entry]);
  return entries;
}

function toBlockList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split('/');
    const family = isIP(address ?? '');
    if (family === 0) throw new Error(`"${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address!, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32))
        throw new Error(`"${entry}" has a bad prefix length`);
      list.addSubnet(address!, prefix, type);
    }
  }
  return list;
}

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
function normalize(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/**
 * Reads X-Forwarded-For and X-Forwarded-Proto, but only from a trusted proxy: anyone else could
 * write them to dodge the per-address limits or to pose as another address.
 */
export class ForwardedHeaders {
  private readonly list: BlockList | undefined;

  constructor(private readonly trust: TrustProxy) {
    this.list = Array.isArray(trust) ? toBlockList(trust) : undefined;
  }

  private trusted(address: string, isPeer: boolean): boolean {
    if (this.trust === false) return false;
    if (this.trust === true) return isPeer; // one hop: only the load balancer that connected to us
    const family = isIP(address);
    return family !== 0 && this.list!.check(address, family === 6 ? 'ipv6' : 'ipv4');
  }

  /**
   * The client's address: the socket's peer, or, when that is a trusted proxy, the last address in
   * X-Forwarded-For that is not a trusted proxy (entries further left are the client's to write).
   */
  clientAddress(req: IncomingMessage): string {
    const peer = normalize(req.socket.remoteAddress ?? 'unknown');
    if (!this.trusted(peer, true)) return peer;
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map(normalize).filter(Boolean);
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i]!;
      if (isIP(hop) === 0) return peer; // not written by a proxy we trust: ignore the header
      if (!this.trusted(hop, false)) return hop;
    }
    return hops[0] ?? peer;
  }

  /** Whether a trusted proxy says the client used https (first X-Forwarded-Proto value). */
  forwardedHttps(req: IncomingMessage): boolean {
    const peer = normalize(req.socket.remoteAddress ?? 'unknown');
    if (!this.trusted(peer, true)) return false;
    const header = req.headers['x-forwarded-proto'];
    const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase();
    return first === 'https';
  }
}
