import { describe, expect, it } from 'vitest';
import { payloadOnce, withPayload } from './socket-frames.js';

const frame = (message: object) => withPayload(JSON.stringify(message, payloadOnce));

describe('messages whose payload is serialised once', () => {
  it('are the same text as serialised whole, for any message', () => {
    const result = { data: { workshopEvents: { seq: 3, body: 'Café « noir »\n\u2028 \u0000' } } };
    for (const message of [
      { id: '1', type: 'next', payload: result },
      { id: '2', type: 'next', payload: result },
      { id: '3', type: 'error', payload: [{ message: 'Refused' }] },
      { type: 'connection_ack' },
      { type: 'pong', payload: { at: 1 } },
    ]) {
      expect(frame(message)).toBe(JSON.stringify(message));
    }
  });

  it('put the payload where it belongs, whatever id a client chose', () => {
    const message = { id: '\u0000payload', type: 'next', payload: { data: { n: 1 } } };
    expect(JSON.parse(frame(message))).toEqual(message);
  });
});
