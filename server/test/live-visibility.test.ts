import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guestViewer } from '../src/test-support/viewers.js';
import type { TestServer } from '../src/test-support/server.js';
import { createServer } from 'node:net';
import { loadConfig } from '../src/config.js';
import { createApp, type App } from '../src/app.js';
import { createSchema } from '../src/schema.js';
import { LiveHub } from '../src/live/live.hub.js';
import { LocalBus } from '../src/live/live.bus.js';
import { streamKinds } from '../src/features.js';
import type { Viewer } from '../src/shared/viewer.js';
import {
  act,
  changedTables,
  errorCode,
  gid,
  openLive,
  post,
  postPending,
  rawId,
  snapshot,
  unique,
  type Live,
  type Role,
} from './support-live.js';
import { WORKSHOP_EVENTS, collect, connect, stored } from './support-ws.js';

/**
 * Hidden-content leak checks: a pending (strict mode), a hidden, a withdrawn and a merged
 * contribution — and hidden or pending replies, a hidden parent, a hide reason, a report reason —
 * must not reach anyone but the workshop's coordinators and admins (and the author, for their own
 * pending one) through any read path: lists, counts, node(id:), nested fields, diagnosis evidence,
 * mutation payloads, the coordinators' fields, the live stream (replay and live) and the
 * server-rendered pages.
 */

let live: Live;
let server: TestServer;
let api: Live['api'];

const M = {
  pending: unique('LEAKPENDING'),
  hidden: unique('LEAKHIDDEN'),
  withdrawn: unique('LEAKWITHDRAWN'),
  merged: unique('LEAKMERGED'),
  hiddenReply: unique('LEAKHIDDENREPLY'),
  pendingReply: unique('LEAKPENDINGREPLY'),
  hiddenParent: unique('LEAKHIDDENPARENT'),
  hideReason: unique('LEAKHIDEREASON'),
  restoredReason: unique('LEAKRESTOREDREASON'),
  reportReason: unique('LEAKREPORTREASON'),
};
const MARKERS = Object.values(M);
/** A published contribution's text, which every page must show. */
const publishedMarker = unique('KEEP');
const ids = {} as Record<string, string>;
/** The author of the pending contribution (and of the withdrawn one). */
let author: Viewer;
/** The author of the hidden contribution: told it was hidden, and why. */
let hiddenAuthor: Viewer;

/** The theme of every hidden item (and of no published one). */
const leakTheme = () => live.themes[2]!;

/** Roles that must see nothing but published contributions. */
const OUTSIDERS: Role[] = ['anonymous', 'guest', 'guestOther', 'resident', 'stakeholder', 'otherCoordinator'];
const INSIDERS: Role[] = ['coordinator', 'admin'];

const leaksIn = (value: unknown) => {
  const text = JSON.stringify(value);
  return MARKERS.filter((m) => text.includes(m));
};

