// Cases against /graphql over HTTP: generated operations with hostile values, hostile shapes,
// and broken requests (bodies, content types, methods).
import type { Operation, OperationKind } from './generator.js';
import { forgedCursor, forgedId } from './hostile.js';
import type { Rng } from './prng.js';
import * as shapes from './shapes.js';
import {
  graphqlGet,
  graphqlPost,
  someCookie,
  type CaseBuilder,
  type FuzzContext,
  CHAIN_SIZES,
  ALIAS_SIZES,
} from './context.js';
import type { HttpRequest } from './transports.js';

/**
 * Mutations that would spoil the rest of the run with real ids: closing the live workshop or
 * freezing the diagnosis, and any change of someone's rights (a role, an assignment, the
 * diagnosis a coordinator starts), which rightly closes that person's open sockets (4403) under
 * the cases that hold them.
 */
const SPOILERS = [
  'closeWorkshop',
  'pauseWorkshop',
  'validateDiagnosis',
  'archiveDiagnosis',
  'grantRole',
  'assignCoordinator',
  'unassignCoordinator',
  'createDiagnosis',
  'assignDiagnosisCoordinator',
  'unassignDiagnosisCoordinator',
  'signOut',
];

/** A generated operation of one kind; spoiling mutations only ever get forged ids. */
export function generated(rng: Rng, ctx: FuzzContext, kind: OperationKind, nul = false) {
  if (kind !== 'mutation') return ctx.gen.operation(rng, { kind, nul });
  const names = ctx.gen.rootFieldNames('mutation');
  const spoil = rng.chance(0.1);
  const rootFields = names.filter((n) => SPOILERS.includes(n) === spoil);
  return ctx.gen.operation(rng, { kind, nul, rootFields, forgedIdsOnly: spoil });
}

/** POST most of the time, GET for queries now and then. */
function send(rng: Rng, ctx: FuzzContext, operation: Operation, kind: OperationKind = 'query'): HttpRequest {
  // signOut with a shared session cookie would end that session for every later case.
  const cookie = operation.query.includes('signOut') ? undefined : someCookie(rng, ctx.sessions);
  return kind === 'query' && rng.chance(0.2) ? graphqlGet(operation, cookie) : graphqlPost(operation, cookie);
}

const http = (label: string, request: HttpRequest, growth?: { key: string; size: number }) => ({
  kind: 'http' as const,
  label,
  request,
  growth,
});

export const query: CaseBuilder = (rng, ctx) => http('generated query', send(rng, ctx, generated(rng, ctx, 'query')));

export const mutation: CaseBuilder = (rng, ctx) =>
  http('generated mutation', send(rng, ctx, generated(rng, ctx, 'mutation'), 'mutation'));

export const nul: CaseBuilder = (rng, ctx) => {
  const kind = rng.pick(['query', 'mutation'] as const);
  return http(`NUL in every string (${kind})`, send(rng, ctx, generated(rng, ctx, kind, true), kind));
};

/** Subscriptions belong on the websocket: over HTTP they must be refused cleanly. */
export const httpSubscription: CaseBuilder = (rng, ctx) => {
  const operation = generated(rng, ctx, 'subscription');
  const accept = rng.pick([
    undefined,
    'multipart/mixed; subscriptionSpec="1.0", application/json',
    'text/event-stream',
  ]);
  const request = graphqlPost(operation, someCookie(rng, ctx.sessions), accept ? { accept } : {});
  return http(`subscription over HTTP POST${accept ? ` (accept ${accept})` : ''}`, request);
};

const CONNECTIONS = {
  portraits: ['NAME', 'NEWEST', 'START_YEAR'],
  stories: ['NEWEST', 'TITLE'],
  territories: ['NAME'],
  organizations: ['NAME'],
  workshops: ['LATEST', 'SOONEST'],
} as const;

/** Every list with a forged `after` cursor, in each of its orderings (sort keys of each type). */
export const cursor: CaseBuilder = (rng, ctx) => {
  const field = rng.pick(Object.keys(CONNECTIONS) as (keyof typeof CONNECTIONS)[]);
  const sort = rng.pick(CONNECTIONS[field]);
  const after = forgedCursor(rng, ctx.corpus);
  const first = rng.pick([1, 5, 20, 100]);
  const viaVariable = rng.chance(0.6);
  const args = viaVariable
    ? `first: ${first}, sort: ${sort}, after: $after`
    : `first: ${first}, sort: ${sort}, after: ${JSON.stringify(after)}`;
  const operation: Operation = {
    query: `query C${viaVariable ? '($after: String)' : ''} { ${field}(${args}) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id } } } }`,
    variables: viaVariable ? { after } : undefined,
  };
  return http(`forged cursor on ${field} sorted ${sort}`, send(rng, ctx, operation));
};

