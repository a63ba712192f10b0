import * as decoding from 'lib0/decoding';
import { MessageType, SyncStep } from './messageTypes.ts';

/** A client → server message, parsed without touching any document. */
export type IncomingMessage =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-update'; update: Uint8Array; step: 'step2' | 'update' }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' }
  | { kind: 'auth' };

export class MalformedMessage extends Error {}

/**
 * Parses one message. Throws MalformedMessage for unknown tags, truncated payloads or trailing
 * bytes, so that a hostile client is refused before anything is applied.
 */
export function decodeMessage(data: Uint8Array): IncomingMessage {
  const decoder = decoding.createDecoder(data);
  let message: IncomingMessage;
  try {
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync: {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === SyncStep.step1) message = { kind: 'sync-step1', stateVector: payload };
        else if (step === SyncStep.step2) message = { kind: 'sync-update', update: payload, step: 'step2' };
        else if (step === SyncStep.update) message = { kind: 'sync-update', update: payload, step: 'update' };
        else throw new MalformedMessage(`unknown sync step ${step}`);
        break;
      }
      case MessageType.awareness:
        message = { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
        break;
      case MessageType.queryAwareness:
        message = { kind: 'query-awareness' };
        break;
      case MessageType.auth:
        decoding.readVarUint(decoder);
        message = { kind: 'auth' };
        return message;
      default:
        throw new MalformedMessage(`unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof MalformedMessage) throw error;
    throw new MalformedMessage('truncated message');
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes after message');
  return message;
}