beforeAll(async () => {
  // Mutations go through the server's own live hub, so websocket subscribers hear them.
  live = await openLive({ mode: 'OPEN', server: true });
  server = live.server!;
  api = live.api;
  const c = live.viewers.coordinator;
  const g = () => guestViewer(live.orm, live.slug, unique('Participant'));
  author = await guestViewer(live.orm, live.slug, 'Autrice en attente');
  const leak = { kind: 'RESOURCE', themeSlugs: [leakTheme()] };

  ids.parent = (await post(live, await g(), unique('PUBLICPARENT'))).id;
  ids.pending = (await postPending(live, author, M.pending, leak)).id;
  // Side doors of the live stream: tagging and editing a pending contribution.
  await act(live, c, 'tag', { id: ids.pending, themeSlugs: [leakTheme()] });
  await act(live, author, 'edit', { id: ids.pending, body: `${M.pending} (modifié)` });

  hiddenAuthor = await g();
  ids.hidden = (await post(live, hiddenAuthor, M.hidden, leak)).id;
  await act(live, c, 'hide', { id: ids.hidden, reason: M.hideReason });
  ids.withdrawn = (await post(live, author, M.withdrawn, leak)).id;
  await act(live, author, 'withdraw', { id: ids.withdrawn });
  ids.keep = (await post(live, await g(), publishedMarker)).id;
  ids.merged = (await post(live, await g(), M.merged, leak)).id as string;
  // The duplicate's author is detached first: merging a duplicate that has an author fails with an
  // internal error (a bug checked in live-contributions.test.ts); the MERGED read paths are checked here.
  await live.orm.em
    .getKnex()('contribution')
    .where({ id: rawId(ids.merged) })
    .update({ guest_id: null });
  await act(live, c, 'merge', { keepId: ids.keep, duplicateId: ids.merged });

  ids.hiddenReply = (await post(live, await g(), M.hiddenReply, { ...leak, parentId: ids.parent })).id;
  await act(live, c, 'hide', { id: ids.hiddenReply, reason: M.hideReason });
  ids.pendingReply = (await postPending(live, await g(), M.pendingReply, { ...leak, parentId: ids.parent })).id;
  ids.hiddenParent = (await post(live, await g(), M.hiddenParent, leak)).id;
  ids.replyUnderHidden = (await post(live, await g(), unique('REPLYUNDERHIDDEN'), { parentId: ids.hiddenParent })).id;
  await act(live, c, 'hide', { id: ids.hiddenParent, reason: M.hideReason });

  ids.restored = (await post(live, await g(), unique('RESTORED'))).id;
  await act(live, c, 'hide', { id: ids.restored, reason: M.restoredReason });
  await act(live, c, 'restore', { id: ids.restored });
  ids.reported = (await post(live, await g(), unique('REPORTED'))).id;
  await act(live, live.viewers.resident, 'report', { id: ids.reported, reason: M.reportReason });

  const log = await api.run(
    `query($slug: String!) { workshop(slug: $slug) { moderationLog(first: 50) { id action reason } } }`,
    { slug: live.slug },
    c,
  );
  ids.logLine = log.data!.workshop.moderationLog.find((l: any) => l.reason === M.hideReason).id;

  // Diagnosis findings cite contributions: evidence links must not let hidden ones through.
  const knex = live.orm.em.getKnex();
  await live.make.diagnosis(live.territoryId, { status: 'VALIDATED' });
  const finding = (await knex('finding as f')
    .join('diagnosis as d', 'd.id', 'f.diagnosis_id')
    .where('d.status', '!=', 'DRAFT')
    .select('f.id')
    .first()) as { id: string };
  ids.finding = gid('Finding', finding.id);
  for (const key of ['pending', 'hidden', 'withdrawn', 'merged', 'hiddenReply', 'pendingReply', 'hiddenParent']) {
    await knex('finding_evidence').insert({ finding_id: finding.id, contribution_id: rawId(ids[key]!) });
  }
});
afterAll(async () => {
  await live?.close();
});

const CONTRIBUTION = `id body moderationState hiddenReason reportCount voteCount mergedIntoId parent { id body } replies { id body replies { id body } }`;
const EVERYTHING = /* GraphQL */ `
  query($slug: String!) {
    workshop(slug: $slug) {
      id
      contributionCount
      contributionCounts { kind count }
      themeCounts { theme { slug } count }
      viewerVotedIds
      contributions(first: 500) { ${CONTRIBUTION} }
      resources: contributions(first: 500, kind: RESOURCE) { ${CONTRIBUTION} }
      prompts { id }
      territory {
        diagnoses { findings { evidenceCount evidence { ${CONTRIBUTION} } } }
      }
    }
    workshops(first: 100) { nodes { slug contributionCount contributions(first: 500) { ${CONTRIBUTION} } } }
    territories(first: 100) { nodes { workshops { contributions { body replies { body } } } } }
  }
`;

