import { randomBytes } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound, refuse } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg, Problems } from '../shared/payload.js';
import { Person } from '../people/person.entity.js';
import { Image } from '../media/image.entity.js';
import { attachImages, markImagesPublic } from '../media/image.service.js';
import { Membership, MembershipAccess, Organization } from './organization.entity.js';
import { OrganizationRequest } from './organization-request.entity.js';
import { RequestState } from './join-request.entity.js';
import {
  adminRefusal,
  manageRefusal,
  requestOrganizationRefusal,
  signedInRefusal,
  type Tie,
} from './organization.policy.js';
import { checkContactFields, checkNote, checkOrganizationFields, slugFromName } from './organization-profile.checks.js';
import type {
  CreateOrganizationInput,
  RequestOrganizationInput,
  UpdateOrganizationInput,
} from './organization-profile.inputs.js';
import { organizationRequestColumns, type OrganizationRequestType } from './organization-admission.type.js';

type Fields = ReturnType<typeof checkOrganizationFields>;

/** Names are compared folded: "Régie de quartier" and "regie de Quartier" are one organization. */
/** The logo a profile edit names: one the editor may attach, public from now on as the profile is. */
async function logoOf(em: EntityManager, ctx: Context, imageGlobalId: string | null): Promise<Image | null> {
  if (imageGlobalId === null) return null;
  const id = idOf('Image', imageGlobalId, 'logoImageId');
  const [image] = await attachImages(em, ctx.viewer, [id], 'logoImageId');
  await markImagesPublic(em, [id]);
  return image ?? null;
}

async function nameTaken(em: EntityManager, name: string, except?: string): Promise<boolean> {
  // Through `em.execute`, in the transaction: a query on another connection would wait for this one.
  const rows = (await em.execute('select 1 from organization where lower(name) = lower(?) and id <> ? limit 1', [
    name,
    except ?? '00000000-0000-0000-0000-000000000000',
  ])) as unknown[];
  return rows.length > 0;
}

async function freeSlug(em: EntityManager, name: string): Promise<string> {
  const base = slugFromName(name);
  const taken = await em.count(Organization, { slug: base });
  // A short random tail rather than a counter: two creations at once do not pick the same one.
  return taken === 0 ? base : `${base}-${randomBytes(3).toString('hex')}`;
}

async function checkNew(em: EntityManager, input: CreateOrganizationInput): Promise<Fields> {
  const problems = new Problems();
  const fields = checkOrganizationFields(problems, input);
  if (!problems.list.some((p) => p.field === 'name') && (await nameTaken(em, fields.name)))
    problems.add(msg('ORGANIZATION_NAME_TAKEN'), 'name');
  problems.throwIfAny();
  return fields;
}

async function create(em: EntityManager, fields: Fields): Promise<Organization> {
  return em.create(Organization, {
    slug: await freeSlug(em, fields.name),
    name: fields.name,
    kind: fields.kind,
    description: fields.description,
    website: fields.website ?? undefined,
  });
}

/** The viewer's access to an organization, read in the transaction that acts on it. */
export async function tieIn(em: EntityManager, organizationId: string, personId: string | null): Promise<Tie> {
  if (!personId) return null;
  const membership = await em.findOne(Membership, { organization: organizationId, person: personId });
  return membership?.access ?? null;
}

/** The organization, its row locked: every change of its profile or members takes turns on it. */
export async function lockedOrganization(em: EntityManager, organizationId: string): Promise<Organization> {
  const organization = await em.findOne(Organization, organizationId, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
    refresh: true,
  });
  if (!organization) throw notFound('Organization');
  return organization;
}

export const viewerPersonId = (ctx: Context) => (ctx.viewer.kind === 'person' ? ctx.viewer.personId : null);

