import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../src/test-support/database.js';
import { createTestApi } from '../src/test-support/api.js';
import { factories, type Factories } from '../src/test-support/factories/index.js';
import { organizationAdminFactories } from '../src/test-support/factories/organizations-admin.js';
import { MembershipAccess } from '../src/organizations/organization.entity.js';
import type { Database } from '../src/database.js';
import { gid } from './support-live.js';

/** Invitations (single use, expiry, revocation, forged links), join requests and the last manager. */
let db: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;
let make: Factories;
let more: ReturnType<typeof organizationAdminFactories>;

const ACCEPT = `mutation($t: String!) { acceptInvitation(token: $t) { membership { access } userErrors { code field } } }`;

async function managed() {
  const manager = await make.person({ role: 'STAKEHOLDER' });
  const organization = await make.organization({});
  await more.member(organization.id, manager.id, MembershipAccess.MANAGER);
  return { manager, organization };
}

beforeAll(async () => {
  db = await openTestDatabase();
  api = await createTestApi(db.orm);
  make = factories(db.orm);
  more = organizationAdminFactories(db.orm);
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

const codes = (r: { data?: Record<string, { userErrors: { code: string }[] }> | null }, field: string) =>
  r.data?.[field]?.userErrors.map((e) => e.code);

describe('invitations', () => {
  it('are used once: of two acceptances at once, one makes a member, the other is told the link was used', async () => {
    const { manager, organization } = await managed();
    const { token } = await more.invitation(organization.id, manager.id);
    const [a, b] = [await make.person(), await make.person()];
    const results = await Promise.all([
      api.run(ACCEPT, { t: token }, await a.viewer()),
      api.run(ACCEPT, { t: token }, await b.viewer()),
    ]);
    const outcomes = results.map((r) => codes(r, 'acceptInvitation')).sort();
    expect(outcomes).toEqual([[], ['INVITATION_USED']]);
    const members = await db.orm.em.getKnex()('membership').where({ organization_id: organization.id });
    expect(members).toHaveLength(2);
  });

  it('refuse expired, revoked and forged links with user errors', async () => {
    const { manager, organization } = await managed();
    const viewer = await (await make.person()).viewer();
    const expired = await more.invitation(organization.id, manager.id, { expiresAt: new Date(Date.now() - 1000) });
    const revoked = await more.invitation(organization.id, manager.id, { revokedAt: new Date() });
    expect(codes(await api.run(ACCEPT, { t: expired.token }, viewer), 'acceptInvitation')).toEqual([
      'INVITATION_EXPIRED',
    ]);
    expect(codes(await api.run(ACCEPT, { t: revoked.token }, viewer), 'acceptInvitation')).toEqual([
      'INVITATION_REVOKED',
    ]);
    for (const forged of ['x'.repeat(43), 'nope', '', 'a'.repeat(10_000), '../../etc']) {
      expect(codes(await api.run(ACCEPT, { t: forged }, viewer), 'acceptInvitation')).toEqual(['INVITATION_INVALID']);
    }
    expect(await db.orm.em.getKnex()('membership').where({ organization_id: organization.id })).toHaveLength(1);
  });

  it('made by a manager work once, revoked ones no more', async () => {
    const { manager, organization } = await managed();
    const made = await api.run(
      `mutation($o: ID!) { inviteMember(organizationId: $o, email: "invitee@example.org") { link invitation { id } userErrors { code } } }`,
      { o: gid('Organization', organization.id) },
      await manager.viewer(),
    );
    const { link, invitation } = made.data!.inviteMember as { link: string; invitation: { id: string } };
    const token = link.split('/').pop()!;
    const preview = await api.run(`query($t: String!) { invitation(token: $t) { state organization { id } } }`, {
      t: token,
    });
    expect(preview.data!.invitation).toMatchObject({ state: 'PENDING' });
    await api.run(
      `mutation($i: ID!) { revokeInvitation(invitationId: $i) { userErrors { code } } }`,
      { i: invitation.id },
      await manager.viewer(),
    );
    const viewer = await (await make.person()).viewer();
    expect(codes(await api.run(ACCEPT, { t: token }, viewer), 'acceptInvitation')).toEqual(['INVITATION_REVOKED']);
  });
});

describe('members', () => {
  it('the last manager can neither step down nor leave; with a second one they can', async () => {
    const { manager, organization } = await managed();
    const o = gid('Organization', organization.id);
    const p = gid('Person', manager.id);
    const viewer = await manager.viewer();
    const down = `mutation($o: ID!, $p: ID!) { setMemberAccess(organizationId: $o, personId: $p, access: MEMBER) { userErrors { code } } }`;
    const leave = `mutation($o: ID!, $p: ID!) { removeMember(organizationId: $o, personId: $p) { userErrors { code } } }`;
    expect(codes(await api.run(down, { o, p }, viewer), 'setMemberAccess')).toEqual(['LAST_MANAGER']);
    expect(codes(await api.run(leave, { o, p }, viewer), 'removeMember')).toEqual(['LAST_MANAGER']);
    const other = await make.person();
    await more.member(organization.id, other.id, MembershipAccess.MANAGER);
    expect(codes(await api.run(down, { o, p }, viewer), 'setMemberAccess')).toEqual([]);
  });

  it('join requests: asked once, accepted by a manager, then the person is a member', async () => {
    const { manager, organization } = await managed();
    const o = gid('Organization', organization.id);
    const asker = await (await make.person()).viewer();
    const ask = `mutation($o: ID!) { requestToJoin(organizationId: $o, message: "Bonjour") { joinRequest { id } userErrors { code } } }`;
    const first = await api.run(ask, { o }, asker);
    expect(codes(await api.run(ask, { o }, asker), 'requestToJoin')).toEqual(['JOIN_ALREADY_REQUESTED']);
    const id = (first.data!.requestToJoin as { joinRequest: { id: string } }).joinRequest.id;
    const accepted = await api.run(
      `mutation($r: ID!) { acceptJoinRequest(requestId: $r) { joinRequest { state } userErrors { code } } }`,
      { r: id },
      await manager.viewer(),
    );
    expect(accepted.data!.acceptJoinRequest).toMatchObject({ joinRequest: { state: 'ACCEPTED' }, userErrors: [] });
    expect(codes(await api.run(ask, { o }, asker), 'requestToJoin')).toEqual(['ALREADY_MEMBER']);
  });
});