describe.each(OUTSIDERS)('what %s can read', (role) => {
  const viewer = () => live.viewers[role];

  it('lists, nested replies and parents, diagnosis evidence: nothing but published contributions', async () => {
    const { data, errors } = await api.run(EVERYTHING, { slug: live.slug }, viewer());
    expect(errors).toBeUndefined();
    expect(leaksIn(data)).toEqual([]);
    const states = JSON.stringify(data).match(/"moderationState":"(\w+)"/g) ?? [];
    expect(new Set(states)).toEqual(new Set(['"moderationState":"PUBLISHED"']));
    // A restored contribution's old hide reason and a report count are coordinators' business.
    const all = [...data!.workshop.contributions];
    const restored = all.find((c: any) => c.id === ids.restored);
    expect(restored).toBeDefined();
    expect(restored.hiddenReason).toBeNull();
    expect(all.find((c: any) => c.id === ids.reported).reportCount).toBe(0);
    // A published reply under a hidden parent does not reveal the parent.
    const parent = all.find((c: any) => c.id === ids.parent);
    expect(parent.replies.map((r: any) => r.id)).not.toContain(ids.hiddenReply);
    expect(parent.replies.map((r: any) => r.id)).not.toContain(ids.pendingReply);
  });

  it('counts only published contributions', async () => {
    const { data } = await api.run(EVERYTHING, { slug: live.slug }, viewer());
    const knex = live.orm.em.getKnex();
    const { count } = (await knex('contribution')
      .where({ workshop_id: rawId(live.workshopId), moderation_state: 'PUBLISHED' })
      .whereNull('parent_id')
      .count('* as count')
      .first()) as { count: string };
    expect(data!.workshop.contributionCount).toBe(Number(count));
    expect(data!.workshop.contributions).toHaveLength(Number(count));
    // Every hidden, pending, withdrawn and merged item is a RESOURCE on the leak theme; no published one is.
    const resources = data!.workshop.contributionCounts.find((k: any) => k.kind === 'RESOURCE');
    expect(resources?.count ?? 0).toBe(0);
    expect(data!.workshop.resources).toEqual([]);
    const onLeakTheme = data!.workshop.themeCounts.find((t: any) => t.theme.slug === leakTheme());
    expect(onLeakTheme?.count ?? 0).toBe(0);
    const evidence = data!.workshop.territory.diagnoses.flatMap((d: any) => d.findings);
    for (const finding of evidence) expect(finding.evidenceCount).toBe(finding.evidence.length);
  });

  it('node(id:) answers null for each hidden item, and nested fields do not reach them', async () => {
    for (const key of ['pending', 'hidden', 'withdrawn', 'merged', 'hiddenReply', 'pendingReply', 'hiddenParent']) {
      const { data, errors } = await api.run(
        `query($id: ID!) { node(id: $id) { id ... on Contribution { body } } }`,
        { id: ids[key] },
        viewer(),
      );
      expect(errors).toBeUndefined();
      expect(data!.node, `${role} reads the ${key} contribution through node(id:)`).toBeNull();
    }
    const line = await api.run(
      `query($id: ID!) { node(id: $id) { id ... on ModerationAction { reason contribution { body } } } }`,
      { id: ids.logLine },
      viewer(),
    );
    expect(line.data?.node ?? null, `${role} reads a moderation log line by id`).toBeNull();
    expect(leaksIn(line)).toEqual([]);
    const reply = await api.run(
      `query($id: ID!) { node(id: $id) { ... on Contribution { body parent { id body } } } }`,
      { id: ids.replyUnderHidden },
      viewer(),
    );
    expect(reply.data!.node.parent).toBeNull();
    const parent = await api.run(
      `query($id: ID!) { node(id: $id) { ... on Contribution { replies { id body } } } }`,
      { id: ids.parent },
      viewer(),
    );
    expect(leaksIn(parent.data)).toEqual([]);
    const finding = await api.run(
      `query($id: ID!) { node(id: $id) { ... on Finding { evidenceCount evidence { id body } } } }`,
      { id: ids.finding },
      viewer(),
    );
    expect(leaksIn(finding.data)).toEqual([]);
    expect(finding.data!.node.evidenceCount).toBe(finding.data!.node.evidence.length);
  });

  it('the coordinators’ fields are refused', async () => {
    for (const field of [
      'moderationQueue { id body }',
      'allContributions { id body }',
      'moderationLog { action reason contribution { body } }',
    ]) {
      const result = await api.run(
        `query($slug: String!) { workshop(slug: $slug) { id ${field} } }`,
        {
          slug: live.slug,
        },
        viewer(),
      );
      expect(['FORBIDDEN', 'UNAUTHENTICATED'], `${role} reads ${field}: ${JSON.stringify(result)}`).toContain(
        errorCode(result),
      );
      expect(leaksIn(result)).toEqual([]);
    }
  });

  it('mutation payloads and errors do not reveal a hidden contribution', async () => {
    for (const key of ['pending', 'hidden', 'withdrawn', 'merged']) {
      const id = ids[key]!;
      const before = await snapshot(live.orm);
      for (const [op, vars] of [
        ['vote', { id }],
        ['report', { id, reason: 'curiosité' }],
        ['edit', { id, body: 'réécrit' }],
      ] as const) {
        const query = `mutation($id: ID!${op === 'report' ? ', $reason: String!' : op === 'edit' ? ', $body: String!' : ''}) { r: ${
          { vote: 'voteContribution', report: 'reportContribution', edit: 'editContribution' }[op]
        }(id: $id${op === 'report' ? ', reason: $reason' : op === 'edit' ? ', body: $body' : ''}) { contribution { id body } userErrors { field message } } }`;
        const result = await api.run(query, vars, viewer());
        expect(leaksIn(result), `${op} on ${key} by ${role}`).toEqual([]);
        const succeeded = !result.errors && result.data?.r?.userErrors?.length === 0;
        expect(succeeded, `${op} on the ${key} contribution by ${role} succeeded: ${JSON.stringify(result)}`).toBe(
          false,
        );
      }
      const reply = await api.run(
        `mutation($input: PostContributionInput!) { postContribution(input: $input) { contribution { id parent { body } } userErrors { field message } } }`,
        { input: { workshopId: live.workshopId, kind: 'NEED', body: 'Réponse', parentId: id } },
        viewer(),
      );
      expect(leaksIn(reply)).toEqual([]);
      expect(reply.data?.postContribution?.contribution ?? null, `${role} replied to the ${key} one`).toBeNull();
      expect(changedTables(before, await snapshot(live.orm)), `${role} acting on the ${key} one`).toEqual([]);
    }
  });
});

