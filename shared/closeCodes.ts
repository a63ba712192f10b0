/**
 * WebSocket close codes the sync server uses, named once for server, client and tests.
 * 4400-4499 mirror HTTP 4xx: the stock y-websocket provider treats them as permanent and stops
 * reconnecting; our client retries only where waiting can help (see `retryable`).
 */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  tooBig: 1009,
  serverError: 1011,
  tryAgainLater: 1013,
  malformed: 4400,
  unauthenticated: 4401,
  forbidden: 4403,
  unknown: 4404,
  tooMany: 4429,
  slowConsumer: 4408,
  membershipChanged: 4409,
  frozen: 4423,
} as const;

export type CloseCodeName = keyof typeof CloseCode;

const words: Record<number, string> = {
  [CloseCode.normal]: 'Connection closed.',
  [CloseCode.goingAway]: 'The server is restarting.',
  [CloseCode.tooBig]: 'A message was larger than the server accepts.',
  [CloseCode.serverError]: 'The server hit an internal error.',
  [CloseCode.tryAgainLater]: 'The server is busy; trying again shortly.',
  [CloseCode.malformed]: 'The server could not read a message from this page.',
  [CloseCode.unauthenticated]: 'Your sign-in is missing or has expired. Open your invitation link again.',
  [CloseCode.forbidden]: 'You do not have access to this document.',
  [CloseCode.unknown]: 'This consortium or document does not exist.',
  [CloseCode.tooMany]: 'Too many connections or messages; waiting before reconnecting.',
  [CloseCode.slowConsumer]: 'The connection was too slow to keep up and was reset.',
  [CloseCode.membershipChanged]: 'Your role in this consortium changed; reconnecting with the new role.',
  [CloseCode.frozen]:
    'The consortium agreement has been executed and is read-only, so your change to it was not saved. Reload the page to continue.',
};

/** A sentence a person can read for a close code. */
export function describeClose(code: number): string {
  return words[code] ?? `Connection closed (code ${code}).`;
}

/** Whether reconnecting after this close can help. */
export function retryable(code: number): boolean {
  return !(
    code === CloseCode.unauthenticated ||
    code === CloseCode.forbidden ||
    code === CloseCode.unknown ||
    code === CloseCode.malformed ||
    code === CloseCode.tooBig ||
    code === CloseCode.frozen
  );
}
