import { describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import { nextMessageStart, payloadOnce, sendNext, withPayload } from './socket-frames.js';

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

describe('a next message sent straight from the fan-out', () => {
  const socketThat = (state: { readyState?: number; bufferedAmount?: number } = {}) => {
    const sent: { text: string; binary: unknown }[] = [];
    const socket = {
      readyState: 1,
      bufferedAmount: 0,
      ...state,
      send: (data: Buffer, options: { binary?: boolean }) =>
        sent.push({ text: data.toString(), binary: options.binary }),
    };
    return { socket: socket as unknown as WebSocket, sent };
  };
  const result = { data: { workshopEvents: { seq: 4, body: 'Déjà « vu »' } } };
  const answer = (r: object) => r;

  it('is the text message graphql-ws would send, made once for every subscriber', async () => {
    const { socket, sent } = socketThat();
    expect(sendNext(socket, nextMessageStart('7'), result, answer)).toBe(true);
    expect(sendNext(socket, nextMessageStart('"8"'), result, answer)).toBe(true);
    await sendNext(socket, nextMessageStart('9'), Promise.resolve(result), answer);
    expect(sent.map((m) => m.binary)).toEqual([false, false, false]);
    expect(sent.map((m) => m.text)).toEqual(
      ['7', '"8"', '9'].map((id) => JSON.stringify({ id, type: 'next', payload: result })),
    );
  });

  it('is refused to a socket that is closed or behind: the queue serves it', () => {
    expect(sendNext(socketThat({ readyState: 3 }).socket, nextMessageStart('1'), result, answer)).toBe(false);
    expect(sendNext(socketThat({ bufferedAmount: 5_000_000 }).socket, nextMessageStart('1'), result, answer)).toBe(
      false,
    );
  });

  it('closes the socket when a result cannot be delivered, so the client resumes instead of missing it', async () => {
    const closed: number[] = [];
    const { socket, sent } = socketThat();
    (socket as unknown as { close: (code: number) => void }).close = (code) => closed.push(code);
    const failing = (): object => {
      throw new Error('cannot serialise');
    };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await sendNext(socket, nextMessageStart('1'), Promise.resolve(result), failing);
    expect(sent).toEqual([]);
    expect(closed).toEqual([1011]);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