describe.each(INSIDERS)('what %s can read', (role) => {
  it('sees every state, the queue, the log and the reasons', async () => {
    const viewer = live.viewers[role];
    const { data, errors } = await api.run(
      `query($slug: String!) { workshop(slug: $slug) {
        allContributions { id body moderationState hiddenReason reportCount }
        moderationQueue { id body }
        moderationLog { action reason actorName contribution { id } }
      } }`,
      { slug: live.slug },
      viewer,
    );
    expect(errors).toBeUndefined();
    const text = JSON.stringify(data);
    for (const marker of [M.pending, M.hidden, M.withdrawn, M.merged, M.hiddenReply, M.pendingReply, M.hiddenParent]) {
      expect(text).toContain(marker);
    }
    expect(data!.workshop.moderationQueue.map((c: any) => c.id)).toContain(ids.pending);
    expect(data!.workshop.moderationLog).toContainEqual(
      expect.objectContaining({ action: 'HIDE', reason: M.hideReason, contribution: { id: ids.hidden } }),
    );
    const reported = data!.workshop.allContributions.find((c: any) => c.id === ids.reported);
    expect(reported.reportCount).toBe(1);
    for (const key of ['pending', 'hidden', 'withdrawn', 'merged']) {
      const node = await api.run(`query($id: ID!) { node(id: $id) { id } }`, { id: ids[key] }, viewer);
      expect(node.data!.node, `${role} reads the ${key} one by id`).not.toBeNull();
    }
  });
});

