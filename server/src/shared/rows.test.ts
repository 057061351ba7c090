import { describe, expect, expectTypeOf, it } from 'vitest';
import { columnsOf, type RowOf } from './rows.js';
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
});
