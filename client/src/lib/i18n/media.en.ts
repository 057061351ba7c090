import type { mediaFr } from './media.fr';

/** Images: English messages (spread into `en.ts`). */
export const mediaEn: Record<keyof typeof mediaFr, string> = {
  'media.file': 'Image',
  'media.fileHint': '{types}, {size} MB at most.',
  'media.fileReplace': 'Replace the image (optional)',
  'media.alt': 'Description of the image',
  'media.altHint': 'What the image shows, for people who cannot see it.',
  'media.current': 'Image sent',
};
