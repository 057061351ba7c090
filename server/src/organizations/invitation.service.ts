import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound, refuse } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg } from '../shared/payload.js';
import { RateLimiter } from '../shared/rate-limit.js';
import { sendInBackground } from '../mail/mailer.js';
import { normalizeEmail } from '../accounts/email.js';
import { hashToken, newToken } from '../accounts/session.service.js';
import { Person } from '../people/person.entity.js';
import { Invitation } from './invitation.entity.js';
import { invitationRefusal, manageRefusal, signedInRefusal } from './organization.policy.js';
import { admit } from './membership.service.js';
import { lockedOrganization, tieIn, viewerPersonId } from './organization-profile.service.js';
import { organizationLimits } from './organization-profile.inputs.js';
import { invitationMail } from './invitation.mails.js';
import {
  invitationColumns,
  invitationState,
  type InvitationPreviewType,
  type InvitationType,
} from './organization-admission.type.js';

const hours = organizationLimits.invitationHours;

/** Invitations mailed to one address, whoever sends them: a manager cannot flood someone's inbox. */
const invitationMails = new RateLimiter(5, 60 * 60_000, 'invitations mailed to this address');

const linkTo = (ctx: Context, token: string) => new URL(`/invitations/${token}`, ctx.mail.origin).href;

// A token is 43 base64url characters; anything else is no token of ours, refused before hashing.
const tokenShape = /^[A-Za-z0-9_-]{20,100}$/;

async function invitationById(ctx: Context, id: string): Promise<InvitationType> {
  return (await ctx
    .knex('organization_invitation as i')
    .select(invitationColumns('i'))
    .where('i.id', id)
    .first()) as InvitationType;
}

export const invitationService = {
  async invite(ctx: Context, organizationGlobalId: string, rawEmail: string | null | undefined) {
    refuse(signedInRefusal(ctx.viewer));
    const organizationId = idOf('Organization', organizationGlobalId, 'organizationId');
    const { token, tokenHash } = newToken();
    const made = await ctx.em.fork().transactional(async (em) => {
      const organization = await lockedOrganization(em, organizationId);
      refuse(manageRefusal(ctx.viewer, await tieIn(em, organizationId, viewerPersonId(ctx))));
      const email = rawEmail?.trim() ? normalizeEmail(rawEmail) : undefined;
      const invitation = em.create(Invitation, {
        organization,
        tokenHash,
        invitedBy: em.getReference(Person, viewerPersonId(ctx)!),
        email,
        expiresAt: new Date(Date.now() + hours * 3600_000),
      });
      return { id: invitation.id, email, name: organization.name };
    });
    const link = linkTo(ctx, token);
    if (made.email) {
      try {
        await invitationMails.take(made.email);
        sendInBackground(ctx.mail, invitationMail(ctx.request.locale, made.email, made.name, link, hours));
      } catch {
        // Past the cap the link is still handed to the manager, only not mailed.
      }
    }
    return { invitation: await invitationById(ctx, made.id), link };
  },

  async revoke(ctx: Context, invitationGlobalId: string) {
    refuse(signedInRefusal(ctx.viewer));
    const invitationId = idOf('Invitation', invitationGlobalId, 'invitationId');
    const found = await invitationById(ctx, invitationId);
    if (!found) throw notFound('Invitation');
    await ctx.em.fork().transactional(async (em) => {
      await lockedOrganization(em, found.organizationId);
      refuse(manageRefusal(ctx.viewer, await tieIn(em, found.organizationId, viewerPersonId(ctx))));
      const invitation = await em.findOneOrFail(Invitation, invitationId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
      });
      if (invitationRefusal(invitation, hours)) throw invalid(msg('INVITATION_NOT_PENDING'), 'invitationId');
      invitation.revokedAt = new Date();
    });
    return { invitation: await invitationById(ctx, invitationId) };
  },

  /**
   * Uses the link, once: its row is locked, so of two acceptances at once the second waits and
   * finds it used.
   */
  async accept(ctx: Context, token: string) {
    refuse(signedInRefusal(ctx.viewer));
    const personId = viewerPersonId(ctx)!;
    const trimmed = token.trim();
    if (!tokenShape.test(trimmed)) throw invalid(msg('INVITATION_INVALID'), 'token');
    const organizationId = await ctx.em.fork().transactional(async (em) => {
      const invitation = await em.findOne(
        Invitation,
        { tokenHash: hashToken(trimmed) },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      if (!invitation) throw invalid(msg('INVITATION_INVALID'), 'token');
      const id = invitation.organization.id;
      refuse(invitationRefusal(invitation, hours));
      if (await tieIn(em, id, personId)) throw invalid(msg('ALREADY_MEMBER'), 'token');
      await admit(em, id, personId, invitation.invitedBy.id);
      invitation.acceptedAt = new Date();
      invitation.acceptedBy = em.getReference(Person, personId);
      return id;
    });
    const members = await ctx.loaders.membersByOrganization.load(organizationId);
    return {
      organization: await ctx.loaders.organizationById.load(organizationId),
      membership: members.find((m) => m.personId === personId) ?? null,
    };
  },

  /** What the holder of a link learns: the organization and whether it still works; null for no link of ours. */
  async preview(ctx: Context, token: string): Promise<InvitationPreviewType | null> {
    const trimmed = token.trim();
    if (!tokenShape.test(trimmed)) return null;
    const row = (await ctx
      .knex('organization_invitation as i')
      .select(invitationColumns('i'))
      .where('i.token_hash', hashToken(trimmed))
      .first()) as InvitationType | undefined;
    if (!row) return null;
    const organization = await ctx.loaders.organizationById.load(row.organizationId);
    return organization && { organization, state: invitationState(row), expiresAt: row.expiresAt };
  },
};
