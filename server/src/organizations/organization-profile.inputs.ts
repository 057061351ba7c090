import { Field, ID, InputType, Int } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { OrganizationKind } from './organization.entity.js';

/** What the profile forms accept; the checks and the `limits` query read these. */
export const organizationLimits = {
  name: { min: 2, max: 120 },
  description: { max: 4000 },
  website: { max: 300 },
  phone: { max: 30 },
  postalAddress: { max: 300 },
  note: { max: 1000 },
  invitationHours: 72,
};

// Lengths past the limits are cut at validation with room to spare: the service says precisely
// what to fix (a text a few characters too long), the validator refuses only what is absurd.
@InputType({ description: 'The fields every organization form shares.' })
export class OrganizationFields {
  @Field(() => String, {
    description: `Its name (${organizationLimits.name.min}–${organizationLimits.name.max} characters).`,
  })
  @MaxLength(2000)
  name!: string;

  @Field(() => OrganizationKind, { description: 'What sort of organization it is.' })
  kind!: OrganizationKind;

  @Field(() => String, {
    defaultValue: '',
    description: `What it does (at most ${organizationLimits.description.max} characters).`,
  })
  @MaxLength(40000)
  description: string = '';

  @Field(() => String, { nullable: true, description: 'Website address (http or https); empty for none.' })
  @MaxLength(3000)
  website?: string | null;
}

@InputType({ description: 'An organization created by an admin.' })
export class CreateOrganizationInput extends OrganizationFields {}

@InputType({ description: 'A stakeholder asks for an organization to be created.' })
export class RequestOrganizationInput extends OrganizationFields {}

@InputType({ description: 'The profile of an organization, as its managers edit it.' })
export class UpdateOrganizationInput extends OrganizationFields {
  @Field(() => ID, { description: 'The organization edited.' })
  organizationId!: string;

  @Field(() => Int, { description: 'The `version` the edit started from: a stale one saves nothing.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Public contact address; empty for none.' })
  @MaxLength(3000)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Public phone number; empty for none.' })
  @MaxLength(3000)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address, on one or several lines; empty for none.' })
  @MaxLength(3000)
  postalAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'Commune it is based in; empty for none.' })
  @MaxLength(3000)
  commune?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Its logo: an image you uploaded (`uploadImage`); null removes it; left out, it stays.',
  })
  @MaxLength(200)
  logoImageId?: string | null;
}
