import type { EntityData, EntityName, MikroORM } from '@mikro-orm/postgresql';

/** A row as seeds and generators build it: by column, as in the table. */
export type TableRow = Record<string, unknown>;

/**
 * The entity of each table, from the ORM's metadata (the link tables of many-to-many relations
 * included), and how rows keyed by column become its data keyed by property, which the
 * EntityManager's bulk methods take: the metadata stays the one mapping between the two.
 */
export function entitiesByTable(orm: MikroORM) {
  const tables = new Map<string, { name: EntityName<TableRow>; properties: Map<string, string> }>();
  for (const meta of Object.values(orm.getMetadata().getAll())) {
    if (!meta.tableName || meta.abstract || meta.embeddable) continue;
    const properties = new Map(
      meta.props.flatMap((p) => (p.fieldNames?.length === 1 ? [[p.fieldNames[0]!, p.name]] : [])),
    );
    tables.set(meta.tableName, { name: meta.className, properties });
  }
  return (table: string) => {
    const entity = tables.get(table);
    if (!entity) throw new Error(`No entity has the table ${table}`);
    const property = (column: string) => {
      const name = entity.properties.get(column);
      if (!name) throw new Error(`No property of the table ${table} has the column ${column}`);
      return name;
    };
    const data = (row: TableRow): EntityData<TableRow> =>
      Object.fromEntries(Object.entries(row).map(([column, value]) => [property(column), value]));
    return { name: entity.name, property, data };
  };
}

export type EntitiesByTable = ReturnType<typeof entitiesByTable>;
