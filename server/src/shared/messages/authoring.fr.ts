import type { authoringEn } from './authoring.en.js';

/** Authored content: drafts, review, revisions (stories and portraits): the same codes in French (spread into `fr.ts`). */
export const authoringFr: typeof authoringEn = {
  DRAFT_CHANGED: (p) =>
    `${p.by} a modifié ce brouillon depuis que vous l’avez ouvert\u00a0: rien n’a été enregistré. Voici son texte actuel à côté du vôtre\u00a0: reportez-y vos changements, puis enregistrez de nouveau.`,
  DRAFT_ALREADY_SUBMITTED: () => 'Il attend déjà d’être relu.',
  DRAFT_ALREADY_PUBLISHED: () => 'Il est déjà publié tel quel\u00a0: modifiez-le d’abord.',
  DRAFT_ALREADY_WITHDRAWN: () => 'Il est déjà retiré des pages publiques.',
  DRAFT_NOT_SUBMITTED: () => 'On ne demande des changements que sur ce qui a été soumis à relecture.',
  DRAFT_REVISION_CURRENT: () => 'Le brouillon se lit déjà comme cette version.',
  CHANGES_NOTE_LENGTH: (p) => `Dites en ${p.min} à ${p.max}\u00a0caractères ce qu’il faut changer.`,
};
