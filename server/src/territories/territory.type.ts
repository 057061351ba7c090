import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { ConnectionType } from '../shared/pagination.js';
import { columnsFor, timestamps, type RowFrom } from '../shared/rows.js';
import { Neighbourhood, Territory, TerritoryKind, Theme } from './territory.entity.js';

registerEnumType(TerritoryKind, {
  name: 'TerritoryKind',
  description: 'What sort of area a territory is.',
  valuesConfig: {
    CITY: { description: 'A single commune.' },
    INTERCOMMUNALITY: { description: 'A metropolis or community of communes.' },
    PROGRAMME_AREA: { description: 'The area of a programme (a GPV, a contrat de ville…) or a region.' },
  },
});

// Each GraphQL class declares its fields; the interface of the same name adds the rest of its row
// (the ids its field resolvers follow), typed from the entity.
export const themeColumns = columnsFor(Theme, { omit: timestamps });
export const territoryColumns = columnsFor(Territory, { omit: timestamps });
export const neighbourhoodColumns = columnsFor(Neighbourhood, { omit: timestamps });

export interface ThemeType extends RowFrom<typeof themeColumns> {}
@ObjectType('Theme', { implements: Node, description: 'A challenge a territory works on.' })
export class ThemeType extends Node {
  @Field(() => String, { description: 'Stable, URL-safe identifier.' })
  slug!: string;

  @Field(() => String, { description: 'Name in French.' })
  name!: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;

  @Field(() => String, { description: 'What the theme covers.' })
  description!: string;
}

export interface TerritoryType extends RowFrom<typeof territoryColumns> {}
@ObjectType('Territory', { implements: Node, description: 'A city or programme area running a social lab.' })
export class TerritoryType extends Node {
  @Field(() => String, { description: 'Stable, URL-safe identifier.' })
  slug!: string;

  @Field(() => String, { description: 'Name of the territory.' })
  name!: string;

  @Field(() => TerritoryKind, { description: 'What sort of area it is.' })
  kind!: TerritoryKind;

  @Field(() => String, { description: 'French region.' })
  region!: string;

  @Field(() => String, { description: 'Presentation of the territory and its social lab.' })
  description!: string;
}

export interface NeighbourhoodType extends RowFrom<typeof neighbourhoodColumns> {}
@ObjectType('Neighbourhood', { implements: Node, description: 'A priority neighbourhood (QPV).' })
export class NeighbourhoodType extends Node {
  @Field(() => String, { description: 'Stable, URL-safe identifier.' })
  slug!: string;

  @Field(() => String, { description: 'Name of the neighbourhood.' })
  name!: string;

  @Field(() => String, { description: 'Commune it lies in.' })
  commune!: string;

  @Field(() => String, { description: 'Presentation of the neighbourhood.' })
  description!: string;
}

@ObjectType('TerritoryConnection', { description: 'A page of territories.' })
export class TerritoryConnection extends ConnectionType(TerritoryType, 'Territory') {}
