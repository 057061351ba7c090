import { Field, InputType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { TerritoryKind } from './territory.entity.js';

export enum TerritorySort {
  NAME = 'NAME',
}
registerEnumType(TerritorySort, { name: 'TerritorySort', description: 'Orderings of the territories list.' });

@InputType({ description: 'Narrows the territories list.' })
export class TerritoryFilter {
  @Field(() => TerritoryKind, { nullable: true, description: 'Only territories of this kind.' })
  kind?: TerritoryKind;

  @Field(() => String, { nullable: true, description: 'Only territories working on this theme (slug).' })
  @MaxLength(100)
  theme?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only territories whose shared diagnosis is under way (open to consultation), or only the others.',
  })
  diagnosisUnderWay?: boolean;
}
