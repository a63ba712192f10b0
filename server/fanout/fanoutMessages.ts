import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * What instances tell each other over Redis. Every message carries the sender's instance id, so an
 * instance ignores its own; the payload of `update` and `awareness` is the Yjs/awareness update as
 * the sender applied it, of `membership` a JSON MembershipChange; `recheck` (empty, on the
 * membership channel) asks every instance to re-read the memberships of its open sockets; `freeze` (also
 * on the membership channel) is a JSON FreezeChange: a consortium's agreement executed or amended.
 */
export type FanoutKind = 'update' | 'awareness' | 'resync' | 'membership' | 'recheck' | 'freeze';

const KIND_CODES: Record<FanoutKind, number> = { update: 0, awareness: 1, resync: 2, membership: 3, recheck: 4, freeze: 5 };
const KINDS: FanoutKind[] = ['update', 'awareness', 'resync', 'membership', 'recheck', 'freeze'];

export interface FanoutMessage {
  from: string;
  kind: FanoutKind;
  payload: Uint8Array;
}

export function encodeFanout(message: FanoutMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, message.from);
  encoding.writeVarUint(encoder, KIND_CODES[message.kind]);
  encoding.writeVarUint8Array(encoder, message.payload);
  return encoding.toUint8Array(encoder);
}

/** Undefined for anything malformed: another deployment sharing the prefix must not crash us. */
export function decodeFanout(data: Uint8Array): FanoutMessage | undefined {
  try {
    const decoder = decoding.createDecoder(data);
    const from = decoding.readVarString(decoder);
    const kind = KINDS[decoding.readVarUint(decoder)];
    const payload = decoding.readVarUint8Array(decoder);
    return kind ? { from, kind, payload } : undefined;
  } catch {
    return undefined;
  }
}
