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
}

@ObjectType({ description: 'Where a page sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

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
function decodeCursor(cursor: string, kind: SortSpec['kind']): [string | number | null, string] {
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
  throw new AppError('BAD_USER_INPUT', 'The `after` cursor is not valid; use an endCursor from a previous page.', {
    field: 'after',
  });
}

/**
 * Keyset pagination over a filtered query: one statement for the page, and one more for the
 * total only when asked. `query` must select the row's columns from `alias` and no ORDER BY.
 */
export async function paginate<T extends { id: string }>(
  knex: Knex,
  query: Knex.QueryBuilder,
  alias: string,
  sort: SortSpec,
  args: PageArgs,
): Promise<Page<T>> {
  const sortKey = knex.raw(sort.expression);
  const page = query.clone().select(knex.raw(`${sort.expression} as "_sortKey"`));
  if (args.after) {
    const [value, id] = decodeCursor(args.after, sort.kind);
    const op = sort.direction === 'asc' ? '>' : '<';
    page.whereRaw(`(${sort.expression}, ${alias}.id) ${op} (?, ?)`, [value, id]);
  }
  page.orderBy([
    { column: sortKey as unknown as string, order: sort.direction },
    { column: `${alias}.id`, order: sort.direction },
  ]);
  page.limit(args.first + 1);
  const rows = (await page) as (T & { _sortKey: unknown })[];
  const hasNextPage = rows.length > args.first;
  const edges = rows.slice(0, args.first).map(({ _sortKey, ...node }) => ({
    cursor: encodeCursor(_sortKey, node.id),
    node: node as unknown as T,
  }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: lazy(async () => {
      const [row] = (await query.clone().clearSelect().count({ count: '*' })) as { count: string }[];
      return Number(row?.count ?? 0);
    }),
  };
}
