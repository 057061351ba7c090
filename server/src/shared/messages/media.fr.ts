import type { mediaEn } from './media.en.js';

/** Images: uploads: the same codes in French (spread into `fr.ts`). */
export const mediaFr: typeof mediaEn = {
  IMAGE_MISSING: () => 'Choisissez un fichier image à envoyer.',
  IMAGE_EMPTY: () => 'Ce fichier est vide\u00a0: choisissez l’image à nouveau.',
  IMAGE_TOO_LARGE: (p) =>
    `Ce fichier dépasse ${p.maxMegabytes}\u00a0Mo\u00a0: envoyez une version plus légère de l’image.`,
  IMAGE_TYPE: (p) =>
    `Ce fichier n’est pas une image dans un format accepté (${p.accepted})\u00a0: exportez-la dans l’un d’eux et envoyez-la à nouveau.`,
  IMAGE_UNREADABLE: () =>
    'Cette image n’a pas pu être lue jusqu’au bout (abîmée ou tronquée)\u00a0: ouvrez-la, enregistrez-la à nouveau et envoyez le nouveau fichier.',
  IMAGE_DIMENSIONS: (p) =>
    `Cette image a trop de pixels\u00a0: au plus ${p.maxSide}\u00a0pixels de côté et ${p.maxMegapixels}\u00a0millions de pixels en tout. Réduisez-la et envoyez-la à nouveau.`,
  IMAGE_NOT_ATTACHABLE: () =>
    'Cette image n’existe pas ou a été envoyée par quelqu’un d’autre\u00a0: envoyez l’image vous-même.',
};
