import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/shared/viewer.js';
import { MembershipAccess } from '../src/organizations/organization.entity.js';
import { organizationAdminFactories } from '../src/test-support/factories/organizations-admin.js';
import { changedTables, errorCode, gid, openLive, snapshot, unique, type Live } from './support-live.js';
import { ORGANIZATION_MUTATIONS } from './organizations-matrix.js';

/**
 * The authorization matrix of organizations: every mutation of issue 10 §4, run by every role
 * against a fresh target. `manager` manages the target organization and `member` belongs to it;
 * `stakeholder` belongs to none. Allowed roles succeed; the others are refused with FORBIDDEN or
 * UNAUTHENTICATED, and the database is left exactly as it was.
 */

const ROLES = ['anonymous', 'guest', 'resident', 'stakeholder', 'member', 'manager', 'coordinator', 'admin'] as const;
type Role = (typeof ROLES)[number];
const PEOPLE: Role[] = ['resident', 'stakeholder', 'member', 'manager', 'coordinator', 'admin'];
const MANAGERS: Role[] = ['manager', 'admin'];
const ADMIN: Role[] = ['admin'];

let live: Live;
let more: ReturnType<typeof organizationAdminFactories>;
let viewers: Record<Role, Viewer>;
let ids: { member: string; manager: string; helper: string };
const personOf = (v: Viewer) => (v as Extract<Viewer, { kind: 'person' }>).personId;

/** An organization managed by `manager`, with `member` as a member (or, `bare`, nobody but the helper). */
async function freshOrganization(bare = false): Promise<string> {
  const made = await live.make.organization({ name: unique('Association') });
  if (bare) {
    await more.member(made.id, ids.helper, MembershipAccess.MANAGER);
  } else {
    await more.member(made.id, ids.manager, MembershipAccess.MANAGER);
    await more.member(made.id, ids.member, MembershipAccess.MEMBER);
  }
  return made.id;
}

beforeAll(async () => {
  live = await openLive();
  more = organizationAdminFactories(live.orm);
  const member = await live.make.person({ role: 'STAKEHOLDER' });
  const manager = await live.make.person({ role: 'STAKEHOLDER' });
  ids = { member: member.id, manager: manager.id, helper: personOf(live.viewers.helper) };
  viewers = {
    anonymous: live.viewers.anonymous,
    guest: live.viewers.guest,
    resident: live.viewers.resident,
    stakeholder: live.viewers.stakeholder,
    member: await member.viewer(),
    manager: await manager.viewer(),
    coordinator: live.viewers.coordinator,
    admin: live.viewers.admin,
  };
});
afterAll(async () => {
  await live?.close();
});

type Vars = Record<string, unknown>;
interface Case {
  field: string;
  allowed: readonly Role[];
  query: string;
  prepare: (role: Role) => Promise<Vars>;
  verify?: (payload: any, vars: Vars, role: Role) => void;
}

