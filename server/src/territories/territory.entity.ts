import { Collection, Entity, Enum, ManyToMany, ManyToOne, OneToMany, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';

export enum TerritoryKind {
  CITY = 'CITY',
  INTERCOMMUNALITY = 'INTERCOMMUNALITY',
  PROGRAMME_AREA = 'PROGRAMME_AREA',
}

/** A challenge a territory works on: access to employment, childcare, urban agriculture… */
@Entity({ tableName: 'theme' })
export class Theme extends BaseEntity {
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'text', default: '' })
  description: string = '';
}

/** A city or programme area running a social lab. */
@Entity({ tableName: 'territory' })
export class Territory extends BaseEntity {
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => TerritoryKind, type: 'text' })
  kind!: TerritoryKind;

  @Property({ type: 'text' })
  region!: string;

  @Property({ type: 'text', default: '' })
  description: string = '';

  @ManyToMany({
    entity: () => Theme,
    pivotTable: 'territory_theme',
    joinColumn: 'territory_id',
    inverseJoinColumn: 'theme_id',
  })
  themes = new Collection<Theme>(this);

  @OneToMany({ entity: () => Neighbourhood, mappedBy: 'territory' })
  neighbourhoods = new Collection<Neighbourhood>(this);
}

/** A priority neighbourhood (QPV) of a territory. */
@Entity({ tableName: 'neighbourhood' })
export class Neighbourhood extends BaseEntity {
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  commune!: string;

  @Property({ type: 'text', default: '' })
  description: string = '';

  @ManyToOne({ entity: () => Territory, deleteRule: 'cascade', index: true })
  territory!: Territory;
}
