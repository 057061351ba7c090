import { describe, expect, expectTypeOf, it } from 'vitest';
import { columnsFor, columnsOf, jsonObject, timestamps, type Jsonified, type RowFrom, type RowOf } from './rows.js';
import { Contribution } from '../contributions/contribution.entity.js';
import { Workshop } from '../workshops/workshop.entity.js';

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
