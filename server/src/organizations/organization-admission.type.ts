import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { UserError } from '../shared/payload.js';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import { Invitation } from './invitation.entity.js';
import { JoinRequest, RequestState } from './join-request.entity.js';
import { OrganizationRequest } from './organization-request.entity.js';
import { OrganizationKind } from './organization.entity.js';
import { MembershipType, OrganizationType } from './organization.type.js';

registerEnumType(RequestState, {
  name: 'RequestState',
  description: 'Where a request stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for an answer.' },
    ACCEPTED: { description: 'Accepted (for an organization request: the organization was created).' },
    DECLINED: { description: 'Declined, with a note.' },
  },
});

export enum InvitationState {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationState, {
  name: 'InvitationState',
  description: 'Where an invitation link stands.',
  valuesConfig: {
    PENDING: { description: 'Open: the link may be used once, until it expires.' },
    ACCEPTED: { description: 'Used: its holder became a member.' },
    REVOKED: { description: 'Withdrawn by a manager.' },
    EXPIRED: { description: 'Not used in time.' },
  },
});

export const invitationColumns = columnsFor(Invitation, { omit: ['updatedAt', 'tokenHash'] });
export const joinRequestColumns = columnsFor(JoinRequest, { omit: ['updatedAt'] });
export const organizationRequestColumns = columnsFor(OrganizationRequest, { omit: ['updatedAt'] });

export function invitationState(i: Pick<InvitationType, 'acceptedAt' | 'revokedAt' | 'expiresAt'>): InvitationState {
  if (i.acceptedAt) return InvitationState.ACCEPTED;
  if (i.revokedAt) return InvitationState.REVOKED;
  return i.expiresAt <= new Date() ? InvitationState.EXPIRED : InvitationState.PENDING;
}

export interface InvitationType extends RowFrom<typeof invitationColumns> {}
@ObjectType('Invitation', {
  implements: Node,
  description: 'A link to join an organization, as its managers see it (never the link itself once made).',
})
export class InvitationType extends Node {
  @Field(() => String, { nullable: true, description: 'The address it was mailed to, if any.' })
  email!: string | null;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the link stops working.' })
  expiresAt!: Date;
}

@ObjectType('InvitationPreview', { description: 'What the holder of an invitation link learns before accepting it.' })
export class InvitationPreviewType {
  @Field(() => OrganizationType, { description: 'The organization it invites to.' })
  organization!: OrganizationType;

  @Field(() => InvitationState, { description: 'Whether it may still be accepted.' })
  state!: InvitationState;

  @Field(() => Date, { description: 'When the link stops working.' })
  expiresAt!: Date;
}

export interface JoinRequestType extends RowFrom<typeof joinRequestColumns> {}
@ObjectType('JoinRequest', { implements: Node, description: 'Someone asks to become a member of an organization.' })
export class JoinRequestType extends Node {
  @Field(() => String, { description: 'What they say of themselves to the managers.' })
  message!: string;

  @Field(() => RequestState, { description: 'Where the request stands.' })
  state!: RequestState;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt!: Date;
}

export interface OrganizationRequestType extends RowFrom<typeof organizationRequestColumns> {}
@ObjectType('OrganizationRequest', {
  implements: Node,
  description: 'A stakeholder asks for an organization to be created; admins decide.',
})
export class OrganizationRequestType extends Node {
  @Field(() => String, { description: 'The name asked for.' })
  name!: string;

  @Field(() => OrganizationKind, { description: 'What sort of organization it would be.' })
  kind!: OrganizationKind;

  @Field(() => String, { description: 'What it does.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Its website.' })
  website!: string | null;

  @Field(() => RequestState, { description: 'Where the request stands.' })
  state!: RequestState;

  @Field(() => String, { description: 'The admin’s note on the decision (empty while pending).' })
  note!: string;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was decided.' })
  decidedAt!: Date | null;
}

@ObjectType('OrganizationPayload', { description: 'Result of an action on an organization.' })
export class OrganizationPayload {
  @Field(() => OrganizationType, {
    nullable: true,
    description:
      'The organization after the action. Null with user errors, but with ORGANIZATION_CHANGED: then the organization as it now is, nothing saved.',
  })
  organization?: OrganizationType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('OrganizationRequestPayload', { description: 'Result of an action on an organization request.' })
export class OrganizationRequestPayload {
  @Field(() => OrganizationRequestType, { nullable: true, description: 'The request after the action.' })
  request?: OrganizationRequestType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('InvitePayload', { description: 'A new invitation, with its link: shown once, never stored.' })
export class InvitePayload {
  @Field(() => InvitationType, { nullable: true, description: 'The invitation made.' })
  invitation?: InvitationType | null;

  @Field(() => String, {
    nullable: true,
    description: 'The link to hand the person invited. Only its hash is kept: copy it now.',
  })
  link?: string | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('InvitationPayload', { description: 'Result of an action on an invitation.' })
export class InvitationPayload {
  @Field(() => InvitationType, { nullable: true, description: 'The invitation after the action.' })
  invitation?: InvitationType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('MembershipPayload', { description: 'Result of an action on a membership.' })
export class MembershipPayload {
  @Field(() => OrganizationType, { nullable: true, description: 'The organization, its members as they now are.' })
  organization?: OrganizationType | null;

  @Field(() => MembershipType, { nullable: true, description: 'The membership made or changed; null when removed.' })
  membership?: MembershipType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('JoinRequestPayload', { description: 'Result of an action on a join request.' })
export class JoinRequestPayload {
  @Field(() => JoinRequestType, { nullable: true, description: 'The request after the action.' })
  joinRequest?: JoinRequestType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}
