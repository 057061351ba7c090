import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { ConnectionType } from '../shared/pagination.js';
import { OrganizationKind } from './organization.entity.js';

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

  territoryId!: string | null;
}

@ObjectType('Membership', { description: "A person's role in an organization." })
export class MembershipType {
  @Field(() => String, { description: 'Role held, in the organization’s words.' })
  role!: string;

  personId!: string;
  organizationId!: string;
}

@ObjectType('OrganizationConnection', { description: 'A page of organizations.' })
export class OrganizationConnection extends ConnectionType(OrganizationType, 'Organization') {}

export const organizationColumns = (a: string) => [
  `${a}.id`,
  `${a}.slug`,
  `${a}.name`,
  `${a}.kind`,
  `${a}.description`,
  `${a}.website`,
  `${a}.commune`,
  `${a}.territory_id as territoryId`,
];
