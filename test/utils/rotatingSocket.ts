import { WriteCountingWebSocket } from './acks.ts';

/**
 * A client that knows several instances, as one behind a load balancer does: each new socket goes to
 * the next base URL in turn (a dead instance refuses, and the provider's retry goes to the next).
 * `serial` tells the sockets of one provider apart, since `saved` counts are per socket.
 */
export function rotatingWebSocket(baseUrls: () => string[]) {
  let turn = 0;
  let serials = 0;
  return class RotatingWebSocket extends WriteCountingWebSocket {
    readonly serial = ++serials;

    constructor(address: string | URL, protocols?: string | string[]) {
      const url = new URL(String(address));
      const bases = baseUrls();
      const base = new URL(bases[turn++ % bases.length]!);
      url.host = base.host;
      super(url, protocols);
    }
  };
}