describe('the author', () => {
  it('sees their own pending contribution, not their withdrawn one', async () => {
    const own = await api.run(
      `query($id: ID!) { node(id: $id) { ... on Contribution { body moderationState viewerIsAuthor } } }`,
      { id: ids.pending },
      author,
    );
    expect(own.data!.node).toMatchObject({ moderationState: 'PENDING', viewerIsAuthor: true });
    const withdrawn = await api.run(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.withdrawn }, author);
    expect(withdrawn.data!.node).toBeNull();
  });

  it('of a hidden one still sees it on the board, with the reason, and nothing else hidden', async () => {
    const { data, errors } = await api.run(EVERYTHING, { slug: live.slug }, hiddenAuthor);
    expect(errors).toBeUndefined();
    const own = data!.workshop.contributions.find((c: any) => c.id === ids.hidden);
    expect(own).toMatchObject({ body: M.hidden, moderationState: 'HIDDEN', hiddenReason: M.hideReason });
    // Only their own: the other markers stay out (the reason is that of their own one).
    const others = leaksIn(data).filter((m) => m !== M.hidden && m !== M.hideReason);
    expect(others).toEqual([]);
    // Public counts do not count it.
    expect(data!.workshop.contributionCounts.find((k: any) => k.kind === 'RESOURCE')?.count ?? 0).toBe(0);
  });
});

