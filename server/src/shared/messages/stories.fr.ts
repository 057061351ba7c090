import type { storiesEn } from './stories.en.js';

/** Stories and testimonies: the same codes in French (spread into `fr.ts`). */
export const storiesFr: typeof storiesEn = {
  STORY_TITLE_LENGTH: (p) => `Écrivez un titre de ${p.min} à ${p.max}\u00a0caractères.`,
  STORY_SUMMARY_LENGTH: (p) => `Le résumé ne peut pas dépasser ${p.max}\u00a0caractères.`,
  STORY_BODY_LENGTH: (p) => `Écrivez un récit de ${p.min} à ${p.max}\u00a0caractères.`,
  STORY_TELLER_NAME_LENGTH: (p) =>
    `Donnez le nom de la personne qui raconte en ${p.min} à ${p.max}\u00a0caractères, ou cochez «\u00a0anonyme\u00a0».`,
  STORY_TELLER_ROLE_LENGTH: (p) => `Le rôle de la personne qui raconte ne peut pas dépasser ${p.max}\u00a0caractères.`,
  STORY_TEXT_CHARACTERS: () => 'Ce texte contient des caractères de contrôle\u00a0: retirez-les.',
  TESTIMONY_CONSENT: () =>
    'Un témoignage n’est publié qu’avec l’accord de la personne qui le donne\u00a0: cochez la case de consentement.',
  STORY_TERRITORY_UNKNOWN: () => 'Choisissez le territoire d’où vient le récit.',
  STORY_LINK_UNKNOWN: () =>
    'L’un des éléments choisis n’existe pas ou n’est pas public\u00a0: choisissez-le de nouveau dans la liste.',
  STORY_TOO_MANY_LINKS: (p) => `Choisissez-en ${p.max} au plus.`,
};