export const organizationProfileService = {
  async create(ctx: Context, input: CreateOrganizationInput) {
    refuse(adminRefusal(ctx.viewer));
    const id = await ctx.em.fork().transactional(async (em) => (await create(em, await checkNew(em, input))).id);
    return { organization: await ctx.loaders.organizationById.load(id) };
  },

  async request(ctx: Context, input: RequestOrganizationInput) {
    refuse(requestOrganizationRefusal(ctx.viewer));
    const id = await ctx.em.fork().transactional(async (em) => {
      const fields = await checkNew(em, input);
      const made = em.create(OrganizationRequest, {
        requester: viewerPersonId(ctx)!,
        name: fields.name,
        kind: fields.kind,
        description: fields.description,
        website: fields.website ?? undefined,
      });
      return made.id;
    });
    return { request: await organizationRequestById(ctx, id) };
  },

  /** Approving creates the organization, its requester its first manager. */
  async decide(ctx: Context, requestGlobalId: string, approve: boolean, note: string) {
    refuse(adminRefusal(ctx.viewer));
    const requestId = idOf('OrganizationRequest', requestGlobalId, 'requestId');
    const cleanNote = checkNote(note, 'note');
    await ctx.em.fork().transactional(async (em) => {
      const request = await em.findOne(OrganizationRequest, requestId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
      });
      if (!request) throw notFound('OrganizationRequest');
      if (request.state !== RequestState.PENDING) throw invalid(msg('ORGANIZATION_REQUEST_DECIDED'), 'requestId');
      if (approve) {
        const fields = await checkNew(em, { ...request, website: request.website ?? null });
        const organization = await create(em, fields);
        em.create(Membership, {
          organization,
          person: request.requester,
          role: '',
          access: MembershipAccess.MANAGER,
        });
        request.organization = organization;
      }
      request.state = approve ? RequestState.ACCEPTED : RequestState.DECLINED;
      request.note = cleanNote;
      request.decidedBy = em.getReference(Person, viewerPersonId(ctx)!);
      request.decidedAt = new Date();
    });
    return { request: await organizationRequestById(ctx, requestId) };
  },

  async update(ctx: Context, input: UpdateOrganizationInput) {
    refuse(signedInRefusal(ctx.viewer));
    const organizationId = idOf('Organization', input.organizationId, 'organizationId');
    const current = async () => {
      ctx.loaders.organizationById.clear(organizationId);
      return { organization: await ctx.loaders.organizationById.load(organizationId) };
    };
    await ctx.em.fork().transactional(async (em) => {
      const organization = await lockedOrganization(em, organizationId);
      refuse(manageRefusal(ctx.viewer, await tieIn(em, organizationId, viewerPersonId(ctx))));
      if (organization.version !== input.expectedVersion)
        throw invalid(msg('ORGANIZATION_CHANGED'), 'expectedVersion').withCurrent(current);
      const problems = new Problems();
      const fields = checkOrganizationFields(problems, input);
      const contact = checkContactFields(problems, input);
      if (!problems.list.some((p) => p.field === 'name') && (await nameTaken(em, fields.name, organizationId)))
        problems.add(msg('ORGANIZATION_NAME_TAKEN'), 'name');
      problems.throwIfAny();
      // The slug stays: links to the organization's page keep working after a rename.
      em.assign(organization, {
        name: fields.name,
        kind: fields.kind,
        description: fields.description,
        website: fields.website,
        contactEmail: contact.contactEmail,
        phone: contact.phone,
        postalAddress: contact.postalAddress,
        commune: contact.commune,
      });
      if (input.logoImageId !== undefined) organization.logo = await logoOf(em, ctx, input.logoImageId);
    });
    return current();
  },

  async setMembersMayCoSign(ctx: Context, organizationGlobalId: string, allowed: boolean) {
    refuse(signedInRefusal(ctx.viewer));
    const organizationId = idOf('Organization', organizationGlobalId, 'organizationId');
    await ctx.em.fork().transactional(async (em) => {
      const organization = await lockedOrganization(em, organizationId);
      refuse(manageRefusal(ctx.viewer, await tieIn(em, organizationId, viewerPersonId(ctx))));
      organization.membersMayCoSign = allowed;
    });
    ctx.loaders.organizationById.clear(organizationId);
    return { organization: await ctx.loaders.organizationById.load(organizationId) };
  },

  /** The requests admins decide, pending first then the latest decided. */
  async requests(ctx: Context, state: RequestState | undefined): Promise<OrganizationRequestType[]> {
    refuse(adminRefusal(ctx.viewer));
    const query = ctx.knex('organization_request as r').select(organizationRequestColumns('r'));
    if (state) query.where('r.state', state);
    return (await query
      .orderBy([{ column: 'r.created_at', order: state === RequestState.PENDING ? 'asc' : 'desc' }])
      .limit(100)) as OrganizationRequestType[];
  },

  /** What the viewer asked for, so that they see where their requests stand. */
  async viewerRequests(ctx: Context): Promise<OrganizationRequestType[]> {
    const personId = viewerPersonId(ctx);
    if (!personId) return [];
    return (await ctx
      .knex('organization_request as r')
      .select(organizationRequestColumns('r'))
      .where('r.requester_id', personId)
      .orderBy('r.created_at', 'desc')
      .limit(50)) as OrganizationRequestType[];
  },
};

async function organizationRequestById(ctx: Context, id: string): Promise<OrganizationRequestType> {
  return (await ctx
    .knex('organization_request as r')
    .select(organizationRequestColumns('r'))
    .where('r.id', id)
    .first()) as OrganizationRequestType;
}
