import type { organizationsEn } from './organizations.en.js';

/** Organizations, members, invitations and people: the same codes in French (spread into `fr.ts`). */
export const organizationsFr: typeof organizationsEn = {
  ORGANIZATION_NAME_LENGTH: (p) => `Donnez un nom de ${p.min} à ${p.max}\u00a0caractères.`,
  ORGANIZATION_NAME_TAKEN: () =>
    'Une organisation porte déjà ce nom\u00a0: choisissez-en un autre, ou demandez à la rejoindre.',
  ORGANIZATION_TEXT_TOO_LONG: (p) =>
    `Ce texte compte ${p.length}\u00a0caractères\u00a0; raccourcissez-le à ${p.max} au plus.`,
  ORGANIZATION_WEBSITE_INVALID: () =>
    'Donnez l’adresse complète du site, commençant par «\u00a0https\u00a0» (ou laissez le champ vide).',
  ORGANIZATION_PHONE_INVALID: () =>
    'Donnez un numéro fait de chiffres, d’espaces, de points, de tirets, de parenthèses et d’un + au début (ou laissez le champ vide).',
  ORGANIZATION_CHANGED: () =>
    'Quelqu’un a modifié cette fiche depuis que vous l’avez ouverte\u00a0: rien n’a été enregistré. La voici telle qu’elle est maintenant\u00a0: refaites vos modifications.',
  ORGANIZATION_REQUEST_DECIDED: () => 'Cette demande a déjà reçu une réponse.',
  INVITATION_INVALID: () =>
    'Ce lien d’invitation n’est pas valable\u00a0: vérifiez qu’il a été copié en entier, ou demandez-en un nouveau à l’organisation.',
  INVITATION_EXPIRED: (p) =>
    `Cette invitation a expiré (les liens servent ${p.hours}\u00a0heures)\u00a0: demandez-en une nouvelle à l’organisation.`,
  INVITATION_USED: () => 'Cette invitation a déjà servi\u00a0: demandez-en une nouvelle à l’organisation.',
  INVITATION_REVOKED: () => 'L’organisation a retiré cette invitation.',
  INVITATION_NOT_PENDING: () => 'Cette invitation n’est plus ouverte\u00a0: elle a servi, a été retirée ou a expiré.',
  ALREADY_MEMBER: () => 'Vous êtes déjà membre de cette organisation.',
  JOIN_ALREADY_REQUESTED: () => 'Vous avez déjà demandé à la rejoindre\u00a0: ses responsables vous répondront.',
  JOIN_REQUEST_DECIDED: () => 'Cette demande d’adhésion a déjà reçu une réponse.',
  MEMBER_NOT_FOUND: () => 'Cette personne n’est pas membre de l’organisation.',
  LAST_MANAGER: () =>
    'L’organisation doit garder au moins un responsable\u00a0: nommez d’abord un autre membre responsable.',
};
