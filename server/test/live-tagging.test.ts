import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guestViewer } from '../src/test-support/viewers.js';
import { act, openLive, post, rawId, unique, type Live } from './support-live.js';

/**
 * Tagging sets a contribution's themes through the unit of work without reading them first: what
 * it names replaces what was there, in the table and in the live event.
 */

let live: Live;
beforeAll(async () => {
  live = await openLive({ mode: 'OPEN' });
});
afterAll(async () => {
  await live?.close();
});

const themesInTable = async (id: string) =>
  (
    (await live.orm.em
      .getKnex()('contribution_theme as ct')
      .join('theme as t', 't.id', 'ct.theme_id')
      .where('ct.contribution_id', rawId(id))
      .orderBy('t.slug')
      .select('t.slug')) as { slug: string }[]
  ).map((t) => t.slug);

const lastEventThemes = async (id: string) => {
  const row = (await live.orm.em
    .getKnex()('stream_event')
    .whereRaw(`data -> 'contribution' ->> 'id' = ?`, [rawId(id)])
    .orderBy('seq', 'desc')
    .first('type', 'data')) as { type: string; data: { contribution: { themesSnapshot: { slug: string }[] } } };
  return [row.type, row.data.contribution.themesSnapshot.map((t) => t.slug).sort()];
};

describe('tagging a contribution', () => {
  it('replaces the themes it was posted with, and says so live', async () => {
    const [first, second, third] = live.themes;
    const author = await guestViewer(live.orm, live.slug, unique('Participant'));
    const c = await post(live, author, unique('Un besoin'), { themeSlugs: [first, second] });
    expect(await themesInTable(c.id)).toEqual([first, second].sort());
    const tagged = await act(live, live.viewers.coordinator, 'tag', { id: c.id, themeSlugs: [third, second] });
    expect(tagged.contribution.themes.map((t: { slug: string }) => t.slug).sort()).toEqual([second, third].sort());
    expect(await themesInTable(c.id)).toEqual([second, third].sort());
    expect(await lastEventThemes(c.id)).toEqual(['CONTRIBUTION_TAGGED', [second, third].sort()]);
    await act(live, live.viewers.coordinator, 'tag', { id: c.id, themeSlugs: [] });
    expect(await themesInTable(c.id)).toEqual([]);
    expect(await lastEventThemes(c.id)).toEqual(['CONTRIBUTION_TAGGED', []]);
  });
});
