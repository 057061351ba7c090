import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { ConnectionType } from '../shared/pagination.js';
import { columnsFor, timestamps, type RowFrom } from '../shared/rows.js';
import { Membership, MembershipAccess, Organization, OrganizationKind } from './organization.entity.js';

registerEnumType(MembershipAccess, {
  name: 'MembershipAccess',
  description: 'What a member may do in an organization.',
  valuesConfig: {
    MEMBER: { description: 'Belongs to it: may co-sign on its behalf when it allows it.' },
    MANAGER: { description: 'Edits its profile, invites people, answers join requests, sets members’ access.' },
  },
});

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What sort of organization it is.',
  valuesConfig: {
    PUBLIC_BODY: { description: 'State service, local authority or public body (GIP, agency…).' },
    ASSOCIATION: { description: 'Non-profit association.' },
    COMPANY: { description: 'Company, including social enterprises and cooperatives.' },
    SOCIAL_LANDLORD: { description: 'Social housing landlord (bailleur social).' },
    SUPPORT_NETWORK: { description: 'Network supporting entrepreneurs and social innovation.' },
    FUNDER: { description: 'Funder: foundation, public bank, insurer…' },
    RESIDENTS_COLLECTIVE: { description: "Residents' collective." },
  },
});

// The GraphQL classes declare their fields; the interfaces of the same name add the rest of their
// rows (the ids their field resolvers follow), typed from the entities.
export const organizationColumns = columnsFor(Organization, { omit: timestamps });
export const membershipColumns = columnsFor(Membership);

export interface OrganizationType extends RowFrom<typeof organizationColumns> {}
@ObjectType('Organization', { implements: Node, description: 'A public body, association, company or network.' })
export class OrganizationType extends Node {
  @Field(() => String, { description: 'Stable, URL-safe identifier.' })
  slug!: string;

  @Field(() => String, { description: 'Name of the organization.' })
  name!: string;

  @Field(() => OrganizationKind, { description: 'What sort of organization it is.' })
  kind!: OrganizationKind;

  @Field(() => String, { description: 'What it does.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Website address.' })
  website!: string | null;

  @Field(() => String, { nullable: true, description: 'Commune it is based in.' })
  commune!: string | null;

  @Field(() => String, { nullable: true, description: 'Public contact address of the organization.' })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'Public phone number.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address (lines separated by line breaks).' })
  postalAddress!: string | null;

  @Field(() => Boolean, { description: 'Its members may co-sign findings of a diagnosis on its behalf.' })
  membersMayCoSign!: boolean;

  @Field(() => Int, { description: 'Changes with every edit of the profile: `updateOrganization` names it.' })
  version!: number;
}

export interface MembershipType extends RowFrom<typeof membershipColumns> {}
@ObjectType('Membership', { description: "A person's role in an organization." })
export class MembershipType {
  @Field(() => String, { description: 'Role held, in the organization’s words (its title; may be empty).' })
  role!: string;

  @Field(() => MembershipAccess, {
    description: 'What the member may do: managers edit the organization and admit people.',
  })
  access!: MembershipAccess;

  @Field(() => Date, { description: 'Since when the person is a member.' })
  createdAt!: Date;
}

@ObjectType('OrganizationConnection', { description: 'A page of organizations.' })
export class OrganizationConnection extends ConnectionType(OrganizationType, 'Organization') {}
