import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guestViewer } from '../src/test-support/viewers.js';
import type { Viewer } from '../src/shared/viewer.js';
import {
  act,
  changedTables,
  contributionRow,
  ok,
  openLive,
  post,
  rawId,
  snapshot,
  unique,
  type Live,
} from './support-live.js';

/**
 * An edit names the version it started from: a stale one saves nothing and answers with the
 * contribution as it now is; a "me too" does not make it stale, a coordinator's change does.
 */

let live: Live;
beforeAll(async () => {
  live = await openLive({ mode: 'OPEN' });
});
afterAll(async () => {
  await live?.close();
});

const guest = (name = unique('Participant')) => guestViewer(live.orm, live.slug, name);

const EDIT = `mutation($id: ID!, $body: String!, $expectedVersion: Int) {
  editContribution(id: $id, body: $body, expectedVersion: $expectedVersion) {
    contribution { id body version }
    userErrors { code field message }
  }
}`;

async function versionOf(id: string, viewer: Viewer): Promise<number> {
  const { data, errors } = await live.api.run<{ node: { version: number } }>(
    `query($id: ID!) { node(id: $id) { ... on Contribution { version } } }`,
    { id },
    viewer,
  );
  expect(errors).toBeUndefined();
  return data!.node.version;
}

describe('editing with the version it started from', () => {
  it('saves when the version is current, and moves it on', async () => {
    const author = await guest();
    const c = await post(live, author, unique('Première version'));
    expect(await versionOf(c.id, author)).toBe(1);
    const body = unique('Deuxième version');
    const edited = await ok(live.api.run(EDIT, { id: c.id, body, expectedVersion: 1 }, author), 'editContribution');
    expect(edited.contribution).toMatchObject({ body, version: 2 });
  });

  it('refuses a stale version with CONTRIBUTION_CHANGED, saving nothing, in the language asked, with the contribution as it now is', async () => {
    const author = await guest();
    const c = await post(live, author, unique('Texte'));
    const first = unique('Corrigé dans un onglet');
    await ok(live.api.run(EDIT, { id: c.id, body: first, expectedVersion: 1 }, author), 'editContribution');
    const before = await snapshot(live.orm);
    const stale = await live.api.run(
      EDIT,
      { id: c.id, body: unique('Corrigé dans un autre'), expectedVersion: 1 },
      author,
      {
        locale: 'fr',
      },
    );
    expect(stale.errors).toBeUndefined();
    const payload = stale.data!.editContribution;
    // What the author merges their change into, and the version to send it with.
    expect(payload.contribution).toEqual({ id: c.id, body: first, version: 2 });
    expect(payload.userErrors).toEqual([
      {
        code: 'CONTRIBUTION_CHANGED',
        field: 'expectedVersion',
        message: expect.stringContaining('n’a pas été enregistrée\u00a0: reportez-la dans le texte actuel'),
      },
    ]);
    expect(changedTables(before, await snapshot(live.orm))).toEqual([]);
    expect((await contributionRow(live.orm, c.id))!).toMatchObject({ body: first, version: 2 });
  });

  it('is not made stale by votes, but by a coordinator’s change', async () => {
    const author = await guest();
    const c = await post(live, author, unique('Besoin'));
    await act(live, await guest(), 'vote', { id: c.id });
    await act(live, live.viewers.resident, 'vote', { id: c.id });
    expect(await versionOf(c.id, author)).toBe(1);
    const body = unique('Besoin précisé');
    await ok(live.api.run(EDIT, { id: c.id, body, expectedVersion: 1 }, author), 'editContribution');
    await act(live, live.viewers.coordinator, 'pin', { id: c.id });
    const stale = await live.api.run(EDIT, { id: c.id, body: unique('Encore'), expectedVersion: 2 }, author);
    expect(stale.data!.editContribution.userErrors.map((e: { code: string }) => e.code)).toEqual([
      'CONTRIBUTION_CHANGED',
    ]);
    expect(stale.data!.editContribution.contribution).toEqual({ id: c.id, body, version: 3 });
    expect((await contributionRow(live.orm, c.id))!).toMatchObject({ body, version: 3, vote_count: 2 });
  });

  it('sends the edit again with the version the error gave, and saves it', async () => {
    const author = await guest();
    const c = await post(live, author, unique('Texte'));
    await act(live, live.viewers.coordinator, 'pin', { id: c.id });
    const merged = unique('Fusionné à la main');
    const stale = await live.api.run(EDIT, { id: c.id, body: merged, expectedVersion: 1 }, author);
    const { version } = stale.data!.editContribution.contribution;
    const edited = await ok(
      live.api.run(EDIT, { id: c.id, body: merged, expectedVersion: version }, author),
      'editContribution',
    );
    expect(edited.contribution).toMatchObject({ body: merged, version: version + 1 });
  });

  it('still answers other problems without the contribution', async () => {
    const author = await guest();
    const c = await post(live, author, unique('Texte'));
    const empty = await live.api.run(EDIT, { id: c.id, body: '  ', expectedVersion: 1 }, author);
    expect(empty.data!.editContribution).toEqual({
      contribution: null,
      userErrors: [expect.objectContaining({ code: 'BODY_EMPTY', field: 'body' })],
    });
  });

  it('tells subscribers the version after the change, in the event’s snapshot', async () => {
    const author = await guest();
    const c = await post(live, author, unique('Idée'));
    await ok(
      live.api.run(EDIT, { id: c.id, body: unique('Idée mûrie'), expectedVersion: 1 }, author),
      'editContribution',
    );
    const events = (await live.orm.em
      .getKnex()('stream_event')
      .where({ stream_kind: 'workshop', stream_key: rawId(live.workshopId) })
      .whereRaw(`data -> 'contribution' ->> 'id' = ?`, [rawId(c.id)])
      .orderBy('seq')
      .select('type', 'data')) as { type: string; data: { contribution: { version: number } } }[];
    expect(events.map((e) => [e.type, e.data.contribution.version])).toEqual([
      ['CONTRIBUTION_POSTED', 1],
      ['CONTRIBUTION_EDITED', 2],
    ]);
  });
});