describe('the live stream', () => {
  const cookies: Partial<Record<Role | 'author' | 'hiddenAuthor', string>> = {};
  beforeAll(async () => {
    for (const role of [...OUTSIDERS, ...INSIDERS]) cookies[role] = await server.cookieFor(live.viewers[role]);
    cookies.author = await server.cookieFor(author);
    cookies.hiddenAuthor = await server.cookieFor(hiddenAuthor);
  });

  it.each(OUTSIDERS)('replays nothing hidden to %s', async (role) => {
    const client = connect(server.wsUrl, cookies[role]);
    try {
      // The public stream is open to anyone who may read the workshop (as its page is).
      const sub = collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId, afterSeq: 0 });
      // The replay ends with a PRESENCE event carrying the last number.
      await sub.until((s) => s.events.some((e) => e.type === 'PRESENCE'), 'the end of the replay');
      expect(sub.errors).toEqual([]);
      expect(stored(sub.events).length).toBeGreaterThan(5);
      expect(leaksIn(sub.events), `${role} replays hidden content`).toEqual([]);
      for (const event of sub.events) {
        if (event.contribution) expect(event.contribution.moderationState).toBe('PUBLISHED');
        expect(event.type).not.toBe('CONTRIBUTION_REPORTED');
      }
    } finally {
      await client.dispose();
    }
  });

  it.each(INSIDERS)('replays everything to %s', async (role) => {
    const client = connect(server.wsUrl, cookies[role]);
    try {
      const sub = collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId, afterSeq: 0 });
      await sub.until((s) => s.events.some((e) => e.type === 'PRESENCE'), 'the end of the replay');
      const text = JSON.stringify(sub.events);
      expect(text).toContain(M.pending);
      expect(sub.events.some((e) => e.type === 'CONTRIBUTION_REPORTED' && e.reason === M.reportReason)).toBe(true);
    } finally {
      await client.dispose();
    }
  });

  it('gives the author their own pending contribution, and nobody else’s', async () => {
    const client = connect(server.wsUrl, cookies.author);
    try {
      const sub = collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId, afterSeq: 0 });
      await sub.until((s) => s.events.some((e) => e.type === 'PRESENCE'), 'the end of the replay');
      const text = JSON.stringify(sub.events);
      expect(text).toContain(M.pending);
      for (const marker of [M.hidden, M.merged, M.hiddenReply, M.pendingReply, M.hiddenParent, M.hideReason]) {
        expect(text).not.toContain(marker);
      }
    } finally {
      await client.dispose();
    }
  });

  it('replays to the author of a hidden one its removal, with its state and reason', async () => {
    const client = connect(server.wsUrl, cookies.hiddenAuthor);
    try {
      const sub = collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId, afterSeq: 0 });
      await sub.until((s) => s.events.some((e) => e.type === 'PRESENCE'), 'the end of the replay');
      const removed = sub.events.find((e) => e.type === 'CONTRIBUTION_REMOVED' && e.contributionId === ids.hidden);
      expect(removed?.contribution).toMatchObject({ moderationState: 'HIDDEN', hiddenReason: M.hideReason });
      const text = JSON.stringify(sub.events);
      for (const marker of [M.pending, M.merged, M.hiddenReply, M.pendingReply, M.hiddenParent, M.withdrawn]) {
        expect(text).not.toContain(marker);
      }
    } finally {
      await client.dispose();
    }
  });

  it('tells the author, live, that their contribution was hidden and why; nobody else hears the reason', async () => {
    const writer = await guestViewer(live.orm, live.slug, unique('Autrice'));
    const watchers = [
      { role: 'writer', cookie: await server.cookieFor(writer) },
      ...OUTSIDERS.map((role) => ({ role, cookie: cookies[role] })),
    ].map((w) => {
      const client = connect(server.wsUrl, w.cookie);
      return { ...w, client, sub: collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId }) };
    });
    try {
      for (const w of watchers) await w.sub.until((s) => s.events.length > 0, `${w.role} to be subscribed`);
      const own = await post(live, writer, unique('LIVEOWN'));
      const reason = unique('LIVEOWNREASON');
      await act(live, live.viewers.coordinator, 'hide', { id: own.id, reason });
      for (const w of watchers) {
        await w.sub.until(
          (s) => s.events.some((e) => e.type === 'CONTRIBUTION_REMOVED' && e.contributionId === own.id),
          `${w.role} to hear of the removal`,
        );
        const removed = w.sub.events.find((e) => e.type === 'CONTRIBUTION_REMOVED' && e.contributionId === own.id);
        if (w.role === 'writer') {
          expect(removed.contribution).toMatchObject({ moderationState: 'HIDDEN', hiddenReason: reason });
        } else {
          expect(removed.contribution, w.role).toBeNull();
          expect(JSON.stringify(w.sub.events), w.role).not.toContain(reason);
        }
      }
    } finally {
      for (const w of watchers) await w.client.dispose();
    }
  });

  it('sends live events to each viewer filtered: nothing pending, hidden or reported reaches outsiders', async () => {
    const watchers = [...OUTSIDERS, ...INSIDERS].map((role) => {
      const client = connect(server.wsUrl, cookies[role]);
      return { role, client, sub: collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId }) };
    });
    try {
      for (const w of watchers) await w.sub.until((s) => s.events.length > 0, `${w.role} to be subscribed`);
      const c = live.viewers.coordinator;
      const fresh = {
        pending: unique('LIVEPENDING'),
        hidden: unique('LIVEHIDDEN'),
        reason: unique('LIVEREASON'),
        report: unique('LIVEREPORT'),
      };
      const pending = await postPending(live, author, fresh.pending, { kind: 'RESOURCE' });
      await act(live, c, 'tag', { id: pending.id, themeSlugs: [leakTheme()] });
      await act(live, author, 'edit', { id: pending.id, body: `${fresh.pending} (modifié)` });
      await act(live, c, 'pin', { id: pending.id }).catch(() => undefined);
      const visible = await post(live, await guestViewer(live.orm, live.slug, 'Témoin'), fresh.hidden);
      await act(live, live.viewers.resident, 'report', { id: visible.id, reason: fresh.report });
      await act(live, c, 'hide', { id: visible.id, reason: fresh.reason });
      await act(live, c, 'address', { id: visible.id }).catch(() => undefined);
      const sentinel = await post(live, live.viewers.stakeholder, unique('SENTINEL'));
      for (const w of watchers) {
        await w.sub.until(
          (s) => s.events.some((e) => e.contributionId === sentinel.id),
          `${w.role} to get the sentinel`,
        );
        const text = JSON.stringify(w.sub.events);
        if (INSIDERS.includes(w.role)) {
          expect(text).toContain(fresh.pending);
          expect(text).toContain(fresh.report);
          continue;
        }
        for (const marker of [fresh.pending, fresh.reason, fresh.report]) {
          expect(text, `${w.role} received ${marker} live`).not.toContain(marker);
        }
        for (const event of w.sub.events) {
          if (event.contribution) expect(event.contribution.moderationState, JSON.stringify(event)).toBe('PUBLISHED');
          expect(event.type).not.toBe('CONTRIBUTION_REPORTED');
        }
        // The hidden one was seen while public; its removal carries only its id.
        const removed = w.sub.events.find((e) => e.type === 'CONTRIBUTION_REMOVED' && e.contributionId === visible.id);
        expect(removed, `${w.role} is told the contribution left`).toBeDefined();
        expect(removed.contribution).toBeNull();
      }
    } finally {
      for (const w of watchers) await w.client.dispose();
    }
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

