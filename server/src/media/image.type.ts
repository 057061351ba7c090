import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { UserError } from '../shared/payload.js';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import { Image } from './image.entity.js';

export const imageColumns = columnsFor(Image, {
  only: ['id', 'uploadedById', 'format', 'width', 'height', 'widths', 'isPublic'],
});

export interface ImageType extends RowFrom<typeof imageColumns> {}
@ObjectType('Image', {
  implements: Node,
  description:
    'An uploaded picture, served at several widths in WebP (and its original, metadata stripped). Seen by anyone once the content using it is published; before that, by its uploader and staff.',
})
export class ImageType extends Node {
  @Field(() => Int, { description: 'Width of the original in pixels, upright.' })
  width!: number;

  @Field(() => Int, { description: 'Height of the original in pixels, upright.' })
  height!: number;
}

@ObjectType('UploadImagePayload', { description: 'Result of sending an image.' })
export class UploadImagePayload {
  @Field(() => ImageType, {
    nullable: true,
    description: 'The image stored; null with user errors (then nothing is stored).',
  })
  image?: ImageType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}
