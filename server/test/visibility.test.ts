import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { admin, createTestApi } from '../src/test-support/api.js';
import { seedId } from '../src/seeding/seed.ids.js';
import { factories } from '../src/test-support/factories/index.js';
import { toGlobalId } from '../src/shared/ids.js';

let db: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;

const draftPortrait = seedId('test', 'draft-portrait');
const hiddenContribution = seedId('test', 'hidden-contribution');
const pendingContribution = seedId('test', 'pending-contribution');
const draftWorkshop = seedId('test', 'draft-workshop');
let workshopSlug: string;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await createTestApi(db.orm);
  const knex = db.orm.em.getKnex();
  // A territory with what the public may read (published portraits, a story, a validated
  // diagnosis, a closed workshop's contributions) and what it may not (drafts, below).
  const make = factories(db.orm);
  const territory = await make.territory();
  const partner = await make.organization({ territoryId: territory.id });
  const published = await make.portrait({
    territoryId: territory.id,
    partners: [{ organizationId: partner.id, role: 'CARRIER' }],
  });
  await make.story({ territoryId: territory.id, portraitId: published.id });
  const closed = await make.workshop({ status: 'CLOSED', territoryId: territory.id });
  workshopSlug = closed.slug;
  const [said] = await make.contributions(closed.id, 3);
  await make.contribution(closed.id, { parentId: said });
  const [finding] = (await make.diagnosis(territory.id, { evidence: [said!] })).findingIds;
  // The public sees neither a draft story nor a draft diagnosis.
  await make.story({ territoryId: territory.id, state: 'DRAFT' });
  await make.diagnosis(territory.id, { status: 'DRAFT' });
  await knex('portrait').insert({
    id: draftPortrait,
    // A draft copy of a published project must not show among its replications.
    replicated_from_id: published.id,
    slug: 'secret-draft',
    name: 'Brouillon secret',
    territory_id: territory.id,
    stage: 'MODELLING',
    publication_state: 'DRAFT',
  });
  await knex('workshop').insert({
    id: draftWorkshop,
    slug: 'secret-workshop',
    title: 'Atelier en préparation',
    kind: 'WORKSHOP',
    territory_id: territory.id,
    starts_at: new Date(),
    ends_at: new Date(),
    status: 'DRAFT',
  });
  await knex('contribution').insert([
    {
      id: hiddenContribution,
      workshop_id: closed.id,
      kind: 'NEED',
      body: 'HIDDEN-MARKER',
      guest_name: 'X',
      moderation_state: 'HIDDEN',
      vote_count: 99,
    },
    {
      id: pendingContribution,
      workshop_id: closed.id,
      kind: 'IDEA',
      body: 'PENDING-MARKER',
      guest_name: 'Y',
      moderation_state: 'PENDING',
      vote_count: 99,
    },
  ]);
  // Even evidence links must not let a hidden contribution through.
  await knex('finding_evidence').insert({ finding_id: finding!, contribution_id: hiddenContribution });
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

const EVERYTHING = /* GraphQL */ `
  {
    portraits(first: 100) {
      totalCount
      nodes {
        slug
        name
        replicatedFrom {
          slug
        }
        replications {
          slug
        }
      }
    }
    stories(first: 100) {
      totalCount
      nodes {
        slug
        publicationState
      }
    }
    workshops(first: 100) {
      totalCount
      nodes {
        slug
        status
        contributionCount
        contributions {
          body
          replies {
            body
          }
        }
      }
    }
    territories(first: 100) {
      nodes {
        portraits {
          slug
        }
        workshops {
          slug
        }
        stories {
          slug
        }
        diagnoses {
          status
          findings {
            evidenceCount
            evidence {
              body
            }
          }
        }
      }
    }
    organizations(first: 100) {
      nodes {
        partnerships {
          portrait {
            slug
          }
        }
      }
    }
  }
`;

describe('public reads hide what is not published', () => {
  it('keeps drafts, pending and hidden content out of every list, nested field and count', async () => {
    const { data, errors } = await api.run(EVERYTHING);
    expect(errors).toBeUndefined();
    const text = JSON.stringify(data);
    for (const marker of ['secret-draft', 'secret-workshop', 'HIDDEN-MARKER', 'PENDING-MARKER', '"DRAFT"']) {
      expect(text).not.toContain(marker);
    }
    // The draft story and diagnosis are there, but not for the public.
    const staff = JSON.stringify((await api.run(EVERYTHING, {}, admin)).data);
    for (const marker of ['secret-draft', 'secret-workshop', '"DRAFT"']) expect(staff).toContain(marker);
    // Boards show published contributions to everyone; the queue and the rest are in the console.
    const console = await api.run(
      `query($slug: String!) { workshop(slug: $slug) { allContributions { body } } }`,
      { slug: workshopSlug },
      admin,
    );
    const moderated = JSON.stringify(console.data);
    for (const marker of ['HIDDEN-MARKER', 'PENDING-MARKER']) expect(moderated).toContain(marker);
  });

  it('counts only published contributions and evidence', async () => {
    const query = `query($slug: String!) { workshop(slug: $slug) { contributionCount contributions { id } } }`;
    const pub = await api.run(query, { slug: workshopSlug });
    const staff = await api.run(
      `query($slug: String!) { workshop(slug: $slug) { contributionCount allContributions { id parent { id } } } }`,
      { slug: workshopSlug },
      admin,
    );
    expect(pub.data!.workshop.contributionCount).toBe(pub.data!.workshop.contributions.length);
    expect(staff.data!.workshop.contributionCount).toBe(pub.data!.workshop.contributionCount);
    const topLevel = staff.data!.workshop.allContributions.filter((c: { parent: unknown }) => !c.parent);
    expect(topLevel.length).toBeGreaterThanOrEqual(pub.data!.workshop.contributionCount + 2);
  });

  it('answers null through node(id:) and NOT_FOUND by slug', async () => {
    for (const [type, id] of [
      ['Portrait', draftPortrait],
      ['Contribution', hiddenContribution],
      ['Contribution', pendingContribution],
      ['Workshop', draftWorkshop],
    ] as const) {
      const { data } = await api.run(`query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId(type, id) });
      expect(data!.node).toBeNull();
      const staff = await api.run(`query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId(type, id) }, admin);
      expect(staff.data!.node).not.toBeNull();
    }
    for (const query of [
      '{ portrait(slug: "secret-draft") { name } }',
      '{ workshop(slug: "secret-workshop") { title } }',
    ]) {
      expect((await api.run(query)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('never exposes email addresses', async () => {
    const { errors } = await api.run(`{ workshops(first: 5) { nodes { coordinators { email } } } }`);
    expect(errors?.[0]?.message).toMatch(/Cannot query field "email"/);
  });
});
