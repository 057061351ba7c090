import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Membership } from '../src/organizations/organization.entity.js';
import { changedTables, errorCode, gid, rawId, snapshot } from './support-live.js';
import { POST_TO_CONSULTATION, move, openDiagnosisWorld, type DiagnosisWorld } from './support-diagnosis.js';

/**
 * A diagnosis's consultation: its workshop (opened, closed and reopened with the diagnosis, run by
 * its coordinators, listed nowhere else), posting to it as in a workshop, linking workshops to the
 * diagnosis, and the figures the diagnosis gathers from them.
 */
let world: DiagnosisWorld;
beforeAll(async () => {
  world = await openDiagnosisWorld();
});
afterAll(async () => {
  await world?.close();
});

const knex = () => world.orm.em.getKnex();
const CONSULTATION = `query($slug: String!) { diagnosis(slug: $slug) { title consultation { id } } }`;
const consultationOf = async (slug: string) =>
  (await world.api.run(CONSULTATION, { slug }, (await world.viewers()).coordinator)).data!.diagnosis;

async function post(diagnosisId: string, role: 'resident' | 'stakeholder' | 'coordinator', extra = {}) {
  const viewers = await world.viewers();
  return world.api.run(
    POST_TO_CONSULTATION,
    { input: { diagnosisId, kind: 'NEED', body: 'Il manque une crèche.', ...extra } },
    viewers[role],
  );
}

describe('the consultation workshop', () => {
  it('opens with the consultation: live, strict, no join code, run by the coordinators, told on its stream', async () => {
    const { id, slug } = await world.diagnosis('DRAFT');
    await move(world, 'openConsultation', id);
    const { title, consultation } = await consultationOf(slug);
    const row = await knex()('workshop').where('id', rawId(consultation.id)).first();
    expect(row).toMatchObject({
      kind: 'CONSULTATION',
      status: 'LIVE',
      moderation_mode: 'STRICT',
      join_code: null,
      diagnosis_id: rawId(id),
      territory_id: world.territory.id,
      title: `Consultation — ${title}`,
    });
    const coordinators = await knex()('workshop_coordinator').where('workshop_id', row.id).pluck('person_id');
    expect(coordinators).toEqual([world.people.coordinator.id]);
    const events = await knex()('stream_event').where({ stream_kind: 'workshop', stream_key: row.id }).pluck('type');
    expect(events).toEqual(['WORKSHOP_STATUS_CHANGED']);
    const log = await knex()('moderation_action').where('workshop_id', row.id).pluck('action');
    expect(log).toEqual(['OPEN']);
  });

  it('closes at validation and goes live again, the same workshop, when the diagnosis is reopened', async () => {
    const { id, slug } = await world.diagnosis('DRAFT');
    await move(world, 'openConsultation', id);
    const first = (await consultationOf(slug)).consultation.id;
    await move(world, 'validateDiagnosis', id);
    expect((await knex()('workshop').where('id', rawId(first)).first()).status).toBe('CLOSED');
    const refused = await post(id, 'resident');
    expect(refused.data!.postDiagnosisContribution.userErrors).toMatchObject([
      { code: 'DIAGNOSIS_NOT_IN_CONSULTATION', field: 'diagnosisId' },
    ]);
    await move(world, 'reopenDiagnosis', id, 'Deux quartiers à entendre.');
    expect((await consultationOf(slug)).consultation.id).toBe(first);
    expect((await knex()('workshop').where('id', rawId(first)).first()).status).toBe('LIVE');
    const events = await knex()('stream_event')
      .where({ stream_kind: 'workshop', stream_key: rawId(first) })
      .orderBy('seq')
      .select('type', 'data');
    expect(events.map((e: { data: { workshop: { status: string } } }) => e.data.workshop.status)).toEqual([
      'LIVE',
      'CLOSED',
      'LIVE',
    ]);
  });

  it('is listed neither among the workshops nor on its territory', async () => {
    const { id, slug } = await world.diagnosis('DRAFT');
    await move(world, 'openConsultation', id);
    const { consultation } = await consultationOf(slug);
    const listed = await world.api.run(
      `query($t: String!) { workshops(first: 50, filter: { territory: $t }) { nodes { id } } territory(slug: $t) { workshops { id } } }`,
      { t: world.territory.slug },
    );
    expect(listed.errors).toBeUndefined();
    const ids = [
      ...listed.data!.workshops.nodes.map((w: { id: string }) => w.id),
      ...listed.data!.territory.workshops.map((w: { id: string }) => w.id),
    ];
    expect(ids).toContain(gid('Workshop', world.workshopId));
    expect(ids).not.toContain(consultation.id);
  });
});

