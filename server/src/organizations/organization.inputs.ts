import { Field, InputType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { OrganizationKind } from './organization.entity.js';

export enum OrganizationSort {
  NAME = 'NAME',
}
registerEnumType(OrganizationSort, { name: 'OrganizationSort', description: 'Orderings of the organizations list.' });

@InputType({ description: 'Narrows the organizations list.' })
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true, description: 'Only organizations of this kind.' })
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'Only organizations of this territory (slug).' })
  @MaxLength(100)
  territory?: string;

  @Field(() => String, { nullable: true, description: 'Only organizations whose name contains this text.' })
  @MaxLength(100)
  search?: string;
}
