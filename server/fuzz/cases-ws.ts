// Cases over the websocket (graphql-transport-ws): operations with hostile values and shapes,
// over-limit documents (which must fail that operation only), and broken protocol frames.
import { generated, hostileShape } from './cases-api.js';
import type { Operation } from './generator.js';
import type { Rng } from './prng.js';
import * as shapes from './shapes.js';
import { someCookie, type CaseBuilder, type FuzzContext, CHAIN_SIZES, ALIAS_SIZES } from './context.js';
import type { WsScript, WsStep } from './transports.js';

const INIT: WsStep[] = [{ send: JSON.stringify({ type: 'connection_init' }) }, { await: 'ack' }];

const subscribe = (id: string, operation: Operation) => JSON.stringify({ id, type: 'subscribe', payload: operation });

/** Headers of the upgrade: a session cookie now and then (the socket reads it once). */
function upgradeHeaders(rng: Rng, ctx: FuzzContext): Record<string, string> {
  const cookie = someCookie(rng, ctx.sessions);
  return cookie ? { cookie } : {};
}

/**
 * One well-formed operation on an initialised socket: its answer (or, for a subscription, its
 * first event or nothing) must come, and the socket must stay open.
 */
function operationScript(rng: Rng, ctx: FuzzContext, operation: Operation): WsScript {
  const isSubscription = /^\s*subscription\b/.test(operation.query);
  const id = String(rng.int(1, 1e6));
  return {
    headers: upgradeHeaders(rng, ctx),
    mustStayOpen: true,
    steps: [
      ...INIT,
      { send: subscribe(id, operation) },
      isSubscription ? { await: 'first', id, optional: true, ms: 300 } : { await: 'done', id },
      { send: JSON.stringify({ id, type: 'complete' }) },
    ],
  };
}

const ws = (label: string, script: WsScript, growth?: { key: string; size: number }) => ({
  kind: 'ws' as const,
  label,
  script,
  growth,
});

export const wsOperation: CaseBuilder = (rng, ctx) => {
  const kind = rng.weighted({ query: 3, mutation: 2, subscription: 4 });
  return ws(
    `generated ${kind} over the websocket`,
    operationScript(rng, ctx, generated(rng, ctx, kind, rng.chance(0.15))),
  );
};

/** Documents over a limit, in a frame under the frame limit: the operation fails, not the socket. */
export const wsLimits: CaseBuilder = (rng, ctx) => {
  const roomy = ctx.limits.maxSocketMessageBytes - 1024;
  let made: shapes.Shape;
  let growth: { key: string; size: number } | undefined;
  switch (rng.int(0, 3)) {
    case 0:
      growth = { key: 'fragment-chain', size: ctx.growth.next('fragment-chain', CHAIN_SIZES) };
      made = shapes.fragmentChain(growth.size);
      break;
    case 1:
      growth = { key: 'aliases', size: ctx.growth.next('aliases', ALIAS_SIZES) };
      made = shapes.aliasedLists(growth.size, 100);
      break;
    default:
      made = hostileShape(rng);
  }
  if (Buffer.byteLength(subscribe('1', made.operation)) > roomy) {
    made = shapes.manyTokens(5000);
    growth = undefined;
  }
  return ws(`${made.label}, over the websocket`, operationScript(rng, ctx, made.operation), growth);
};

