import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { AppError, refuse } from '../shared/errors.js';
import { likePattern } from '../shared/sql.js';
import { columnsFor } from '../shared/rows.js';
import { adminRefusal } from '../organizations/organization.policy.js';
import { Person } from './person.entity.js';
import type { PeopleArgs } from './person-search.inputs.js';
import type { PersonAccountType } from './person-account.type.js';

const accountColumns = columnsFor(Person, { omit: ['createdAt', 'updatedAt', 'passwordHash'] });

// PGlite has no `unaccent` extension: letters are folded with translate(), from a table built
// here from Unicode's own decompositions, and the search text is folded the same way in JS.
const accented =
  'àáâãäåāăąçćĉċčďèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľłñńņňòóôõöøōŏőŕŗřśŝşšţťùúûüũūŭůűųŵýÿŷźżžÀÁÂÃÄÅĀĂĄÇĆĈĊČĎÈÉÊËĒĔĖĘĚĜĞĠĢĤÌÍÎÏĨĪĬĮĴĶĹĻĽŁÑŃŅŇÒÓÔÕÖØŌŎŐŔŖŘŚŜŞŠŢŤÙÚÛÜŨŪŬŮŰŲŴÝŸŶŹŻŽ';
const plain = [...accented]
  .map((c) => ({ ł: 'l', Ł: 'L', ø: 'o', Ø: 'O' })[c] ?? c.normalize('NFD').replace(/\p{M}/gu, ''))
  .join('');

/** The SQL form of `fold`: lower case, accents off, ligatures spelt out. */
export const foldSql = (expression: string) =>
  `translate(replace(replace(lower(${expression}), 'œ', 'oe'), 'æ', 'ae'), '${accented.toLowerCase()}', '${plain.toLowerCase()}')`;

export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łø]/g, (c) => (c === 'ł' ? 'l' : 'o'));
}

const sortKey = foldSql('p.display_name');

function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Cursors come back from clients: anything `encodeCursor` did not write is a user error. */
function decodeCursor(cursor: string, field: string): [string, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      parsed[0].length <= 1000 &&
      !parsed[0].includes('\0') &&
      typeof parsed[1] === 'string' &&
      UUID.test(parsed[1])
    )
      return parsed as [string, string];
  } catch {
    // refused below
  }
  throw new AppError('BAD_USER_INPUT', `The \`${field}\` cursor is not valid; use a cursor of a previous page.`, {
    field,
  });
}

function filtered(knex: Knex, args: PeopleArgs) {
  const query = knex('person as p');
  const search = fold(args.search?.trim() ?? '');
  if (search) {
    const pattern = likePattern(search);
    query.whereRaw(`(${foldSql('p.display_name')} like ? or lower(p.email) like ?)`, [pattern, pattern]);
  }
  if (args.role) query.where('p.role', args.role);
  return query;
}

export const personSearchService = {
  /** Admins only: e-mail addresses are personal data. By name, folded; keyset pages both ways. */
  async people(ctx: Context, args: PeopleArgs) {
    refuse(adminRefusal(ctx.viewer));
    const backwards = args.last !== undefined || args.before !== undefined;
    const size = (backwards ? args.last : args.first) ?? 20;
    const cursor = backwards ? args.before : args.after;
    const page = filtered(ctx.knex, args)
      .select(accountColumns('p'))
      .select(ctx.knex.raw(`${sortKey} as "_sortKey"`));
    if (cursor) {
      const [key, id] = decodeCursor(cursor, backwards ? 'before' : 'after');
      page.whereRaw(`(${sortKey}, p.id) ${backwards ? '<' : '>'} (?, ?)`, [key, id]);
    }
    const order = backwards ? 'desc' : 'asc';
    page.orderByRaw(`${sortKey} ${order}, p.id ${order}`).limit(size + 1);
    const rows = (await page) as (PersonAccountType & { email: string | null })[];
    const more = rows.length > size;
    const kept = rows.slice(0, size);
    if (backwards) kept.reverse();
    const [count] = (await filtered(ctx.knex, args).count({ n: '*' })) as { n: string }[];
    return {
      nodes: kept.map((row) => ({ ...row, person: row })),
      totalCount: Number(count?.n ?? 0),
      pageInfo: {
        hasNextPage: backwards ? Boolean(cursor) : more,
        hasPreviousPage: backwards ? more : Boolean(cursor),
        startCursor: kept[0] ? encodeCursor(kept[0]._sortKey, kept[0].id) : null,
        endCursor: kept.at(-1) ? encodeCursor(kept.at(-1)!._sortKey, kept.at(-1)!.id) : null,
      },
    };
  },
};
