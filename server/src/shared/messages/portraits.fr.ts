import type { portraitsEn } from './portraits.en.js';

/** Portraits: the structured editor: the same codes in French (spread into `fr.ts`). */
export const portraitsFr: typeof portraitsEn = {
  PORTRAIT_NAME_LENGTH: (p) => `Donnez au projet un nom de ${p.min} à ${p.max}\u00a0caractères.`,
  PORTRAIT_TEXT_TOO_LONG: (p) =>
    `Ce texte compte ${p.length}\u00a0caractères\u202f; raccourcissez-le à ${p.max}\u00a0au plus.`,
  PORTRAIT_YEAR_RANGE: (p) => `Indiquez une année entre ${p.min} et ${p.max}.`,
  PORTRAIT_DURATION_RANGE: (p) => `Indiquez une durée de ${p.min} à ${p.max}\u00a0mois.`,
  PORTRAIT_WEBSITE_INVALID: () =>
    'Indiquez l’adresse complète d’un site web, commençant par «\u00a0https\u00a0» ou «\u00a0http\u00a0».',
  PORTRAIT_AMOUNT_INVALID: () =>
    'Indiquez un montant en euros, positif ou nul, avec au plus 2\u00a0décimales (par exemple 12500,50).',
  PORTRAIT_VALUE_INVALID: () => 'Indiquez le chiffre en nombre, avec au plus 2\u00a0décimales (par exemple 42 ou 3,5).',
  PORTRAIT_DATE_INVALID: () =>
    'Indiquez une date sous la forme d’une année (2021), d’un mois (2021-03) ou d’un jour (2021-03-15).',
  PORTRAIT_PERIOD_ORDER: () => 'La fin de la période précède son début\u00a0: inversez-les ou corrigez-les.',
  PORTRAIT_EU_AXIS_NOT_EU: () =>
    'Seul un fonds européen a un axe prioritaire\u00a0: effacez l’axe ou choisissez une source européenne.',
  PORTRAIT_CARRIER_REQUIRED: () => 'Un projet a besoin d’au moins une structure porteuse.',
  PORTRAIT_PARTNER_DUPLICATE: () => 'Cette structure a déjà ce rôle dans le projet.',
  PORTRAIT_SELF_REPLICATION: () => 'Un projet ne peut pas essaimer de lui-même.',
  PORTRAIT_UNKNOWN_PORTRAIT: () => 'Ce portrait n’existe pas ou n’est pas publié\u00a0: choisissez-en un autre.',
  PORTRAIT_UNKNOWN_FINDINGS: (p) =>
    `${p.count === 1 ? 'Un constat est inconnu ou non visible' : `${p.count}\u00a0constats sont inconnus ou non visibles`}\u00a0: choisissez parmi les constats proposés.`,
  PORTRAIT_UNKNOWN_ORGANIZATION: () => 'Cette structure n’existe pas\u00a0: choisissez-la dans la liste.',
  PORTRAIT_UNKNOWN_TERRITORY: () => 'Ce territoire n’existe pas\u00a0: choisissez-le dans la liste.',
  PORTRAIT_UNKNOWN_THEMES: (p) =>
    `${p.count === 1 ? 'Un thème est inconnu' : `${p.count}\u00a0thèmes sont inconnus`}\u00a0: choisissez parmi les thèmes proposés.`,
  PORTRAIT_TOO_MANY: (p) => `Un portrait en compte au plus ${p.max}.`,
  PORTRAIT_LABEL_LENGTH: (p) => `Écrivez de ${p.min} à ${p.max}\u00a0caractères.`,
  PORTRAIT_IMAGE_ALT_LENGTH: (p) =>
    `Décrivez l’image en ${p.min} à ${p.max}\u00a0caractères, pour qui ne peut pas la voir.`,
  PORTRAIT_IMAGE_DUPLICATE: () => 'Cette image figure déjà dans le portrait.',
  PORTRAIT_STAGE_BEFORE_PREVIOUS: (p) =>
    `Un changement d’étape ne peut pas être daté d’avant le précédent (${p.date}).`,
  PORTRAIT_STAGE_UNCHANGED: () => 'Le projet en est déjà à cette étape.',
  PORTRAIT_ITEM_GONE: () =>
    'Cet élément ne figure plus dans le portrait\u00a0: rechargez la page pour le voir tel qu’il est.',
  PORTRAIT_MOVE_IMPOSSIBLE: () => 'Cet élément ne peut pas aller plus loin dans ce sens.',
  PORTRAIT_NOT_CLAIMABLE: () => 'Cette idée a déjà été reprise ou n’est plus une idée sans porteur.',
  PORTRAIT_NOT_MEMBER: () => 'Choisissez une structure dont vous êtes membre\u00a0: elle portera le projet.',
};
