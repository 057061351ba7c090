import type { planningEn } from './planning.en.js';

/** Workshop planning: workshops written, prompts, registrations: the same codes in French (spread into `fr.ts`). */
export const planningFr: typeof planningEn = {
  WORKSHOP_TITLE_LENGTH: (p) => `Écrivez un titre de ${p.min} à ${p.max} caractères.`,
  WORKSHOP_KIND_RESERVED: () =>
    'Une consultation s’ouvre depuis son diagnostic\u202f; choisissez un atelier, une réunion, un forum, un petit-déjeuner ou une visite.',
  WORKSHOP_UNKNOWN_TERRITORY: () => 'Choisissez le territoire où se tient l’atelier.',
  WORKSHOP_NEIGHBOURHOOD_ELSEWHERE: () => 'Choisissez seulement des quartiers du territoire de l’atelier.',
  WORKSHOP_DIAGNOSIS_NOT_YOURS: () =>
    'Seules les personnes qui coordonnent ce diagnostic peuvent y rattacher un atelier.',
  WORKSHOP_ENDS_BEFORE_START: () => 'La fin doit venir après le début.',
  WORKSHOP_DATES_RANGE: () => 'Donnez des dates entre l’année 1990 et dans dix ans.',
  WORKSHOP_PLACE_TOO_LONG: (p) => `Décrivez le lieu en ${p.max} caractères au plus.`,
  WORKSHOP_DESCRIPTION_TOO_LONG: (p) =>
    `La présentation compte ${p.length} caractères\u202f; raccourcissez-la à ${p.max} au plus.`,
  WORKSHOP_CAP_RANGE: (p) =>
    `Donnez un nombre de places entre ${p.min} et ${p.max}, ou laissez vide pour ne pas limiter.`,
  WORKSHOP_CHANGED: () =>
    'Quelqu’un a modifié cet atelier pendant que vous l’éditiez, et votre modification n’a pas été enregistrée\u00a0: vérifiez la version actuelle, puis enregistrez de nouveau.',
  PROMPT_USED: () => 'Cette question a déjà été posée à la salle\u00a0: elle reste telle qu’elle a été posée.',
  LAST_COORDINATOR: () =>
    'Un atelier garde au moins une personne qui le coordonne\u00a0: ajoutez-en une autre avant de partir.',
  REGISTRATION_CLOSED: () =>
    'Les inscriptions sont ouvertes seulement pour les ateliers annoncés qui n’ont pas encore commencé.',
  WORKSHOP_FULL: (p) => `Cet atelier est complet\u00a0: ses ${p.cap} places sont prises.`,
};
