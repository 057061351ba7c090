import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  GraphQLError,
  Kind,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  visit,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { Upload } from 'graphql-upload-minimal';
import { createSchema } from '../src/schema.js';
import { documentRules, limits } from '../src/shared/limits.js';
import { measureShape } from '../src/shared/document-shape.js';
import { checkCost, listAwareEstimator } from '../src/shared/query-cost.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { startTestServer, type TestServer } from '../src/test-support/server.js';
import { repoRoot } from '../src/shared/paths.js';
import type { Database } from '../src/database.js';

let schema: GraphQLSchema;
const rules = documentRules({ introspection: true });

/** Counts how often anything reads a selection set's selections: every walker of a document does. */
function instrumented(source: string): { document: DocumentNode; reads: () => number; nodes: number } {
  const document = parse(source, { maxTokens: 1_000_000 });
  let reads = 0;
  let nodes = 0;
  visit(document, {
    enter(node) {
      nodes += 1;
      if (node.kind === Kind.SELECTION_SET) {
        const selections = node.selections;
        Object.defineProperty(node, 'selections', {
          get: () => {
            reads += 1;
            return selections;
          },
        });
      }
    },
  });
  return { document, reads: () => reads, nodes };
}

/** Everything the server does with a document before running it; returns the work done. */
function work(source: string): { reads: number; nodes: number; refused: boolean } {
  const { document, reads, nodes } = instrumented(source);
  let refused = measureShape(document, limits) !== null;
  try {
    refused ||= validate(schema, document, [...specifiedRules, ...rules]).length > 0;
    if (!refused) checkCost(schema, document, {}, undefined, limits);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    refused = true;
  }
  return { reads: reads(), nodes, refused };
}

const chain = (n: number, wide = 2) =>
  `query Q{...F1} ` +
  Array.from({ length: n - 1 }, (_, i) => `fragment F${i + 1} on Query{${` ...F${i + 2}`.repeat(wide)}}`).join(' ') +
  ` fragment F${n} on Query{__typename}`;

/** Hostile shapes, each at growing sizes: what validating them costs must grow with their size. */
const shapes: Record<string, (n: number) => string> = {
  'fragment chain, each spreading the next twice': (n) => chain(n),
  'fragment chain, each spreading the next five times': (n) => chain(n, 5),
  'inline fragments nested in inline fragments': (n) => `{${' ... on Query {'.repeat(n)} __typename ${'}'.repeat(n)}}`,
  'one field repeated': (n) => `{ ${'themes { slug } '.repeat(n)} }`,
  'one field under many aliases': (n) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: portraits(first: 100) { nodes { name } }`).join(' ')} }`,
  'many fragments spread together': (n) =>
    `{ ${Array.from({ length: n }, (_, i) => `...F${i}`).join(' ')} } ` +
    Array.from({ length: n }, (_, i) => `fragment F${i} on Query { themes { slug name } }`).join(' '),
  'many operations sharing fragments': (n) =>
    Array.from({ length: n }, (_, i) => `query O${i} { ...F }`).join(' ') + ' fragment F on Query { themes { slug } }',
  'directives on every field': (n) => `{ ${'themes @skip(if: false) @include(if: true) { slug } '.repeat(n)} }`,
  'deep nesting': (n) => `{ ${'portraits { nodes { territory { '.repeat(n)} name ${'} } } '.repeat(n)} }`,
};

beforeAll(async () => {
  schema = await createSchema();
});

describe('validation is linear in the document, whatever its shape', () => {
  for (const [name, shape] of Object.entries(shapes)) {
    it(name, () => {
      const sizes = [4, 8, 16, 32, 64, 128];
      const measured = sizes.map((n) => work(shape(n)));
      for (const m of measured) {
        // A bounded amount of work per node of the document, and a bounded amount per operation.
        expect(m.reads, JSON.stringify(measured)).toBeLessThanOrEqual(60 * m.nodes + 4 * limits.maxSelections);
      }
      expect(measured.at(-1)!.refused, 'the largest document is refused').toBe(true);
    });
  }

  it('the example of the report (23 fragments, 910 bytes) is refused after little work', () => {
    const source = chain(23);
    const measured = work(source);
    expect(measured.refused).toBe(true);
    expect(measured.reads).toBeLessThan(1000);
  });

  it('stays linear up to the token limit (a chain of 300 fragments)', () => {
    const measured = work(chain(300));
    expect(measured.refused).toBe(true);
    expect(measured.reads).toBeLessThanOrEqual(60 * measured.nodes);
  });
});

/** Values for an operation's variables, of the right types; list sizes at the API's maximum. */
function variablesFor(operation: OperationDefinitionNode): Record<string, unknown> {
  const valueOf = (type: GraphQLInputType, name: string): unknown => {
    if (isNonNullType(type)) return valueOf(type.ofType, name);
    if (isListType(type)) return [valueOf(type.ofType as GraphQLInputType, name)];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((f) => isNonNullType(f.type))
          .map((f) => [f.name, valueOf(f.type, f.name)]),
      );
    }
    switch (getNamedType(type).name) {
      case 'Int':
        return name === 'first' ? 100 : 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'DateTimeISO':
        return '2026-03-28T09:00:00Z';
      case 'ID':
        return Buffer.from('Workshop:00000000-0000-4000-8000-000000000000').toString('base64url');
      case 'Upload':
        // The scalar accepts only what the multipart middleware makes; the cost does not read the file.
        return new Upload();
      default:
        return 'x';
    }
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((v) => [
      v.variable.name.value,
      valueOf(typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value),
    ]),
  );
}

