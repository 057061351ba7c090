/** Images: French messages (spread into `fr.ts`). */
export const mediaFr = {
  'media.file': 'Image',
  'media.fileHint': '{types}, {size}\u00a0Mo au plus.',
  'media.fileReplace': 'Remplacer l’image (facultatif)',
  'media.alt': 'Description de l’image',
  'media.altHint': 'Ce que montre l’image, pour les personnes qui ne la voient pas.',
  'media.current': 'Image envoyée',
} as const;