// client/build, or CLIENT_BUILD_DIR (the same setting the server reads).
const siteDir = loadConfig().clientBuildDir;
const siteBuilt = existsSync(path.join(siteDir, 'handler.js'));

describe('server-rendered pages', () => {
  if (!siteBuilt) {
    // Never skipped: a leak through a server-rendered page is a leak. `npm test` builds first.
    it('needs the built site', () => {
      throw new Error(`${siteDir} is absent: run \`npm run build\` before the server tests.`);
    });
    return;
  }

  // The site asks the API of the process serving it at the port in its configuration (read once,
  // when the site is loaded), so this server listens on a port chosen beforehand.
  let site: App;
  let origin: string;
  beforeAll(async () => {
    const port = await freePort();
    const config = { ...loadConfig({}), port, host: '127.0.0.1', clientBuildDir: siteDir };
    site = await createApp(config, live.orm, await createSchema(), new LiveHub(new LocalBus(), streamKinds));
    await new Promise<void>((resolve) => site.server.listen(port, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await site?.stop();
  });
  // Sessions live in the database: a cookie made by the test server opens them on the site too.
  const cookieOf = (role: Role) => server.cookieFor(live.viewers[role]);

  it.each(OUTSIDERS)('pages rendered for %s carry no hidden content', async (role) => {
    const cookie = await cookieOf(role);
    for (const page of [`/workshops/${live.slug}`, `/workshops/${live.slug}/live`, `/workshops/${live.slug}/wall`]) {
      const response = await fetch(`${origin}${page}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
      const html = await response.text();
      expect(leaksIn(html), `${page} for ${role}`).toEqual([]);
      expect(response.status, `${page} for ${role}`).toBe(200);
      // The page does render the published contributions: the check is not vacuous.
      expect(html, `${page} for ${role} shows published contributions`).toContain(publishedMarker);
    }
  });

  it.each(INSIDERS)('renders the same pages for %s', async (role) => {
    const cookie = await cookieOf(role);
    for (const page of [`/workshops/${live.slug}`, `/workshops/${live.slug}/live`, `/workshops/${live.slug}/wall`]) {
      const response = await fetch(`${origin}${page}`, { headers: { cookie }, redirect: 'manual' });
      expect(response.status, `${page} for ${role}`).toBe(200);
      expect(await response.text()).toContain(publishedMarker);
    }
  });
});