describe('the site’s own documents', () => {
  it('all pass the document limits and stay well inside the cost budget', async () => {
    const file = path.join(repoRoot, 'client/src/lib/graphql/generated/graphql.ts');
    const generated = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document')) as [
      string,
      DocumentNode,
    ][];
    expect(documents.length).toBeGreaterThan(30);
    const costs: [string, number][] = [];
    for (const [name, document] of documents) {
      expect(validate(schema, document, [...specifiedRules, ...rules]), name).toEqual([]);
      const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
      const cost = getComplexity({
        schema,
        query: document,
        variables: variablesFor(operation),
        estimators: [fieldExtensionsEstimator(), listAwareEstimator(limits.defaultListSize)],
      });
      costs.push([name, cost]);
    }
    costs.sort((a, b) => b[1] - a[1]);
    console.log('Heaviest site documents (cost units):', costs.slice(0, 5));
    const [heaviest, cost] = costs[0]!;
    // Room to spare: the wall and the board (500 contributions, their replies, the findings that
    // retain them) stay well under half of what any document may cost.
    expect(cost, `${heaviest} costs ${cost}`).toBeLessThanOrEqual(limits.maxCost * 0.4);
    expect(cost, 'the estimate is not vacuous').toBeGreaterThan(100);
  });
});

describe('over HTTP and over the websocket', () => {
  let db: Database;
  let server: TestServer;
  let statements = 0;
  beforeAll(async () => {
    db = await openTestDatabase();
    server = await startTestServer(db.orm);
    db.orm.em.getKnex().on('query', () => (statements += 1));
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { errors?: GraphQLError[]; data?: unknown } };
  };
  const nested = `portraits(first: 100) { nodes { name territory { name portraits { name themes { name } } } indicators { label value } fundingLines { amount funder { name } } } }`;

  it('refuses the fragment chain with a clear 400', async () => {
    const { status, body } = await post(chain(23));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/more than 2000 fields once its fragments are expanded/);
  });

  it('refuses over-budget documents before running them (aliases, variables, nested lists)', async () => {
    const aliased = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${nested}`).join(' ')} }`;
    const byVariable = `query($n: Int) { portraits(first: $n) { nodes { territory { portraits { territory { portraits { name themes { name } indicators { label } fundingLines { amount } } } } } } } }`;
    for (const [query, variables] of [
      [aliased, {}],
      [byVariable, { n: 100 }],
    ] as const) {
      const before = statements;
      const { status, body } = await post(query, variables);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(body.errors?.[0]?.message).toMatch(/would cost \d+ units; the budget is 30000/);
      expect(statements - before, 'nothing ran').toBe(0);
    }
    const small = await post(`query($n: Int) { portraits(first: $n) { nodes { name } } }`, { n: 5 });
    expect(small.status).toBe(200);
  });

  it('refuses more aliases or directives than allowed', async () => {
    const aliases = await post(`{ ${Array.from({ length: 40 }, (_, i) => `t${i}: themes { slug }`).join(' ')} }`);
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors?.[0]?.message).toMatch(/Aliases limit of 30 exceeded, found 40/);
    const directives = await post(`{ themes { ${'slug @include(if: true) '.repeat(25)} } }`);
    expect(directives.status).toBe(400);
  });

  it('fails an over-limit operation on the websocket without closing it', async () => {
    const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const messages: { id?: string; type: string; payload?: unknown }[] = [];
    ws.on('message', (data) => messages.push(JSON.parse(String(data)) as (typeof messages)[number]));
    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    ws.send(JSON.stringify({ type: 'connection_init' }));
    await new Promise((resolve) => ws.once('message', resolve));
    const hostile = [
      chain(23),
      `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: ${nested}`).join(' ')} }`,
      `{ themes { slug } } ${'#'.repeat(limits.maxDocumentBytes)}`,
      `{ ${'themes { slug } '.repeat(2000)} }`,
      '{ themes { slug ',
    ];
    hostile.forEach((query, i) => ws.send(JSON.stringify({ id: `h${i}`, type: 'subscribe', payload: { query } })));
    ws.send(JSON.stringify({ id: 'ok', type: 'subscribe', payload: { query: '{ themes { slug } }' } }));
    const deadline = Date.now() + 8000;
    while (!messages.some((m) => m.id === 'ok' && m.type === 'complete') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (let i = 0; i < hostile.length; i++) {
      expect(
        messages.find((m) => m.id === `h${i}`),
        `operation h${i} gets its own error`,
      ).toMatchObject({ type: 'error' });
    }
    expect(messages.find((m) => m.id === 'ok' && m.type === 'next')).toBeTruthy();
    expect(ws.readyState).toBe(WebSocket.OPEN);
    ws.close();
    expect(await closed).toBe(1005);
  });
});
