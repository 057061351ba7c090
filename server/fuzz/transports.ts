// How cases reach the server: raw HTTP requests through node:http (fetch would normalise the
// hostile paths and headers we want to send as they are) and scripted websocket conversations.
import http from 'node:http';
import WebSocket from 'ws';

export interface HttpRequest {
  method: string;
  /** Sent as written: `%00`, `%ZZ` and `..` are not normalised. */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

export interface HttpOutcome {
  ms: number;
  status?: number;
  contentType?: string;
  /** The answer's text (up to a few MiB; the rest is read and dropped). */
  text: string;
  /** Network failure or timeout, when no complete answer came. */
  error?: string;
  timedOut: boolean;
}

const KEEP_BYTES = 8 * 1024 * 1024;

export class HttpClient {
  // A connection per case: a hostile case may leave its connection mid-request (a body shorter
  // than it declared, say), and the next case sent on it would wait and be reset. That is that
  // connection's own fate, not the server's, and cases must not be charged for each other.
  private readonly agent = new http.Agent({ keepAlive: false, maxSockets: 32 });

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly timeoutMs: number,
  ) {}

  send(request: HttpRequest): Promise<HttpOutcome> {
    const started = performance.now();
    return new Promise((resolve) => {
      let settled = false;
      const done = (outcome: Omit<HttpOutcome, 'ms'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ...outcome, ms: performance.now() - started });
      };
      let req: http.ClientRequest;
      try {
        req = http.request({
          host: this.host,
          port: this.port,
          method: request.method,
          path: request.path,
          headers: request.headers,
          agent: this.agent,
        });
      } catch (error) {
        // node:http refuses some paths and headers itself: the case never reached the server.
        done({ text: '', error: `not sent: ${(error as Error).message}`, timedOut: false });
        return;
      }
      const timer = setTimeout(() => {
        done({ text: '', error: `no answer within ${this.timeoutMs} ms`, timedOut: true });
        req.destroy();
      }, this.timeoutMs);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        res.on('data', (chunk: Buffer) => {
          if (kept < KEEP_BYTES) chunks.push(chunk);
          kept += chunk.length;
        });
        res.on('end', () =>
          done({
            status: res.statusCode,
            contentType: String(res.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
            timedOut: false,
          }),
        );
        res.on('error', (error) =>
          done({ status: res.statusCode, text: '', error: `answer cut: ${error.message}`, timedOut: false }),
        );
      });
      req.on('error', (error) => done({ text: '', error: error.message, timedOut: false }));
      req.end(request.body);
    });
  }

  close() {
    this.agent.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// Websocket conversations

export type WsStep =
  /** Send one frame (text unless `binary`; a Buffer sent as text carries raw, maybe invalid, UTF-8). */
  | { send: string | Buffer; binary?: boolean }
  /**
   * Wait for a message: `ack` (connection_ack), `pong`, `done` (complete or error of `id`), `first`
   * (next, error or complete of `id`). `optional`: no message in time is fine (a subscription
   * waiting for events).
   */
  | { await: 'ack' | 'pong' | 'done' | 'first'; id?: string; optional?: boolean; ms?: number };

export interface WsScript {
  path?: string;
  headers?: Record<string, string>;
  /** Subprotocols offered; graphql-transport-ws when absent. */
  protocols?: string[];
  steps: WsStep[];
  /** Every frame is well-formed: the server must not close the socket (a frame over its limit aside). */
  mustStayOpen?: boolean;
}

export interface WsMessage {
  type?: string;
  id?: string;
  payload?: unknown;
}

export interface WsOutcome {
  ms: number;
  /** Longest wait for an answer the script expected. */
  slowestWaitMs: number;
  /** HTTP status when the upgrade was answered with a plain response. */
  upgradeStatus?: number;
  /** The close code and reason, when the server closed the socket before the script ended. */
  serverClose?: { code: number; reason: string };
  messages: WsMessage[];
  /** An expected (non-optional) answer did not come. */
  timedOut: boolean;
  /** Still open at the end: answered a last ping with a pong. */
  aliveAtEnd: boolean;
  error?: string;
  largestFrame: number;
}

export async function runWsScript(wsUrl: string, script: WsScript, timeoutMs: number): Promise<WsOutcome> {
  const started = performance.now();
  const outcome: WsOutcome = {
    ms: 0,
    slowestWaitMs: 0,
    messages: [],
    timedOut: false,
    aliveAtEnd: false,
    largestFrame: 0,
  };
  const socket = new WebSocket(`${wsUrl}${script.path ?? ''}`, script.protocols ?? ['graphql-transport-ws'], {
    headers: script.headers,
    handshakeTimeout: timeoutMs,
    maxPayload: 64 * 1024 * 1024,
  });
  let closed = false;
  let wake: () => void = () => undefined;
  socket.on('message', (data: Buffer) => {
    try {
      outcome.messages.push(JSON.parse(data.toString('utf8')) as WsMessage);
    } catch {
      outcome.messages.push({ type: '<not JSON>', payload: data.toString('utf8').slice(0, 200) });
    }
    wake();
  });
  socket.on('open', () => wake());
  socket.on('unexpected-response', (_req, res) => {
    outcome.upgradeStatus = res.statusCode;
    res.resume();
    closed = true;
    wake();
  });
  socket.on('close', (code, reason) => {
    if (!closed) outcome.serverClose = { code, reason: reason.toString('utf8') };
    closed = true;
    wake();
  });
  socket.on('error', (error) => {
    outcome.error ??= error.message;
  });

  /** Resolves when `test` holds, the socket closes or the time is up. */
  const until = (test: () => boolean, ms: number) =>
    new Promise<boolean>((resolve) => {
      const check = () => {
        if (test()) return finish(true);
        if (closed) return finish(false);
      };
      const timer = setTimeout(() => finish(false), ms);
      const finish = (ok: boolean) => {
        clearTimeout(timer);
        wake = () => undefined;
        resolve(ok);
      };
      wake = check;
      check();
    });

  const opened = await until(() => socket.readyState === WebSocket.OPEN, timeoutMs);
  if (!opened) {
    outcome.timedOut = !closed && outcome.upgradeStatus === undefined && outcome.error === undefined;
    socket.terminate();
    outcome.ms = performance.now() - started;
    return outcome;
  }
  let seen = 0;
  for (const step of script.steps) {
    if (closed) break;
    if ('send' in step) {
      const size = Buffer.byteLength(step.send);
      outcome.largestFrame = Math.max(outcome.largestFrame, size);
      socket.send(step.send, { binary: step.binary ?? false });
      continue;
    }
    const waitStart = performance.now();
    const matches = (m: WsMessage) => {
      if (step.await === 'ack') return m.type === 'connection_ack';
      if (step.await === 'pong') return m.type === 'pong';
      if (m.id !== step.id) return false;
      return step.await === 'first' ? ['next', 'error', 'complete'].includes(m.type ?? '') : m.type !== 'next';
    };
    const from = seen;
    const ok = await until(() => outcome.messages.slice(from).some(matches), step.ms ?? timeoutMs);
    seen = outcome.messages.length;
    if (ok) outcome.slowestWaitMs = Math.max(outcome.slowestWaitMs, performance.now() - waitStart);
    else if (!closed && !step.optional) {
      outcome.timedOut = true;
      outcome.slowestWaitMs = Math.max(outcome.slowestWaitMs, performance.now() - waitStart);
      break;
    }
  }
  // The socket must still answer: one last ping.
  if (!closed) {
    const from = outcome.messages.length;
    socket.send(JSON.stringify({ type: 'ping' }));
    outcome.aliveAtEnd = await until(() => outcome.messages.slice(from).some((m) => m.type === 'pong'), timeoutMs);
  }
  if (!closed) {
    closed = true;
    socket.close(1000);
  }
  outcome.ms = performance.now() - started;
  return outcome;
}