/** Forged global ids where ids are read: node(id:), id arguments of queries, mutations. */
export const globalId: CaseBuilder = (rng, ctx) => {
  const id = forgedId(rng, ctx.corpus);
  const target = rng.pick(['node', 'contributions', 'mutation'] as const);
  let operation: Operation;
  if (target === 'node') {
    operation = {
      query:
        'query N($id: ID!) { node(id: $id) { id __typename ... on Workshop { title } ... on Contribution { body } } }',
      variables: { id },
    };
  } else if (target === 'contributions') {
    const slug = ctx.corpus.workshopSlugs.length > 0 ? rng.pick(ctx.corpus.workshopSlugs) : 'x';
    operation = {
      query: 'query W($slug: String!, $id: ID) { workshop(slug: $slug) { contributions(prompt: $id) { id } } }',
      variables: { slug, id },
    };
  } else {
    const field = rng.pick(['voteContribution', 'approveContribution', 'pinContribution', 'reportContribution']);
    const reason = field === 'reportContribution' ? ', reason: "fuzz"' : '';
    operation = {
      query: `mutation M($id: ID!) { ${field}(id: $id${reason}) { userErrors { field message } contribution { id } } }`,
      variables: { id },
    };
  }
  return http(`forged id in ${target}`, send(rng, ctx, operation, target === 'mutation' ? 'mutation' : 'query'));
};

/** Shapes whose cost grows with a size: the size grows through the run (see Growth). */
export const fragmentChain: CaseBuilder = (rng, ctx) => {
  const size = ctx.growth.next('fragment-chain', CHAIN_SIZES);
  const made = shapes.fragmentChain(size);
  return http(made.label, send(rng, ctx, made.operation), { key: 'fragment-chain', size });
};

export const aliases: CaseBuilder = (rng, ctx) => {
  const size = ctx.growth.next('aliases', ALIAS_SIZES);
  if (rng.chance(0.3)) {
    const made = shapes.nestedLists(rng.int(1, 6));
    return http(made.label, send(rng, ctx, made.operation));
  }
  const made = shapes.aliasedLists(size, rng.pick([20, 100]));
  return http(made.label, send(rng, ctx, made.operation), { key: 'aliases', size });
};

/** Other hostile shapes, each just past (or well past) a limit. */
export const shape: CaseBuilder = (rng, ctx) => {
  const made = hostileShape(rng);
  return http(made.label, send(rng, ctx, made.operation));
};

export function hostileShape(rng: Rng): shapes.Shape {
  switch (rng.int(0, 11)) {
    case 0:
      return shapes.wideFragments(rng.pick([10, 61, 200]));
    case 1:
      return shapes.repeatedSpread(rng.pick([50, 300, 900]));
    case 2:
      return shapes.repeatedField(rng.pick([50, 300, 700]));
    case 3:
      return shapes.deepNesting(rng, rng.pick([11, 12, 13, 30, 100]));
    case 4:
      return shapes.manyDirectives(rng, rng.pick([5, 21, 200]));
    case 5:
      return shapes.manyOperations(rng, rng.pick([2, 6, 100]));
    case 6:
      return shapes.introspection(rng, rng.pick([3, 12, 40]));
    case 7:
      return shapes.nestedLiteral(rng, rng.pick([10, 500, 1400]));
    case 8:
      return shapes.manyTokens(rng.pick([1000, 3001, 4001, 10_000]));
    case 9:
      return shapes.hugeToken(rng);
    default:
      return shapes.brokenSyntax(rng);
  }
}

// ---------------------------------------------------------------------------------------------
// Broken requests

const SIMPLE = '{ themes { id } }';

