import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, ok, unique } from './support-live.js';
import { openTextWorld, TEXT_ROLES, writeFinding, type TextWorld } from './support-finding-text.js';
import { viewerOfPerson } from '../src/test-support/viewers.js';

/** The coordinators' « to review » list: each one's own scope, and a kept report leaves it. */

let w: TextWorld;
let consultation: string;
let mine: string;
let mineRaw: string;
let elsewhere: string;
const knex = () => w.db.orm.em.getKnex();

const QUEUE = `{ toReview {
  counts { pendingContributions reportedContributions proposedFindings pendingSuggestions total }
  pendingContributions { id body }
  reportedContributions { id body reportCount openReports { reason } }
  proposedFindings { id title }
  pendingSuggestions { id title finding { id } }
} }`;
const KEEP = `mutation($id: ID!) { keepReportedContribution(id: $id) { contribution { id reportCount } userErrors { code field } } }`;

async function report(contributionId: string, reason: string) {
  await knex()('contribution_report').insert({
    id: randomUUID(),
    contribution_id: contributionId,
    reporter_key: `p:${randomUUID()}`,
    reason,
  });
}

beforeAll(async () => {
  w = await openTextWorld();
  consultation = await w.diagnosis('CONSULTATION');
  const coordinatorId = (w.viewers.coordinator as any).personId as string;
  // One workshop the coordinator runs, one they do not: only the first one's items are theirs.
  const own = await w.make.workshop({ territoryId: w.territoryId, status: 'LIVE', coordinatorIds: [coordinatorId] });
  const other = await w.make.workshop({ status: 'LIVE' });
  w.viewers.coordinator = await viewerOfPerson(knex(), coordinatorId);
  await w.make.contributions(own.id, 1, { state: 'PENDING' });
  const [reported] = await w.make.contributions(own.id, 1, { state: 'PUBLISHED' });
  await report(reported!, 'Propos blessants pour les habitants');
  await w.make.contributions(other.id, 1, { state: 'PENDING' });
  const [reportedElsewhere] = await w.make.contributions(other.id, 1, { state: 'PUBLISHED' });
  await report(reportedElsewhere!, 'Hors sujet ailleurs');
  mineRaw = reported!;
  mine = gid('Contribution', reported!);
  elsewhere = gid('Contribution', reportedElsewhere!);
});
afterAll(async () => {
  await w?.close();
});

describe('the « to review » list', () => {
  it('is null for those who review nothing, a list for coordinators and admins', async () => {
    for (const role of TEXT_ROLES) {
      const { data, errors } = await w.api.run(QUEUE, {}, w.viewers[role]);
      expect(errors, role).toBeUndefined();
      if (['otherCoordinator', 'coordinator', 'admin'].includes(role)) expect(data!.toReview, role).not.toBeNull();
      else expect(data!.toReview, role).toBeNull();
    }
  });

  it('holds the coordinator’s own workshops and diagnoses only; admins see every one', async () => {
    const finding = await writeFinding(w, consultation);
    const proposed = await ok(
      w.api.run(
        `mutation($input: ProposeFindingInput!) { proposeFinding(input: $input) { finding { id } userErrors { code } } }`,
        {
          input: {
            diagnosisId: consultation,
            kind: 'UNMET_NEED',
            title: unique('Proposé'),
            statement: 'Il manque un lieu pour les familles du quartier.',
          },
        },
        w.viewers.resident,
      ),
      'proposeFinding',
    );
    await ok(
      w.api.run(
        `mutation($input: SuggestFindingEditInput!) { suggestFindingEdit(input: $input) { suggestion { id } userErrors { code } } }`,
        {
          input: {
            findingId: finding.id,
            baseVersion: finding.version,
            title: unique('Suggéré'),
            statement: 'Les familles manquent de lieux.',
          },
        },
        w.viewers.stakeholder,
      ),
      'suggestFindingEdit',
    );
    const { data } = await w.api.run(QUEUE, {}, w.viewers.coordinator);
    const q = data!.toReview;
    expect(q.pendingContributions).toHaveLength(1);
    expect(q.reportedContributions.map((c: any) => c.id)).toEqual([mine]);
    expect(q.reportedContributions[0]).toMatchObject({
      reportCount: 1,
      openReports: [{ reason: 'Propos blessants pour les habitants' }],
    });
    expect(q.proposedFindings.map((f: any) => f.id)).toContain(proposed.finding.id);
    expect(q.pendingSuggestions).toHaveLength(1);
    expect(q.pendingSuggestions[0].finding.id).toBe(finding.id);
    expect(q.counts).toMatchObject({ pendingContributions: 1, reportedContributions: 1, pendingSuggestions: 1 });
    expect(q.counts.total).toBe(
      q.counts.pendingContributions +
        q.counts.reportedContributions +
        q.counts.proposedFindings +
        q.counts.pendingSuggestions,
    );

    const other = (await w.api.run(QUEUE, {}, w.viewers.otherCoordinator)).data!.toReview;
    expect(other.counts.total).toBe(0);
    expect(other.reportedContributions).toEqual([]);

    const admin = (await w.api.run(QUEUE, {}, w.viewers.admin)).data!.toReview;
    expect(admin.reportedContributions.map((c: any) => c.id).sort()).toEqual([mine, elsewhere].sort());
    expect(admin.counts.pendingContributions).toBe(2);
  });

  it('never shows the reports’ reasons to others', async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Contribution { reportCount openReports { reason } } } }`;
    for (const role of ['anonymous', 'resident', 'stakeholder', 'otherCoordinator'] as const) {
      const { data } = await w.api.run(query, { id: mine }, w.viewers[role]);
      expect(data!.node, role).toMatchObject({ reportCount: 0, openReports: [] });
    }
    const { data } = await w.api.run(query, { id: mine }, w.viewers.coordinator);
    expect(data!.node.openReports).toHaveLength(1);
  });

  it('drops a kept report: the contribution stays published, the log says who kept it, a second keep has nothing to do', async () => {
    const kept = await ok(w.api.run(KEEP, { id: mine }, w.viewers.coordinator), 'keepReportedContribution');
    expect(kept.userErrors).toEqual([]);
    expect(kept.contribution.reportCount).toBe(0);
    const q = (await w.api.run(QUEUE, {}, w.viewers.coordinator)).data!.toReview;
    expect(q.reportedContributions).toEqual([]);
    const log = await knex()('moderation_action').where({ action: 'KEEP' });
    expect(log).toHaveLength(1);
    const again = (await w.api.run(KEEP, { id: mine }, w.viewers.coordinator)).data!.keepReportedContribution;
    expect(again.userErrors).toEqual([{ code: 'MODERATION_NOTHING_TO_DO', field: 'id' }]);
    // A new report puts it back on the list.
    await report(mineRaw, 'Encore un propos blessant');
    expect((await w.api.run(QUEUE, {}, w.viewers.coordinator)).data!.toReview.counts.reportedContributions).toBe(1);
  });
});
