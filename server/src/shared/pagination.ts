import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { Knex } from '@mikro-orm/postgresql';
import { AppError } from './errors.js';
import { itemsOfConnection } from './query-cost.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many items to return (1–100).' })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor`).' })
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Page backwards: how many items to return (1–100) that end the list or come just before `before`.',
  })
  @Min(1)
  @Max(100)
  last?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items before this cursor (a `startCursor`), the closest last.',
  })
  before?: string;
}

@ObjectType({ description: 'Where a page sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item; pass it as `before` for the previous page.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

/** What a list resolver returns; `totalCount` runs its query only when a client asks for it. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: PromiseLike<number>;
}

/** A thenable that starts its work only when awaited: GraphQL awaits only the fields asked for. */
function lazy<T>(run: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then: (onFulfilled, onRejected) => (started ??= run()).then(onFulfilled, onRejected),
  };
}

export function ConnectionType<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `A ${name} with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this item in the list.' })
    cursor!: string;

    @Field(() => Node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}ConnectionBase`)
  abstract class Connection {
    @Field(() => Int, { description: 'Number of items matching the filters, across all pages.' })
    totalCount!: number;

    @Field(() => [Edge], { description: 'The items of this page with their cursors.', ...itemsOfConnection })
    edges!: Edge[];

    @Field(() => [Node], { description: 'The items of this page.', ...itemsOfConnection })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Pagination state.' })
    pageInfo!: PageInfo;
  }
  return Connection;
}

/** An allow-listed ordering: a SQL expression, what it holds, and its direction; the row id breaks ties. */
export interface SortSpec {
  expression: string;
  /** What the expression holds: a cursor's value must be of this kind before it reaches SQL. */
  kind: 'text' | 'number' | 'date';
  direction: 'asc' | 'desc';
}

const ACCENTED = 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöŒœÙÚÛÜùúûüÝýÿÆæ';
const PLAIN = 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyyaa';

/**
 * An ordering expression on a text column that ignores case and accents, so "Élan" sorts beside
 * "Elan" and not after "Zèbre". Written with `translate` rather than a collation: PGlite has no
 * ICU, and `lower` leaves non-ASCII letters alone under the C locale, hence accents first.
 */
export function foldedText(column: string): string {
  return `lower(translate(${column}, '${ACCENTED}', '${PLAIN}'))`;
}

function encodeCursor(value: unknown, id: string): string {
  const key = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const valueFits: Record<SortSpec['kind'], (value: unknown) => boolean> = {
  text: (value) => typeof value === 'string' && value.length <= 1000 && !value.includes('\0'),
  number: (value) => typeof value === 'number' && Number.isSafeInteger(value),
  date: (value) => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value)),
};

/**
 * Cursors come back from clients: anything but what `encodeCursor` wrote for this ordering — a
 * value of the sort's kind (or null) and a row id — is refused before it reaches SQL.
 */
function decodeCursor(
  cursor: string,
  kind: SortSpec['kind'],
  field: 'after' | 'before',
): [string | number | null, string] {
  let parsed: unknown;
  try {
    if (cursor.length <= 2000) parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // refused below
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 2 &&
    typeof parsed[1] === 'string' &&
    UUID.test(parsed[1]) &&
    (parsed[0] === null || valueFits[kind](parsed[0]))
  ) {
    return parsed as [string | number | null, string];
  }
  const source = field === 'after' ? 'an endCursor' : 'a startCursor';
  throw new AppError('BAD_USER_INPUT', `The \`${field}\` cursor is not valid; use ${source} from a previous page.`, {
    field,
  });
}

/**
 * Keyset pagination over a filtered query: one statement for the page, and one more for the
 * total only when asked. `query` must select the row's columns from `alias` and no ORDER BY.
 * With `last` or `before` the page is read backwards (the order reversed, the rows turned back),
 * so a page reached backwards holds the same items in the same order as one reached forwards.
 */
export async function paginate<T extends { id: string }>(
  knex: Knex,
  query: Knex.QueryBuilder,
  alias: string,
  sort: SortSpec,
  args: PageArgs,
): Promise<Page<T>> {
  const backwards = args.last != null || args.before != null;
  const size = args.last ?? args.first;
  const page = query.clone().select(knex.raw(`${sort.expression} as "_sortKey"`));
  const bound = (cursor: string, field: 'after' | 'before') => {
    const [value, id] = decodeCursor(cursor, sort.kind, field);
    const later = (sort.direction === 'asc') === (field === 'after');
    page.whereRaw(`(${sort.expression}, ${alias}.id) ${later ? '>' : '<'} (?, ?)`, [value, id]);
  };
  if (args.after) bound(args.after, 'after');
  if (args.before) bound(args.before, 'before');
  const flipped = { asc: 'desc', desc: 'asc' } as const;
  const order = backwards ? flipped[sort.direction] : sort.direction;
  page.orderBy([
    { column: knex.raw(sort.expression) as unknown as string, order },
    { column: `${alias}.id`, order },
  ]);
  page.limit(size + 1);
  const rows = (await page) as (T & { _sortKey: unknown })[];
  const more = rows.length > size;
  const kept = rows.slice(0, size);
  if (backwards) kept.reverse();
  const edges = kept.map(({ _sortKey, ...node }) => ({
    cursor: encodeCursor(_sortKey, node.id),
    node: node as unknown as T,
  }));
  // The side a page was reached from holds at least the cursor's own item.
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: backwards ? Boolean(args.before) : more,
      hasPreviousPage: backwards ? more : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: lazy(async () => {
      const [row] = (await query.clone().clearSelect().count({ count: '*' })) as { count: string }[];
      return Number(row?.count ?? 0);
    }),
  };
}
