import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';
import type { Context } from '../shared/context.js';
import { asPayload } from '../shared/payload.js';
import { ImageType, UploadImagePayload } from './image.type.js';
import { imageService } from './image.service.js';
import { originalPath, renditionPath } from './image.paths.js';

@Resolver(() => ImageType)
export class ImageResolver {
  @Mutation(() => UploadImagePayload, {
    description:
      'Sends an image (signed-in people): a GraphQL multipart request with the header `apollo-require-preflight`. The type is read from the bytes (JPEG, PNG or WebP; SVG is refused), the size and dimensions are checked (see `limits`), then it is stored with its WebP renditions and its original re-encoded, metadata stripped. It stays private to its sender and staff until the content using it is published.',
  })
  uploadImage(
    @Arg('file', () => GraphQLUpload, { description: 'The image file.' }) file: Promise<FileUpload>,
    @Ctx() ctx: Context,
  ): Promise<UploadImagePayload> {
    return asPayload(ctx.request.locale, () => imageService.upload(ctx, file));
  }

  @FieldResolver(() => String, {
    description:
      'Path of the WebP rendition nearest to `width` (the smallest at least as wide, else the widest); without `width`, the widest. Public images are cached for a year.',
  })
  url(
    @Root() image: ImageType,
    @Arg('width', () => Int, {
      nullable: true,
      description: 'Width the page shows it at, in CSS pixels times the density.',
    })
    width: number | null,
  ): string {
    return renditionPath(image, width);
  }

  @FieldResolver(() => String, { description: 'Path of the original, re-encoded in its own format without metadata.' })
  originalUrl(@Root() image: ImageType): string {
    return originalPath(image);
  }
}