describe('postDiagnosisContribution', () => {
  it('is refused to anonymous viewers and guests, before anything is written', async () => {
    const { id } = await world.diagnosis('DRAFT');
    await move(world, 'openConsultation', id);
    const viewers = await world.viewers();
    for (const role of ['anonymous', 'guest'] as const) {
      const before = await snapshot(world.orm);
      const result = await world.api.run(
        POST_TO_CONSULTATION,
        { input: { diagnosisId: id, kind: 'NEED', body: 'Bonjour' } },
        viewers[role],
      );
      expect(errorCode(result), role).toBe('UNAUTHENTICATED');
      expect(changedTables(before, await snapshot(world.orm))).toEqual([]);
    }
  });

  it('queues contributions in strict mode for the coordinators, who approve them as in any workshop', async () => {
    const { id, slug } = await world.diagnosis('DRAFT');
    await move(world, 'openConsultation', id);
    const [neighbourhood] = world.territory.neighbourhoods;
    const posted = await post(id, 'resident', {
      neighbourhoodSlug: neighbourhood!.slug,
      themeSlugs: [world.themes[0]!.slug],
    });
    expect(posted.errors).toBeUndefined();
    const contribution = posted.data!.postDiagnosisContribution.contribution;
    expect(contribution).toMatchObject({
      moderationState: 'PENDING',
      neighbourhood: { slug: neighbourhood!.slug },
      themes: [{ slug: world.themes[0]!.slug }],
    });
    const { consultation } = await consultationOf(slug);
    const viewers = await world.viewers();
    const QUEUE = `query($slug: String!) { workshop(slug: $slug) { moderationQueue { id } } }`;
    const workshopSlug = (await knex()('workshop').where('id', rawId(consultation.id)).first()).slug;
    const queue = await world.api.run(QUEUE, { slug: workshopSlug }, viewers.coordinator);
    expect(queue.data!.workshop.moderationQueue.map((c: { id: string }) => c.id)).toContain(contribution.id);
    const approved = await world.api.run(
      `mutation($id: ID!) { approveContribution(id: $id) { contribution { moderationState } userErrors { code } } }`,
      { id: contribution.id },
      viewers.coordinator,
    );
    expect(approved.data!.approveContribution).toEqual({
      contribution: { moderationState: 'PUBLISHED' },
      userErrors: [],
    });
    const log = await knex()('moderation_action')
      .where({ workshop_id: rawId(consultation.id), contribution_id: rawId(contribution.id) })
      .pluck('action');
    expect(log).toEqual(['APPROVE']);
    // Those who do not run it are no moderators of it.
    const notTheirs = await world.api.run(QUEUE, { slug: workshopSlug }, viewers.otherCoordinator);
    expect(errorCode(notTheirs)).toBe('FORBIDDEN');
  });

  it('publishes at once in open mode, for any signed-in person, an organization’s member speaking for it', async () => {
    const { id, slug } = await world.diagnosis('DRAFT');
    await move(world, 'openConsultation', id);
    const { consultation } = await consultationOf(slug);
    const viewers = await world.viewers();
    const mode = await world.api.run(
      `mutation($w: ID!) { setModerationMode(workshopId: $w, mode: OPEN) { userErrors { code } } }`,
      { w: consultation.id },
      viewers.coordinator,
    );
    expect(mode.data!.setModerationMode.userErrors).toEqual([]);
    const organization = await world.make.organization({ territoryId: world.territory.id });
    const em = world.orm.em.fork();
    em.create(Membership, { organization: organization.id, person: world.people.stakeholder.id, role: 'Chargée' });
    await em.flush();
    for (const role of ['resident', 'stakeholder', 'coordinator'] as const) {
      const result = await post(id, role);
      expect(result.data!.postDiagnosisContribution.contribution.moderationState, role).toBe('PUBLISHED');
    }
    const speaking = await post(id, 'stakeholder', { organizationId: gid('Organization', organization.id) });
    const speakingId = speaking.data!.postDiagnosisContribution.contribution.id;
    expect((await knex()('contribution').where('id', rawId(speakingId)).first()).organization_id).toBe(organization.id);
    const notMember = await post(id, 'resident', { organizationId: gid('Organization', organization.id) });
    expect(notMember.data!.postDiagnosisContribution.userErrors).toMatchObject([
      { code: 'CONTRIBUTION_NOT_MEMBER', field: 'organizationId' },
    ]);
  });

  it('is refused while its coordinators pause the consultation, as its rights say beforehand', async () => {
    const { id, slug } = await world.diagnosis('DRAFT');
    await move(world, 'openConsultation', id);
    const { consultation } = await consultationOf(slug);
    const viewers = await world.viewers();
    const CAN = `query($slug: String!) { diagnosis(slug: $slug) { viewerCanContribute } }`;
    expect((await world.api.run(CAN, { slug }, viewers.resident)).data!.diagnosis.viewerCanContribute).toBe(true);
    const paused = await world.api.run(
      `mutation($w: ID!) { pauseWorkshop(workshopId: $w) { userErrors { code } } }`,
      { w: consultation.id },
      viewers.coordinator,
    );
    expect(paused.data!.pauseWorkshop.userErrors).toEqual([]);
    expect((await world.api.run(CAN, { slug }, viewers.resident)).data!.diagnosis.viewerCanContribute).toBe(false);
    const refused = await post(id, 'resident');
    expect(refused.data!.postDiagnosisContribution.userErrors).toMatchObject([{ code: 'WORKSHOP_PAUSED' }]);
  });

  it('checks the text and the neighbourhood as a workshop does, and refuses a diagnosis not in consultation', async () => {
    const { id } = await world.diagnosis('DRAFT');
    // A draft is its coordinators' only: the others do not know it exists.
    expect(errorCode(await post(id, 'resident'))).toBe('NOT_FOUND');
    const draft = await post(id, 'coordinator');
    expect(draft.data!.postDiagnosisContribution.userErrors).toMatchObject([{ code: 'DIAGNOSIS_NOT_IN_CONSULTATION' }]);
    await move(world, 'openConsultation', id);
    const empty = await post(id, 'resident', { body: '   ' });
    expect(empty.data!.postDiagnosisContribution.userErrors).toMatchObject([{ code: 'BODY_EMPTY', field: 'body' }]);
    const elsewhere = await post(id, 'resident', { neighbourhoodSlug: 'nulle-part' });
    expect(elsewhere.data!.postDiagnosisContribution.userErrors).toMatchObject([
      { code: 'UNKNOWN_NEIGHBOURHOOD', field: 'neighbourhoodSlug' },
    ]);
  });
});

