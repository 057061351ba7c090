// What counts as a failure. Refusing a hostile input (4xx, a GraphQL error with a client code, a
// protocol close with a 44xx code) is the expected answer; these are not.
import type { Case } from './context.js';
import type { HttpOutcome, WsOutcome } from './transports.js';

export type FailureKind =
  | '5xx'
  | 'internal-error'
  | 'socket-internal-close'
  | 'socket-closed-by-operation'
  | 'socket-unexpected-close'
  | 'socket-unresponsive'
  | 'connection-dropped'
  | 'timeout'
  | 'slow'
  | 'stall'
  | 'stderr'
  | 'crash';

/** graphql-ws's protocol closes (and ws's own): the right answer to a broken frame. */
const PROTOCOL_CLOSES = new Set([1000, 1001, 1002, 1003, 1007, 1008, 1009, 4400, 4401, 4403, 4406, 4408, 4409, 4429]);

/** Masked errors, as Apollo and our formatError write them. */
export function hasInternalError(text: string): boolean {
  return text.includes('INTERNAL_SERVER_ERROR') || text.includes('Internal server error');
}

export interface Verdict {
  failures: FailureKind[];
  /** HTTP status (or `ws:<close code>`, `ws:open`) for the table of answers seen. */
  answer: string;
  ms: number;
  detail?: string;
}

/** Node's HTTP parser answers a request head over 16 KiB with 431 and may reset the connection. */
const MAX_HEAD_BYTES = 16 * 1024;

export function judgeHttp(
  c: Extract<Case, { kind: 'http' }>,
  outcome: HttpOutcome,
  slowMs: number,
  bodyLimit: number,
): Verdict {
  // The server answers 413 to a body over its limit and closes without reading the rest, so a
  // client still writing sees the connection go: that is the declared limit, not a defect.
  const overLimit = (c.request.body?.length ?? 0) > bodyLimit;
  const head =
    c.request.path.length + Object.entries(c.request.headers).reduce((n, [k, v]) => n + k.length + v.length, 0);
  const failures: FailureKind[] = [];
  if (outcome.status !== undefined && outcome.status >= 500) failures.push('5xx');
  // HTML pages may quote what was typed: only JSON answers are searched for masked errors.
  if (outcome.status !== undefined && /json/.test(outcome.contentType ?? '') && hasInternalError(outcome.text)) {
    failures.push('internal-error');
  }
  if (outcome.timedOut) failures.push('timeout');
  else if (outcome.error && !outcome.error.startsWith('not sent') && head <= MAX_HEAD_BYTES && !overLimit) {
    failures.push('connection-dropped');
  }
  if (!outcome.timedOut && outcome.ms > slowMs) failures.push('slow');
  const answer = outcome.status !== undefined ? String(outcome.status) : outcome.timedOut ? 'timeout' : 'no answer';
  return { failures, answer, ms: outcome.ms, detail: outcome.error ?? snippet(outcome.text) };
}

export function judgeWs(
  c: Extract<Case, { kind: 'ws' }>,
  outcome: WsOutcome,
  slowMs: number,
  frameLimit: number,
): Verdict {
  const failures: FailureKind[] = [];
  // The ws client itself aborts a handshake that settles on no subprotocol (it reports 1006).
  const clientRefused = /subprotocol/i.test(outcome.error ?? '');
  const close = clientRefused ? undefined : outcome.serverClose;
  if (outcome.upgradeStatus !== undefined && outcome.upgradeStatus >= 500) failures.push('5xx');
  if (close && (close.code === 1011 || close.code === 4500)) failures.push('socket-internal-close');
  else if (close && close.code === 1006) failures.push('connection-dropped');
  else if (close && c.script.mustStayOpen && !(close.code === 1009 && outcome.largestFrame > frameLimit)) {
    failures.push('socket-closed-by-operation');
  } else if (close && !c.script.mustStayOpen && !PROTOCOL_CLOSES.has(close.code)) {
    failures.push('socket-unexpected-close');
  }
  const payloads = outcome.messages
    .filter((m) => m.type === 'next' || m.type === 'error')
    .map((m) => JSON.stringify(m.payload));
  if (payloads.some(hasInternalError)) failures.push('internal-error');
  if (outcome.timedOut) failures.push('timeout');
  const open = !close && outcome.upgradeStatus === undefined && !outcome.error;
  if (open && !outcome.timedOut && !outcome.aliveAtEnd) failures.push('socket-unresponsive');
  if (outcome.slowestWaitMs > slowMs) failures.push('slow');
  const answer = outcome.upgradeStatus
    ? `upgrade ${outcome.upgradeStatus}`
    : close
      ? `ws close ${close.code}`
      : outcome.aliveAtEnd
        ? 'ws open'
        : 'ws no answer';
  const internal = payloads.find(hasInternalError);
  const lastError = outcome.messages.find((m) => m.type === 'error');
  const detail = internal
    ? snippet(internal)
    : close
      ? `closed ${close.code} ${close.reason}`
      : lastError
        ? snippet(JSON.stringify(lastError.payload))
        : outcome.error;
  return { failures, answer, ms: Math.max(outcome.slowestWaitMs, 0), detail };
}

function snippet(text: string): string | undefined {
  if (!text) return undefined;
  const internal = text.indexOf('Internal');
  const start = internal > 80 ? internal - 80 : 0;
  return text.slice(start, start + 200);
}
