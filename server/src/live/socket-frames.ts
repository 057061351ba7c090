import { WebSocket } from 'ws';
import type { ExecutionResult } from 'graphql';
import type { PromiseOrValue } from 'graphql/jsutils/PromiseOrValue.js';

/**
 * graphql-ws serialises each message for each socket: a result shared by a thousand subscribers
 * would be turned into the same JSON a thousand times. Here a payload is serialised once (kept
 * with its object, which shared execution hands to every subscriber); graphql-ws's replacer puts
 * a placeholder in its stead and the socket's `send` puts the text back. graphql-ws serialises a
 * message and hands it to `send` in one synchronous step, so the text waiting is always that
 * message's.
 */
const serialised = new WeakMap<object, string>();
const placeholder = '\u0000payload';
const quotedPlaceholder = JSON.stringify(placeholder);
let waiting: string | null = null;

/** graphql-ws's `jsonMessageReplacer`. */
export function payloadOnce(key: string, value: unknown): unknown {
  if (key !== 'payload' || typeof value !== 'object' || value === null) return value;
  let text = serialised.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    serialised.set(value, text);
  }
  waiting = text;
  return placeholder;
}

/** The message with its payload's text in place of the placeholder, which is its last value. */
export function withPayload(message: string): string {
  const at = message.lastIndexOf(quotedPlaceholder);
  if (at < 0 || waiting === null) return message;
  const text = waiting;
  waiting = null;
  return message.slice(0, at) + text + message.slice(at + quotedPlaceholder.length);
}

/** The websocket class of the server (ws's `WebSocket` option): sends messages whole. */
export class SharedPayloadSocket extends WebSocket {
  override send(data: unknown, ...rest: unknown[]): void {
    (super.send as (data: unknown, ...rest: unknown[]) => void)(
      typeof data === 'string' ? withPayload(data) : data,
      ...rest,
    );
  }
}

/** A socket this far behind is served through graphql-ws's loop, which waits for each write. */
const maxBufferedBytes = 1024 * 1024;
const bytes = new WeakMap<object, Buffer>();
const closing = Buffer.from('}');

/** The start of a subscription's `next` messages, up to its payload: made once per subscription. */
export const nextMessageStart = (id: string) => Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);

function sendKnown(socket: WebSocket, start: Buffer, payload: object) {
  if (socket.readyState !== WebSocket.OPEN) return;
  let json = bytes.get(payload);
  if (!json) {
    json = Buffer.from(serialised.get(payload) ?? JSON.stringify(payload));
    bytes.set(payload, json);
  }
  // The message graphql-ws would send, from bytes made once for every subscriber of the result.
  socket.send(Buffer.concat([start, json, closing], start.length + json.length + 1), { binary: false });
}

/**
 * Sends a subscription's `next` message (`start` from nextMessageStart), the one graphql-ws would
 * send, unless the socket is closed or behind (false). A result still being executed is sent
 * once it is known.
 */
export function sendNext(
  socket: WebSocket,
  start: Buffer,
  result: PromiseOrValue<ExecutionResult>,
  answer: (result: ExecutionResult) => object,
): boolean | Promise<void> {
  if (socket.readyState !== WebSocket.OPEN || socket.bufferedAmount > maxBufferedBytes) return false;
  if (result instanceof Promise) {
    // What fails here would otherwise be an event lost in silence (or an unhandled rejection):
    // the socket is closed instead, and the client resumes from the last number it received.
    return result
      .then((known) => sendKnown(socket, start, answer(known)))
      .catch((error: unknown) => {
        console.error('Live delivery failed', error);
        socket.close(1011, 'Internal error');
      });
  }
  sendKnown(socket, start, answer(result));
  return true;
}