/** Frames the protocol does not allow, or allows only in order. Closing with a 44xx code is fine. */
export const wsFrame: CaseBuilder = (rng, ctx) => {
  const op = { query: 'subscription { workshopEvents(workshopId: "x") { seq } }' };
  const sub = (id: unknown, payload: unknown = op) => JSON.stringify({ id, type: 'subscribe', payload });
  const live = [...(ctx.corpus.idsByType.get('Workshop') ?? ['x'])];
  const liveSub = (id: string) =>
    sub(id, {
      query: 'subscription S($w: ID!) { workshopEvents(workshopId: $w) { seq } }',
      variables: { w: rng.pick(live) },
    });
  const script = (label: string, steps: WsStep[], mustStayOpen = false) =>
    ws(label, { headers: upgradeHeaders(rng, ctx), steps, mustStayOpen });
  switch (rng.int(0, 17)) {
    case 0:
      return script('frame that is not JSON', [
        { send: rng.pick(['{', '', 'null', '[]', '"x"', '\u0000', '{"type":1}']) },
      ]);
    case 1:
      return script('unknown message type', [
        ...INIT,
        {
          send: JSON.stringify({
            type: rng.pick(['start', 'foo', 'connection_terminate', 'next', 'error', '__proto__']),
            id: '1',
          }),
        },
      ]);
    case 2:
      return script('subscribe before connection_init', [{ send: sub('1') }]);
    case 3:
      return script('duplicate subscription id', [
        ...INIT,
        { send: liveSub('1') },
        { send: liveSub('1') },
        { await: 'first', id: '1', optional: true, ms: 200 },
      ]);
    case 4: {
      const id = rng.pick([
        'x'.repeat(Math.min(60_000, ctx.limits.maxSocketMessageBytes - 2000)),
        '',
        '__proto__',
        'constructor',
        'toString',
      ]);
      return script(`odd subscription id (${id.length} chars)`, [
        ...INIT,
        { send: sub(id, { query: '{ themes { id } }' }) },
        { await: 'done', id },
      ]);
    }
    case 5:
      return script('subscription id that is not a string', [...INIT, { send: sub(rng.pick([1, null, {}, []])) }]);
    case 6:
      return script('binary frame', [
        ...INIT,
        { send: Buffer.from(sub('1', { query: '{ themes { id } }' })), binary: true },
        { await: 'done', id: '1', optional: true, ms: 500 },
      ]);
    case 7:
      return script('binary garbage', [
        { send: Buffer.from(Array.from({ length: 64 }, () => rng.int(0, 255))), binary: true },
      ]);
    case 8:
      return script('text frame with invalid UTF-8', [{ send: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), binary: false }]);
    case 9:
      return script('connection_init twice', [...INIT, { send: JSON.stringify({ type: 'connection_init' }) }]);
    case 10:
      return script('odd connection_init payload', [
        {
          send: JSON.stringify({
            type: 'connection_init',
            payload: rng.pick([[], 'x', 1, { a: 'x'.repeat(50_000) }, { __proto__: { admin: true } }]),
          }),
        },
        { await: 'ack', optional: true, ms: 1000 },
      ]);
    case 11:
      return script(
        'ping with a big payload, pong, complete for an unknown id',
        [
          ...INIT,
          { send: JSON.stringify({ type: 'ping', payload: { x: 'y'.repeat(30_000) } }) },
          { await: 'pong' },
          { send: JSON.stringify({ type: 'pong' }) },
          { send: JSON.stringify({ type: 'complete', id: 'nope' }) },
        ],
        true,
      );
    case 12:
      return script('subscribe payload of the wrong shape', [
        ...INIT,
        {
          send: sub(
            '1',
            rng.pick([
              {},
              { query: 1 },
              { query: '{ themes { id } }', variables: 'x' },
              { query: '{ themes { id } }', extensions: [] },
              null,
              'x',
            ]),
          ),
        },
      ]);
    case 13:
      return script('frame over the frame limit', [
        ...INIT,
        { send: sub('1', { query: `{ ${'a'.repeat(ctx.limits.maxSocketMessageBytes + 10)} }` }) },
      ]);
    case 14: {
      const steps: WsStep[] = [...INIT];
      for (let i = 0; i < 12; i++) steps.push({ send: liveSub(String(i)) });
      steps.push({ await: 'first', id: '11', ms: 2000 });
      return script('12 subscriptions on one socket (the 11th on must fail alone)', steps, true);
    }
    case 15: {
      const steps: WsStep[] = [...INIT];
      for (let i = 0; i < 200; i++) steps.push({ send: JSON.stringify({ type: 'ping' }) });
      steps.push({ await: 'pong' });
      return script('200 pings at once', steps, true);
    }
    case 16:
      return script(
        'subscribe, then complete at once, then subscribe again with the same id',
        [
          ...INIT,
          { send: liveSub('1') },
          { send: JSON.stringify({ type: 'complete', id: '1' }) },
          { send: liveSub('1') },
          { await: 'first', id: '1', optional: true, ms: 300 },
        ],
        true,
      );
    default:
      return script('variables with NUL and forged ids', [
        ...INIT,
        {
          send: sub('1', {
            query: 'subscription S($w: ID!, $a: Int) { workshopEvents(workshopId: $w, afterSeq: $a) { seq } }',
            variables: {
              w: rng.pick(['\u0000', 'x'.repeat(10_000), live[0]!]),
              a: rng.pick([-1, 2147483647, 0, null]),
            },
          }),
        },
        { await: 'first', id: '1', optional: true, ms: 500 },
      ]);
  }
};

/** Upgrades from the wrong origin, to the wrong path, with the wrong subprotocol. */
export const wsUpgrade: CaseBuilder = (rng) => {
  const variant = rng.int(0, 3);
  if (variant === 0)
    return ws('upgrade from a foreign origin', {
      headers: { origin: rng.pick(['http://evil.example', 'null', 'file://', '%00', 'http://127.0.0.1.evil.example']) },
      steps: INIT,
    });
  if (variant === 1)
    return ws('upgrade to another path', {
      path: rng.pick(['?x=%00', '/', '%00', '/../healthz', '?%ZZ']),
      steps: INIT,
    });
  if (variant === 2)
    return ws('upgrade without the subprotocol', {
      protocols: rng.pick([[], ['graphql-ws'], ['x'], ['graphql-transport-ws', 'graphql-ws']]),
      steps: INIT,
    });
  return ws('upgrade with a hostile cookie', {
    headers: { cookie: rng.pick(['ql_session=%00', `ql_session=${'x'.repeat(5000)}`, 'ql_session=a; ql_session=b']) },
    steps: INIT,
  });
};
