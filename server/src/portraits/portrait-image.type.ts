import { Field, ObjectType } from 'type-graphql';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import { PortraitImage } from './portrait-image.entity.js';

export const portraitImageColumns = columnsFor(PortraitImage, { only: ['imageId', 'alt'] });
export type PortraitImageRow = RowFrom<typeof portraitImageColumns>;

export interface PortraitImageType extends PortraitImageRow {}
@ObjectType('PortraitImage', { description: 'An image of a published portrait, with its alternative text.' })
export class PortraitImageType {
  @Field(() => String, { description: 'What the image shows, for those who cannot see it (the `alt` of the page).' })
  alt!: string;
}
