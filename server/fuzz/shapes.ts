// Hostile document shapes: small documents whose validation or execution costs grow much faster
// than their size (fragment chains, aliases of lists, repeated fields), and documents just over
// each limit the server declares (depth, tokens, aliases, directives, operations).
import type { Operation } from './generator.js';
import type { Rng } from './prng.js';

export interface Shape {
  /** Short description printed with a reproduction, e.g. "fragment chain of 20". */
  label: string;
  operation: Operation;
}

const repeat = (count: number, make: (i: number) => string, separator = ' ') =>
  Array.from({ length: count }, (_, i) => make(i)).join(separator);

/** `...F1` → F1 spreads F2 twice → … : 2^n paths for a rule that walks spreads without memory. */
export function fragmentChain(length: number): Shape {
  const fragments = repeat(length - 1, (i) => `fragment F${i + 1} on Query { ...F${i + 2} ...F${i + 2} }`);
  return {
    label: `fragment chain of ${length}`,
    operation: { query: `query Q { ...F1 } ${fragments} fragment F${length} on Query { __typename }` },
  };
}

/** Many fragments spread side by side, each with a real selection. */
export function wideFragments(count: number): Shape {
  const spreads = repeat(count, (i) => `...W${i}`);
  const fragments = repeat(count, (i) => `fragment W${i} on Query { themes { id name } }`);
  return { label: `${count} fragments side by side`, operation: { query: `query { ${spreads} } ${fragments}` } };
}

/** The same fragment spread many times: overlapping-fields validation compares every pair. */
export function repeatedSpread(count: number): Shape {
  return {
    label: `one fragment spread ${count} times`,
    operation: { query: `query { ${repeat(count, () => '...R')} } fragment R on Query { themes { id } }` },
  };
}

/** The same field selected many times over (no alias): pairs to compare grow as n². */
export function repeatedField(count: number): Shape {
  return {
    label: `themes{id} repeated ${count} times`,
    operation: { query: `query { ${repeat(count, () => 'themes { id }')} }` },
  };
}

/** Aliases of a nested list: each alias multiplies the rows the server reads and returns. */
export function aliasedLists(count: number, first: number): Shape {
  const selection = `portraits(first: ${first}) { nodes { name partners { organization { name } } themes { name } } }`;
  return {
    label: `${count} aliases of portraits(first: ${first}) with nested lists`,
    operation: { query: `query { ${repeat(count, (i) => `a${i}: ${selection}`)} }` },
  };
}

/** Nested lists without aliases: territories → portraits → territory → portraits … */
export function nestedLists(levels: number): Shape {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = `portraits { territory { ${inner} } }`;
  return {
    label: `territories(first: 100) with ${levels} nested portraits lists`,
    operation: { query: `query { territories(first: 100) { nodes { ${inner} } } }` },
  };
}

/** Deep nesting, written plainly, through inline fragments, or through a fragment cycle. */
export function deepNesting(rng: Rng, levels: number): Shape {
  const style = rng.pick(['plain', 'inline', 'cycle', 'typename'] as const);
  if (style === 'cycle') {
    return {
      label: 'fragment cycle',
      operation: {
        query:
          'query { portraits { nodes { ...P } } } fragment P on Portrait { replicatedFrom { ...Q } } fragment Q on Portrait { replications { ...P } }',
      },
    };
  }
  let inner = 'name';
  for (let i = 0; i < levels; i++) {
    inner = style === 'inline' ? `... on Portrait { replicatedFrom { ${inner} } }` : `replicatedFrom { ${inner} }`;
  }
  if (style === 'typename')
    inner = `${repeat(levels, () => 'replicatedFrom {')} __typename ${repeat(levels, () => '}')}`;
  return {
    label: `${levels} levels deep (${style})`,
    operation: { query: `query { portraits(first: 100) { nodes { ${inner} } } }` },
  };
}

export function manyDirectives(rng: Rng, count: number): Shape {
  const directive = rng.pick([
    '@include(if: true)',
    '@skip(if: false)',
    '@unknown',
    '@include(if: $yes)',
    '@deprecated',
  ]);
  const declared = directive.includes('$yes') ? '($yes: Boolean = true)' : '';
  return {
    label: `${count} × ${directive}`,
    operation: { query: `query D${declared} { themes ${repeat(count, () => directive)} { id } }` },
  };
}

/** Many operations in one document, with the chosen name present, absent or unknown. */
export function manyOperations(rng: Rng, count: number): Shape {
  const query = repeat(count, (i) => `query O${i} { themes { id } }`);
  const operationName = rng.pick([undefined, 'O0', `O${count - 1}`, 'Nope', '', '__proto__']);
  return {
    label: `${count} operations, operationName ${JSON.stringify(operationName)}`,
    operation: { query, operationName },
  };
}

/** Introspection nested through ofType, and aliased. */
export function introspection(rng: Rng, levels: number): Shape {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = `ofType { ${inner} }`;
  const aliases = rng.int(1, 40);
  const body = repeat(aliases, (i) => `s${i}: __schema { types { fields { type { ${inner} } } } }`);
  return { label: `${aliases} aliases of __schema, ofType ${levels} deep`, operation: { query: `query { ${body} }` } };
}

/** Deeply nested literals in arguments: the parser and coercion recurse on them. */
export function nestedLiteral(rng: Rng, levels: number): Shape {
  const list = `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;
  const object = `${'{search: '.repeat(levels)}"x"${'}'.repeat(levels)}`;
  const query = rng.chance(0.5)
    ? `query { portraits(filter: { theme: ${list} }) { totalCount } }`
    : `query { portraits(filter: ${object}) { totalCount } }`;
  return { label: `argument literal nested ${levels} deep`, operation: { query } };
}

/** Documents over the token budget, made of cheap tokens. */
export function manyTokens(count: number): Shape {
  return {
    label: `${count} × __typename`,
    operation: { query: `query { ${repeat(count, (i) => `t${i}: __typename`)} }` },
  };
}

/** One enormous token: a 200 KB name or string literal. */
export function hugeToken(rng: Rng): Shape {
  const size = rng.pick([60_000, 200_000]);
  const query = rng.chance(0.5)
    ? `query { ${'a'.repeat(size)} }`
    : `query { portraits(filter: { search: "${'x'.repeat(size)}" }) { totalCount } }`;
  return { label: `a ${size}-character token`, operation: { query } };
}

/** Syntax errors of every sort. */
export function brokenSyntax(rng: Rng): Shape {
  const query = rng.pick([
    '',
    ' ',
    '{',
    'query {',
    '}}}}',
    'query { themes { id }',
    'query Q($a: ) { themes { id } }',
    'query { themes(first: 99999999999999999999) { id } }',
    'query { "\\ud800" }',
    'query { theme\u0000s { id } }',
    'fragment F on Query { themes { id } }',
    'subscription { a: workshopEvents(workshopId: "x") { seq } b: workshopEvents(workshopId: "y") { seq } }',
    '#'.repeat(10_000),
    'query { themes { id } } query { themes { id } }',
    '\ufeffquery { themes { id } }',
    `query { ${'('.repeat(3000)} }`,
  ]);
  return { label: 'syntax error', operation: { query } };
}
