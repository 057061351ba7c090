import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { columnsFor, columnsOf, jsonObject, timestamps, type Jsonified, type RowFrom, type RowOf } from './rows.js';
import { Contribution } from '../contributions/contribution.entity.js';
import { Workshop } from '../workshops/workshop.entity.js';
import { entities } from '../features.js';

describe('rows derived from entities', () => {
  it('selects every column of the entity, base class included, relations as <name>Id', () => {
    const columns = columnsOf(Contribution, 'c');
    expect(columns).toEqual(
      expect.arrayContaining([
        'c.id as id',
        'c.created_at as createdAt',
        'c.vote_count as voteCount',
        'c.workshop_id as workshopId',
        'c.merged_into_id as mergedIntoId',
      ]),
    );
    // Collections are other tables.
    expect(columns.some((c) => /themes/.test(c))).toBe(false);
  });

  it('takes only, omit and rename', () => {
    expect(columnsOf(Workshop, 'w', { only: ['id', 'joinCode'], rename: { joinCode: 'joinCodeValue' } })).toEqual([
      'w.id as id',
      'w.join_code as joinCodeValue',
    ]);
    expect(columnsOf(Workshop, 'w', { omit: ['description'] }).some((c) => c.includes('description'))).toBe(false);
  });

  it('types the row as the columns are', () => {
    expectTypeOf<RowOf<Contribution>['workshopId']>().toEqualTypeOf<string>();
    expectTypeOf<RowOf<Contribution>['promptId']>().toEqualTypeOf<string | null>();
    expectTypeOf<RowOf<Contribution>['voteCount']>().toEqualTypeOf<number>();
    expectTypeOf<RowOf<Contribution>['editedAt']>().toEqualTypeOf<Date | null>();
  });

  it("states a read path's options once, for its select list and its row type", () => {
    const workshopColumns = columnsFor(Workshop, { omit: timestamps, rename: { joinCode: 'joinCodeValue' } });
    expect(workshopColumns('w')).toEqual(
      columnsOf(Workshop, 'w', { omit: timestamps, rename: { joinCode: 'joinCodeValue' } }),
    );
    type Row = RowFrom<typeof workshopColumns>;
    expectTypeOf<Row['joinCodeValue']>().toEqualTypeOf<string | null>();
    expectTypeOf<Row>().not.toHaveProperty('joinCode');
    expectTypeOf<Row>().not.toHaveProperty('createdAt');
    const targetColumns = columnsFor(Contribution, { only: ['id', 'pinned'] });
    expect(targetColumns('c')).toEqual(['c.id as id', 'c.pinned as pinned']);
    expectTypeOf<RowFrom<typeof targetColumns>>().toEqualTypeOf<{ id: string; pinned: boolean }>();
  });

  it('builds JSON objects from a select list', () => {
    expect(jsonObject(columnsOf(Workshop, 'w', { only: ['id', 'startsAt'] }), { prompt: 'null' })).toBe(
      "json_build_object('id', w.id, 'startsAt', w.starts_at, 'prompt', null)",
    );
    expectTypeOf<Jsonified<RowOf<Contribution>>['editedAt']>().toEqualTypeOf<string | null>();
    expectTypeOf<Jsonified<RowOf<Contribution>>['createdAt']>().toEqualTypeOf<string>();
  });
});

/** The app's own code (tests and their helpers read rows their own way). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sources(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

describe('select lists', () => {
  it('are never written by hand: no column is given its key outside rows.ts', () => {
    const src = fileURLToPath(new URL('..', import.meta.url));
    // Every column whose key differs from its name, as a select spec ("c.vote_count as voteCount")
    // or a JSON pair ("'voteCount', c.vote_count"): the entity's decorators are the one place for them.
    const copies = entities.flatMap((entity) =>
      columnsOf(entity, 'x')
        .map((spec) => spec.slice('x.'.length).split(' as ') as [string, string])
        .filter(([column, key]) => column !== key)
        .map(([column, key]) => new RegExp(`\\b${column}\\s+as\\s+"?${key}\\b|'${key}',\\s*\\w+\\.${column}\\b`)),
    );
    const found = new Map<string, string>();
    for (const file of sources(src)) {
      const name = path.relative(src, file).split(path.sep).join('/');
      if (name === 'shared/rows.ts') continue;
      const text = readFileSync(file, 'utf8');
      const copy = copies.map((pattern) => pattern.exec(text)?.[0]).find(Boolean);
      if (copy) found.set(name, copy);
    }
    expect([...found], 'use columnsFor / columnsOf (shared/rows.ts) instead').toEqual([]);
  });
});
