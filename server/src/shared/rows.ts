import { MetadataStorage, UnderscoreNamingStrategy, type Collection, type EntityProperty } from '@mikro-orm/core';

/**
 * Read paths are plain-row queries (STACK.md: five times faster than managed entities for lists),
 * but the entity stays the one shape of its table: select lists and row types are derived here
 * from the entity's own decorators, never written a second time.
 */

type EntityClass = abstract new (...args: never[]) => object;

/** A relation to another entity: its row carries the other's id as `<name>Id`. */
type IsReference<T> = NonNullable<T> extends Date ? false : NonNullable<T> extends { id: string } ? true : false;
type Nullable<T> = undefined extends T ? Exclude<T, undefined> | null : T;

/** The plain row of an entity: its scalar columns, and `<relation>Id` for each relation it holds. */
export type RowOf<E> = {
  [
    K in keyof E as K extends symbol
      ? never
      : NonNullable<E[K]> extends Collection<object> | ((...args: never[]) => unknown)
        ? never
        : IsReference<E[K]> extends true
          ? `${K & string}Id`
          : K
  ]-?: IsReference<E[K]> extends true ? (undefined extends E[K] ? string | null : string) : Nullable<E[K]>;
};

interface Column {
  /** The key in the row: the property, or `<relation>Id`. */
  key: string;
  column: string;
}

const naming = new UnderscoreNamingStrategy();
const known = new Map<EntityClass, Column[]>();

/** Every column of an entity, its base classes' included (the id and timestamps of BaseEntity). */
function columnsOfEntity(entity: EntityClass): Column[] {
  const cached = known.get(entity);
  if (cached) return cached;
  const chain: EntityClass[] = [];
  for (let c: unknown = entity; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    chain.unshift(c as EntityClass);
  }
  // Base classes first: the id leads, as in the table.
  const properties: Record<string, EntityProperty> = {};
  for (const c of chain) Object.assign(properties, MetadataStorage.getMetadataFromDecorator(c).properties);
  const columns: Column[] = [];
  for (const [name, property] of Object.entries(properties)) {
    if (property.persist === false) continue;
    if (property.kind === 'scalar' || property.kind === 'embedded') {
      columns.push({ key: name, column: property.fieldNames?.[0] ?? naming.propertyToColumnName(name) });
    } else if (property.kind === 'm:1' || (property.kind === '1:1' && property.owner)) {
      columns.push({ key: `${name}Id`, column: property.fieldNames?.[0] ?? naming.joinKeyColumnName(name) });
    }
  }
  known.set(entity, columns);
  return columns;
}

export interface ColumnOptions<R> {
  /** Only these keys (a list that does not need every column, such as a JSON preload). */
  only?: readonly (keyof R & string)[];
  /** Leave these out (large texts a list does not show). */
  omit?: readonly (keyof R & string)[];
  /** Another key for a column in the row (a field resolver of the same name reads it). */
  rename?: Partial<Record<keyof R & string, string>>;
}

/**
 * The bookkeeping times of BaseEntity. Most GraphQL types show neither: their rows leave them out,
 * so that lists (and the portraits' JSON preload) carry no more than the answer can use.
 */
export const timestamps = ['createdAt', 'updatedAt'] as const;

/** `alias.column as "key"` for each column of the entity's row, as knex's `select` takes them. */
export function columnsOf<E extends object>(
  entity: abstract new (...args: never[]) => E,
  alias: string,
  options: ColumnOptions<RowOf<E>> = {},
): string[] {
  const only = options.only && new Set<string>(options.only);
  const omit = new Set<string>(options.omit ?? []);
  const rename = (options.rename ?? {}) as Record<string, string | undefined>;
  return columnsOfEntity(entity)
    .filter((c) => (!only || only.has(c.key)) && !omit.has(c.key))
    .map((c) => `${alias}.${c.column} as ${rename[c.key] ?? c.key}`);
}

type Listed<O, Name extends string> = O extends { [N in Name]: readonly (infer K)[] } ? K : never;
type Kept<R, O> = Exclude<
  O extends { only: readonly unknown[] } ? Extract<keyof R, Listed<O, 'only'>> : keyof R,
  Listed<O, 'omit'>
>;
type RenameOf<O> = O extends { rename: infer M } ? M : object;

/** The row `columnsOf(entity, alias, options)` selects: its kept columns, under their keys. */
export type Shaped<R, O> = {
  [K in Kept<R, O> as K extends keyof RenameOf<O> ? RenameOf<O>[K] & string : K]: R[K];
};

/** A read path's select list with the row it yields: the options are stated once, for both. */
export interface Columns<R> {
  (alias: string): string[];
  /** Never set: carries the row's type, read with `RowFrom<typeof …>`. */
  readonly row?: R;
}

/** The row a `Columns` list yields. */
export type RowFrom<C extends Columns<object>> = NonNullable<C['row']>;

/** The select list of `entity` for a read path, for any alias, typed with the row it yields. */
export function columnsFor<E extends object, const O extends ColumnOptions<RowOf<E>> = Record<never, never>>(
  entity: abstract new (...args: never[]) => E,
  options?: O,
): Columns<Shaped<RowOf<E>, O>> {
  return (alias) => columnsOf(entity, alias, options);
}

/** A row read through a left join: each of its columns may be null. */
export type Optional<R> = { [K in keyof R]: R[K] | null };

/**
 * `json_build_object('slug', t.slug, 'nameEn', t.name_en, …)` from a select list of this file,
 * with `nested` objects under their keys: rows carried inside JSON (a preload, a live snapshot).
 */
export function jsonObject(columns: string[], nested: Record<string, string> = {}): string {
  const pairs = columns.map((spec) => {
    const [expression, key] = spec.split(' as ');
    return `'${key}', ${expression}`;
  });
  for (const [key, object] of Object.entries(nested)) pairs.push(`'${key}', ${object}`);
  return `json_build_object(${pairs.join(', ')})`;
}

/** A row as it reads back from JSON (a stored event, a preload): its dates are ISO strings. */
export type Jsonified<R> = {
  [K in keyof R]: R[K] extends Date ? string : R[K] extends Date | null ? string | null : R[K];
};