const errors = 'userErrors { code field message }';
const ORG = 'organization { id name version membersMayCoSign members { access person { id } } }';
const CASES: Case[] = [
  {
    field: 'createOrganization',
    allowed: ADMIN,
    query: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORG} ${errors} } }`,
    prepare: async () => ({ input: { name: unique('Régie de quartier'), kind: 'ASSOCIATION' } }),
    verify: (p, v) => expect(p.organization.name).toBe((v.input as any).name),
  },
  {
    field: 'requestOrganization',
    allowed: ['stakeholder', 'member', 'manager', 'coordinator', 'admin'],
    query: `mutation($input: RequestOrganizationInput!) { requestOrganization(input: $input) { request { id state name } ${errors} } }`,
    prepare: async () => ({
      input: { name: unique('Collectif'), kind: 'RESIDENTS_COLLECTIVE', description: 'Des voisins.' },
    }),
    verify: (p) => expect(p.request.state).toBe('PENDING'),
  },
  ...(['approve', 'decline'] as const).map((decision): Case => ({
    field: `${decision}OrganizationRequest`,
    allowed: ADMIN,
    query: `mutation($r: ID!) { ${decision}OrganizationRequest(requestId: $r, note: "Vu en comité.") { request { id state note organization { id members { access person { id } } } } ${errors} } }`,
    prepare: async () => ({ r: gid('OrganizationRequest', (await more.organizationRequest(ids.helper)).id) }),
    verify: (p) => {
      expect(p.request.state).toBe(decision === 'approve' ? 'ACCEPTED' : 'DECLINED');
      if (decision === 'approve')
        expect(p.request.organization.members).toEqual([
          { access: 'MANAGER', person: { id: gid('Person', ids.helper) } },
        ]);
    },
  })),
  {
    field: 'updateOrganization',
    allowed: MANAGERS,
    query: `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ${ORG} ${errors} } }`,
    prepare: async () => ({
      input: {
        organizationId: gid('Organization', await freshOrganization()),
        expectedVersion: 1,
        name: unique('Nouveau nom'),
        kind: 'ASSOCIATION',
        phone: '05 56 00 00 00',
      },
    }),
    verify: (p, v) => {
      expect(p.organization.name).toBe((v.input as any).name);
      expect(p.organization.version).toBe(2);
    },
  },
  {
    field: 'setMembersMayCoSign',
    allowed: MANAGERS,
    query: `mutation($o: ID!) { setMembersMayCoSign(organizationId: $o, allowed: true) { ${ORG} ${errors} } }`,
    prepare: async () => ({ o: gid('Organization', await freshOrganization()) }),
    verify: (p) => expect(p.organization.membersMayCoSign).toBe(true),
  },
  {
    field: 'inviteMember',
    allowed: MANAGERS,
    query: `mutation($o: ID!) { inviteMember(organizationId: $o) { link invitation { id expiresAt } ${errors} } }`,
    prepare: async () => ({ o: gid('Organization', await freshOrganization()) }),
    verify: (p) => expect(p.link).toMatch(/\/invitations\/[\w-]{40,}$/),
  },
  {
    field: 'revokeInvitation',
    allowed: MANAGERS,
    query: `mutation($i: ID!) { revokeInvitation(invitationId: $i) { invitation { id } ${errors} } }`,
    prepare: async () => {
      const made = await more.invitation(await freshOrganization(), ids.manager);
      return { i: gid('Invitation', made.id) };
    },
  },
  {
    field: 'acceptInvitation',
    allowed: PEOPLE,
    query: `mutation($t: String!) { acceptInvitation(token: $t) { membership { access } organization { id viewerAccess } ${errors} } }`,
    prepare: async () => ({ t: (await more.invitation(await freshOrganization(true), ids.helper)).token }),
    verify: (p) => expect(p.organization.viewerAccess).toBe('MEMBER'),
  },
  {
    field: 'requestToJoin',
    allowed: PEOPLE,
    query: `mutation($o: ID!) { requestToJoin(organizationId: $o, message: "Je tiens la permanence du mardi.") { joinRequest { id state } ${errors} } }`,
    prepare: async () => ({ o: gid('Organization', await freshOrganization(true)) }),
    verify: (p) => expect(p.joinRequest.state).toBe('PENDING'),
  },
  ...(['accept', 'decline'] as const).map((decision): Case => ({
    field: `${decision}JoinRequest`,
    allowed: MANAGERS,
    query: `mutation($r: ID!) { ${decision}JoinRequest(requestId: $r) { joinRequest { id state } ${errors} } }`,
    prepare: async () => {
      const helperOutside = await live.make.person({ role: 'RESIDENT' });
      return { r: gid('JoinRequest', (await more.joinRequest(await freshOrganization(), helperOutside.id)).id) };
    },
    verify: (p) => expect(p.joinRequest.state).toBe(decision === 'accept' ? 'ACCEPTED' : 'DECLINED'),
  })),
  {
    field: 'setMemberAccess',
    allowed: MANAGERS,
    query: `mutation($o: ID!, $p: ID!) { setMemberAccess(organizationId: $o, personId: $p, access: MANAGER) { membership { access } ${errors} } }`,
    prepare: async () => ({ o: gid('Organization', await freshOrganization()), p: gid('Person', ids.member) }),
    verify: (p) => expect(p.membership.access).toBe('MANAGER'),
  },
  {
    field: 'removeMember',
    // The member themselves may leave.
    allowed: ['member', 'manager', 'admin'],
    query: `mutation($o: ID!, $p: ID!) { removeMember(organizationId: $o, personId: $p) { ${ORG} ${errors} } }`,
    prepare: async () => ({ o: gid('Organization', await freshOrganization()), p: gid('Person', ids.member) }),
    verify: (p) => expect(p.organization.members.map((m: any) => m.person.id)).not.toContain(gid('Person', ids.member)),
  },
];

describe('the organizations matrix', () => {
  it('has one case per operation', () => {
    expect(CASES.map((c) => c.field).sort()).toEqual([...ORGANIZATION_MUTATIONS].sort());
  });
});

describe.each(CASES)('$field', (c) => {
  it.each(ROLES)('as %s', async (role) => {
    const vars = await c.prepare(role);
    const before = await snapshot(live.orm);
    const result = await live.api.run(c.query, vars, viewers[role]);
    if (c.allowed.includes(role)) {
      expect(result.errors, `${role} should be allowed: ${JSON.stringify(result.errors)}`).toBeUndefined();
      const payload = result.data![c.field];
      expect(payload.userErrors, `${role} should be allowed`).toEqual([]);
      c.verify?.(payload, vars, role);
    } else {
      const code = errorCode(result);
      expect(['FORBIDDEN', 'UNAUTHENTICATED'], `${role} must be refused, got ${JSON.stringify(result)}`).toContain(
        code,
      );
      if (role === 'anonymous') expect(code).toBe('UNAUTHENTICATED');
      expect(changedTables(before, await snapshot(live.orm)), `${role}: refused, yet tables changed`).toEqual([]);
    }
  });
});