describe('workshops of a diagnosis', () => {
  const LINK = `mutation($w: ID!, $d: ID) { linkWorkshopToDiagnosis(workshopId: $w, diagnosisId: $d) { workshop { id diagnosis { id } } userErrors { code field } } }`;
  const WORKSHOPS = `query($slug: String!) { diagnosis(slug: $slug) { workshops { id contributionCount } } }`;

  it('are linked by those who run the workshop and coordinate the diagnosis, or admins; the others change nothing', async () => {
    const { id, slug } = await world.diagnosis('CONSULTATION');
    const w = gid('Workshop', world.workshopId);
    const viewers = await world.viewers();
    for (const role of ['anonymous', 'guest', 'resident', 'stakeholder', 'otherCoordinator'] as const) {
      const before = await snapshot(world.orm);
      const result = await world.api.run(LINK, { w, d: id }, viewers[role]);
      expect(['UNAUTHENTICATED', 'FORBIDDEN'], role).toContain(errorCode(result));
      expect(changedTables(before, await snapshot(world.orm))).toEqual([]);
    }
    const linked = await world.api.run(LINK, { w, d: id }, viewers.coordinator);
    expect(linked.data!.linkWorkshopToDiagnosis).toEqual({ workshop: { id: w, diagnosis: { id } }, userErrors: [] });
    const listed = await world.api.run(WORKSHOPS, { slug }, viewers.anonymous);
    expect(listed.data!.diagnosis.workshops).toEqual([{ id: w, contributionCount: 0 }]);

    const unlinked = await world.api.run(LINK, { w, d: null }, viewers.admin);
    expect(unlinked.data!.linkWorkshopToDiagnosis.workshop.diagnosis).toBeNull();
    expect((await world.api.run(WORKSHOPS, { slug }, viewers.anonymous)).data!.diagnosis.workshops).toEqual([]);
  });

  it('must be of the diagnosis’s territory, and a consultation is never linked elsewhere', async () => {
    const other = await world.make.territory();
    const foreign = await world.make.diagnosis(other.id, {
      status: 'CONSULTATION',
      coordinatorIds: [world.people.coordinator.id],
    });
    const viewers = await world.viewers();
    const result = await world.api.run(
      LINK,
      { w: gid('Workshop', world.workshopId), d: gid('Diagnosis', foreign.id) },
      viewers.coordinator,
    );
    expect(result.data!.linkWorkshopToDiagnosis.userErrors).toMatchObject([
      { code: 'WORKSHOP_DIAGNOSIS_ELSEWHERE', field: 'diagnosisId' },
    ]);
    const { id, slug } = await world.diagnosis('DRAFT');
    await move(world, 'openConsultation', id);
    const { consultation } = await consultationOf(slug);
    const moved = await world.api.run(LINK, { w: consultation.id, d: null }, viewers.admin);
    expect(errorCode(moved)).toBe('BAD_USER_INPUT');
  });
});

