import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { createTestApi } from '../src/test-support/api.js';
import { factories, type Factories, type MadePerson } from '../src/test-support/factories/index.js';
import { siteDocument } from '../src/test-support/site-documents.js';
import type { Viewer } from '../src/shared/viewer.js';

/**
 * The SQL statements of the site's heaviest pages — the live board, the console, the territory
 * page — counted with a little data and with a lot: the same number, whatever the size (no N+1).
 */

let db: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;
let make: Factories;
let themeIds: string[];
let territory: Awaited<ReturnType<Factories['territory']>>;
let workshop: Awaited<ReturnType<Factories['workshop']>>;
let coordinator: MadePerson;
let participant: Viewer;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await createTestApi(db.orm);
  make = factories(db.orm);
  themeIds = (await make.themes(4)).map((t) => t.id);
  territory = await make.territory({ neighbourhoods: 3, themeIds });
  coordinator = await make.person({ role: 'COORDINATOR' });
  workshop = await make.workshop({
    territoryId: territory.id,
    coordinatorIds: [coordinator.id],
    themeIds: themeIds.slice(0, 2),
    prompts: 3,
  });
  participant = await (await make.person()).viewer();
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

/**
 * `n` more of everything the three pages show: contributions by people, guests and organizations
 * in every state, with themes, prompts, replies, votes, reports and moderation lines; findings
 * citing them, with themes, neighbourhoods and stories; portraits, workshops and organizations.
 */
async function grow(n: number) {
  const knex = db.orm.em.getKnex();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const author =
      i % 3 === 0
        ? await (await make.person()).viewer()
        : i % 3 === 1
          ? await make.guest(workshop.id, `Invité ${i}`)
          : undefined;
    const organizationId = author ? undefined : (await make.organization({ territoryId: territory.id })).id;
    const id = await make.contribution(workshop.id, {
      state: (['PUBLISHED', 'PENDING', 'HIDDEN', 'PUBLISHED'] as const)[i % 4],
      author,
      organizationId,
      promptId: workshop.promptIds[i % 3],
      themeIds: themeIds.slice(i % 2, 2 + (i % 3)),
      voteCount: 2,
    });
    ids.push(id);
    await make.contribution(workshop.id, { parentId: id, author: participant });
    await knex('contribution_vote').insert([
      { contribution_id: id, voter_key: `p:${(participant as { personId: string }).personId}` },
      { contribution_id: id, voter_key: `g:${randomUUID()}` },
    ]);
    await knex('contribution_report').insert({
      id: randomUUID(),
      contribution_id: id,
      reporter_key: 'x',
      reason: 'Test',
    });
    await knex('moderation_action').insert({
      id: randomUUID(),
      workshop_id: workshop.id,
      contribution_id: id,
      actor_id: coordinator.id,
      action: 'PIN',
    });
  }
  const portrait = await make.portrait({ territoryId: territory.id, themeIds });
  const story = await make.story({ territoryId: territory.id, portraitId: portrait.id });
  await make.diagnosis(territory.id, {
    findings: Math.max(1, Math.floor(n / 5)),
    evidence: ids.slice(0, 3),
    themeIds: themeIds.slice(0, 2),
    neighbourhoodIds: territory.neighbourhoods.map((x) => x.id),
    storyIds: [story.id],
  });
  for (let i = 0; i < Math.ceil(n / 10); i++) {
    await make.portrait({ territoryId: territory.id, themeIds: themeIds.slice(0, 2) });
    await make.workshop({ territoryId: territory.id, status: 'CLOSED', themeIds: themeIds.slice(0, 1) });
    await make.organization({ territoryId: territory.id });
  }
}

/** The statements of each page, with the viewer who opens it. */
async function measure() {
  const count = async (name: string, slug: string, viewer: Viewer) => {
    const { result, statements } = await api.countStatements(await siteDocument(name), { slug }, viewer);
    expect(result.errors, name).toBeUndefined();
    return { statements, data: result.data! };
  };
  return {
    board: await count('LiveBoardPage', workshop.slug, participant),
    console: await count('ConsolePage', workshop.slug, await coordinator.viewer()),
    territory: await count('TerritoryPage', territory.slug, participant),
  };
}

describe('statements per page', () => {
  it('do not grow with the number of contributions, findings, portraits and workshops', async () => {
    await grow(2);
    const few = await measure();
    await grow(48);
    const many = await measure();
    // The data did grow: 50 contributions on the board, 10 findings on the territory.
    expect(many.board.data.workshop.contributions.length).toBeGreaterThanOrEqual(25);
    expect(many.console.data.workshop.allContributions.length).toBeGreaterThanOrEqual(50);
    const findings = many.territory.data.territory.diagnoses.flatMap((d: { findings: unknown[] }) => d.findings);
    expect(findings.length).toBeGreaterThanOrEqual(10);
    // One statement per list or batched relation the page shows, whatever the number of rows.
    // The board and the console also read the findings that retain contributions, and the board
    // the diagnosis its workshop feeds.
    const expected = { board: 16, console: 13, territory: 19 };
    for (const page of ['board', 'console', 'territory'] as const) {
      expect(few[page].statements, `${page}, with little data`).toBe(expected[page]);
      expect(many[page].statements, `${page}, with 50 contributions and 10 findings`).toBe(expected[page]);
    }
  });
});