/** Bodies, content types and methods a GraphQL client would never send. */
export const body: CaseBuilder = (rng, ctx) => {
  const json = (value: unknown) => JSON.stringify(value);
  const cookie = someCookie(rng, ctx.sessions);
  const post = (label: string, payload: string | Buffer, contentType = 'application/json', extra = {}) => {
    const headers: Record<string, string> = { 'content-type': contentType, ...extra };
    if (cookie) headers.cookie = cookie;
    return http(label, { method: 'POST', path: '/graphql', headers, body: payload });
  };
  const nested = (levels: number, leaf: unknown): unknown => {
    let value = leaf;
    for (let i = 0; i < levels; i++) value = rng.chance(0.5) ? [value] : { a: value };
    return value;
  };
  switch (rng.int(0, 19)) {
    case 0:
      return post(
        'broken JSON',
        rng.pick(['{', '{"query":', '{"query": "{ themes { id } }",}', "{'query': 1}", 'nul\u0000l', '\u0000']),
      );
    case 1:
      return post('JSON that is not an object', rng.pick(['null', 'true', '1', '"x"', '[]', '1e999']));
    case 2:
      return post('batched array', json(Array.from({ length: rng.pick([1, 2, 100]) }, () => ({ query: SIMPLE }))));
    case 3:
      return post(
        'query is not a string',
        json({ query: rng.pick([1, null, ['{ a }'], { kind: 'Document', definitions: [] }, true]) }),
      );
    case 4:
      return post(
        'variables are not an object',
        json({ query: 'query($s: String) { themes { id } }', variables: rng.pick(['str', [], 1, true, '{"s":"x"}']) }),
      );
    case 5:
      return post(
        'deeply nested variables',
        json({
          query: 'query($s: [String!]) { portraits(filter: { search: "x" }) { totalCount } themes { id } }',
          variables: { s: nested(rng.pick([100, 3000]), 'x'), t: nested(3000, 1) },
        }),
      );
    case 6:
      return post(
        '__proto__ in variables',
        '{"query":"query($f: PortraitFilter) { portraits(filter: $f) { totalCount } }","variables":{"f":{"__proto__":{"search":"x"},"constructor":{"prototype":{"x":1}}}}}',
      );
    case 7:
      return post(
        'huge string variable',
        json({
          query: 'query($q: String) { portraits(filter: { search: $q }) { totalCount } }',
          variables: { q: 'x'.repeat(rng.pick([200_000, 990_000])) },
        }),
      );
    case 8:
      return post('body over the limit', 'x'.repeat(ctx.limits.maxHttpBodyBytes + 10));
    case 9: {
      const type = rng.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/graphql',
        'application/json; charset=utf-16',
        'application/json, text/plain',
        '',
        'application/graphql-response+json',
        '*/*',
      ]);
      const preflight = rng.chance(0.5) ? { 'apollo-require-preflight': 'true' } : {};
      return post(`content-type ${JSON.stringify(type)}`, json({ query: SIMPLE }), type, preflight);
    }
    case 10:
      return post('JSON with a byte-order mark', `\ufeff${json({ query: SIMPLE })}`);
    case 11:
      return post(
        'unknown or odd operationName',
        json({
          query: 'query A { themes { id } } query B { themes { id } }',
          operationName: rng.pick(['C', 1, {}, 'x'.repeat(50_000), null, '']),
        }),
      );
    case 12:
      return post(
        'persisted query extensions',
        json({
          query: rng.chance(0.5) ? SIMPLE : undefined,
          extensions: rng.pick([
            { persistedQuery: { version: 1, sha256Hash: 'x' } },
            { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } },
            { persistedQuery: { version: 1, sha256Hash: 1 } },
            { persistedQuery: 'x' },
            nested(2000, 1),
          ]),
        }),
      );
    case 13:
      return post('content-encoding that is not applied', json({ query: SIMPLE }), 'application/json', {
        'content-encoding': rng.pick(['gzip', 'br', 'deflate', 'x']),
      });
    case 14:
      return post(
        'accept header asking for incremental delivery',
        json({ query: '{ themes { id ... @defer { name } } }' }),
        'application/json',
        {
          accept: rng.pick([
            'multipart/mixed; deferSpec=20220824',
            'text/event-stream',
            'application/graphql-response+json',
            'text/html',
            '*/*;q=0',
          ]),
        },
      );
    case 15:
      return http('odd method', {
        method: rng.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND']),
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: json({ query: SIMPLE }),
      });
    case 16:
      return http('GET with broken parameters', {
        method: 'GET',
        path: `/graphql?${rng.pick(['query=%ZZ', 'query=%00', 'query=%7B%20themes%20%7B%20id%20%7D%20%7D&variables=%7B', 'query={themes{id}}&variables=[1]', 'query[]=a&query[]=b', 'query=mutation%20{signOut}', '%=%', 'query=' + '%41'.repeat(3000), 'query=%ED%A0%80', 'extensions=%7B%22persistedQuery%22:1%7D'])}`,
        headers: { 'apollo-require-preflight': 'true' },
      });
    case 17:
      return post(
        'NUL in the document text',
        json({ query: `{ portraits(filter: { search: "a\u0000b" }) { totalCount } }` }),
      );
    case 18:
      return post(
        'many variables',
        json({ query: SIMPLE, variables: Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`v${i}`, i])) }),
      );
    default:
      return post(
        'duplicate keys',
        '{"query":"{ themes { id } }","query":"{ __typename }","variables":{},"variables":[]}',
      );
  }
};