describe('what a diagnosis gathers', () => {
  const FIGURES = /* GraphQL */ `
    query ($slug: String!) {
      diagnosis(slug: $slug) {
        participation {
          workshopCount
          participantCount
          contributionCount
          organizationCount
          contributionsByKind {
            kind
            count
          }
          organizationsByKind {
            kind
            count
          }
          timeline {
            month
            count
          }
        }
        matrix {
          theme {
            slug
          }
          neighbourhood {
            slug
          }
          findings {
            id
          }
          evidenceCount
        }
      }
    }
  `;

  it('counts published contributions of its workshops and consultation, and places retained findings', async () => {
    const made = await world.make.diagnosis(world.territory.id, { status: 'CONSULTATION', findings: 0 });
    const workshop = await world.make.workshop({ territoryId: world.territory.id, status: 'CLOSED' });
    await knex()('workshop').where('id', workshop.id).update({ diagnosis_id: made.id });
    const association = await world.make.organization({ kind: 'ASSOCIATION' });
    const company = await world.make.organization({ kind: 'COMPANY' });
    const resident = await world.people.resident.viewer();
    const stakeholder = await world.people.stakeholder.viewer();
    const [said, alsoSaid] = await world.make.contributions(workshop.id, 2, { author: resident });
    const [idea] = await world.make.contributions(workshop.id, 1, {
      author: stakeholder,
      kind: 'IDEA',
      organizationId: association.id,
    });
    // Neither waiting nor hidden contributions count, even for coordinators.
    const [hidden] = await world.make.contributions(workshop.id, 1, { author: stakeholder, state: 'HIDDEN' });
    await world.make.contributions(workshop.id, 1, { author: stakeholder, state: 'PENDING' });
    const [first, second] = world.territory.neighbourhoods;
    const [theme] = world.themes;
    const f = (n: number) => `${made.id.slice(0, 24)}${String(n).padStart(12, '0')}`;
    await knex()('finding').insert([
      { id: f(1), diagnosis_id: made.id, position: 1, title: 'Un', statement: 'Un.', status: 'RETAINED' },
      { id: f(2), diagnosis_id: made.id, position: 2, title: 'Deux', statement: 'Deux.', status: 'RETAINED' },
      { id: f(3), diagnosis_id: made.id, position: 3, title: 'Trois', statement: 'Trois.', status: 'PROPOSED' },
    ]);
    await knex()('finding_theme').insert([1, 2, 3].map((n) => ({ finding_id: f(n), theme_id: theme!.id })));
    await knex()('finding_neighbourhood').insert([
      { finding_id: f(1), neighbourhood_id: first!.id },
      { finding_id: f(3), neighbourhood_id: second!.id },
    ]);
    await knex()('finding_evidence').insert([
      { finding_id: f(1), contribution_id: said },
      { finding_id: f(1), contribution_id: hidden },
      { finding_id: f(2), contribution_id: said },
      { finding_id: f(2), contribution_id: alsoSaid },
      { finding_id: f(3), contribution_id: idea },
    ]);
    await knex()('finding_support').insert({
      finding_id: f(2),
      person_id: world.people.stakeholder.id,
      organization_id: company.id,
    });
    const month = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' })
      .format(new Date(Date.now() - 1000))
      .slice(0, 7);
    for (const viewer of [(await world.viewers()).anonymous, (await world.viewers()).admin]) {
      const result = await world.api.run(FIGURES, { slug: made.slug }, viewer);
      expect(result.errors).toBeUndefined();
      const { participation, matrix } = result.data!.diagnosis;
      expect(participation).toEqual({
        workshopCount: 1,
        participantCount: 2,
        contributionCount: 3,
        organizationCount: 2,
        contributionsByKind: [
          { kind: 'IDEA', count: 1 },
          { kind: 'NEED', count: 2 },
        ],
        organizationsByKind: [
          { kind: 'ASSOCIATION', count: 1 },
          { kind: 'COMPANY', count: 1 },
        ],
        timeline: [{ month, count: 3 }],
      });
      expect(matrix).toEqual([
        {
          theme: { slug: theme!.slug },
          neighbourhood: { slug: first!.slug },
          findings: [{ id: gid('Finding', f(1)) }],
          evidenceCount: 1,
        },
        {
          theme: { slug: theme!.slug },
          neighbourhood: null,
          findings: [{ id: gid('Finding', f(2)) }],
          evidenceCount: 2,
        },
      ]);
    }
  });

  it('reads many diagnoses in as many statements as one', async () => {
    const QUERY = `query($t: String!) { territory(slug: $t) { diagnoses { coordinators { id } workshops { id } consultation { id } transitions { actor { id } } lastSeq viewerDiagnosisMoves participation { workshopCount participantCount contributionCount organizationCount contributionsByKind { kind } organizationsByKind { kind } timeline { month } } matrix { theme { id } neighbourhood { id } findings { id } evidenceCount } } } }`;
    const lone = await world.make.territory();
    const count = async () =>
      (await world.api.countStatements(QUERY, { t: lone.slug }, (await world.viewers()).admin)).statements;
    await world.make.diagnosis(lone.id, { status: 'CONSULTATION', period: '2020' });
    const one = await count();
    for (const period of ['2021', '2022', '2023']) {
      await world.make.diagnosis(lone.id, {
        status: 'CONSULTATION',
        period,
        coordinatorIds: [world.people.coordinator.id],
      });
    }
    expect(await count()).toBe(one);
  });
});
