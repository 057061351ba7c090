/** Images: uploads: what the API says, in English (spread into `en.ts`). */
export const mediaEn = {
  IMAGE_MISSING: () => 'Choose an image file to send.',
  IMAGE_EMPTY: () => 'This file is empty: choose the image again.',
  IMAGE_TOO_LARGE: (p: { maxMegabytes: number }) =>
    `This file is larger than ${p.maxMegabytes} MB: send a smaller version of the image.`,
  IMAGE_TYPE: (p: { accepted: string }) =>
    `This file is not an image in an accepted format (${p.accepted}): export it as one of them and send it again.`,
  IMAGE_UNREADABLE: () =>
    'This image could not be read to the end (damaged or cut short): open it, save it again and send the new file.',
  IMAGE_DIMENSIONS: (p: { maxSide: number; maxMegapixels: number }) =>
    `This image is too big in pixels: at most ${p.maxSide} pixels a side and ${p.maxMegapixels} million pixels in all. Reduce it and send it again.`,
  IMAGE_NOT_ATTACHABLE: () => 'This image does not exist or was sent by someone else: send the image again yourself.',
};
