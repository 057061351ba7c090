import { Entity, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Image } from '../media/image.entity.js';
import { Portrait } from './portrait.entity.js';

/** An image of the published edition of a portrait, with its alternative text, in order. */
@Entity({ tableName: 'portrait_image' })
export class PortraitImage {
  [PrimaryKeyProp]?: ['portrait', 'image'];

  @ManyToOne({ entity: () => Portrait, primary: true, deleteRule: 'cascade' })
  portrait!: Portrait;

  @ManyToOne({ entity: () => Image, primary: true, deleteRule: 'cascade', index: true })
  image!: Image;

  @Property({ type: 'text' })
  alt!: string;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}
