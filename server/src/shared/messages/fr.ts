import type {
  Catalogue,
  DiagnosisStatusName,
  DiagnosisTransitionName,
  ModerationStateName,
  TransitionName,
  WorkshopStatusName,
} from './en.js';
import { planningFr } from './planning.fr.js';
import { authoringFr } from './authoring.fr.js';
import { storiesFr } from './stories.fr.js';
import { portraitsFr } from './portraits.fr.js';
import { mediaFr } from './media.fr.js';
import { organizationsFr } from './organizations.fr.js';

// French typography: a no-break space (\u00a0) before « : » and inside guillemets, a narrow one
// (\u202f) before « ; ! ? », so that a line never starts with the sign.

const statusFr: Record<WorkshopStatusName, string> = {
  DRAFT: 'en brouillon',
  SCHEDULED: 'programmé',
  LIVE: 'en direct',
  PAUSED: 'en pause',
  CLOSED: 'clos',
};

const transitionFr: Record<TransitionName, string> = {
  schedule: 'programmé',
  open: 'ouvert',
  pause: 'mis en pause',
  close: 'clos',
  reopen: 'rouvert',
};

const stateFr: Record<ModerationStateName, string> = {
  PENDING: 'en attente',
  PUBLISHED: 'publiée',
  HIDDEN: 'masquée',
  WITHDRAWN: 'retirée',
  MERGED: 'fusionnée',
};

/** Ce que l’API dit aux personnes, en français, par code stable. */
export const fr: Catalogue = {
  WORKSHOP_PAUSED: () =>
    'L’atelier est en pause\u00a0: vous pourrez publier à nouveau quand la coordination le relancera.',
  WORKSHOP_CLOSED: () => 'L’atelier est clos\u00a0: il ne reçoit plus de contributions.',
  WORKSHOP_NOT_STARTED: () => 'L’atelier n’a pas encore commencé.',
  WORKSHOP_IS_CLOSED: () => 'Cet atelier est clos.',
  TRANSITION_REFUSED: (p) =>
    `Cet atelier est ${statusFr[p.status]}\u00a0: il ne peut pas être ${transitionFr[p.transition]}.`,
  REOPEN_TOO_LATE: (p) =>
    `Cet atelier a été clos il y a plus de ${p.hours}\u00a0heures\u00a0: ce qui a été dit fait désormais foi. Pour continuer, créez un nouvel atelier.`,
  PROMPT_ELSEWHERE: () => 'Cette question appartient à un autre atelier.',
  QUESTION_LENGTH: (p) => `Écrivez une question de ${p.min} à ${p.max} caractères.`,

  BODY_EMPTY: () => 'Écrivez quelque chose avant de publier.',
  BODY_TOO_LONG: (p) => `Le texte compte ${p.length} caractères\u00a0: raccourcissez-le à ${p.max} au plus.`,
  TOO_MANY_THEMES: (p) => `Choisissez au plus ${p.max} thèmes.`,
  UNKNOWN_THEMES: (p) => `Thème inconnu\u00a0: ${p.slugs.join(', ')}.`,
  UNKNOWN_NEIGHBOURHOOD: () => 'Quartier inconnu.',
  REPLY_ELSEWHERE: () => 'Vous ne pouvez répondre qu’à une contribution de cet atelier.',
  REPLY_TO_REPLY: () => 'Répondez à la contribution d’origine, pas à une réponse.',
  REPLY_TO_UNPUBLISHED: () => 'Vous pourrez répondre une fois la contribution publiée.',
  EDIT_WINDOW_OVER: (p) => `Une contribution peut être modifiée pendant ${p.minutes} minutes après sa publication.`,
  NO_LONGER_CHANGEABLE: () => 'Cette contribution ne peut plus être modifiée.',
  CONTRIBUTION_CHANGED: () =>
    'Cette contribution a changé pendant que vous la modifiiez et votre modification n’a pas été enregistrée\u00a0: reportez-la dans le texte actuel, puis enregistrez de nouveau.',
  ONLY_PUBLISHED_SUPPORTED: () => 'Seules les contributions publiées peuvent être soutenues.',
  CANNOT_SUPPORT_OWN: () => 'Vous ne pouvez pas dire «\u00a0moi aussi\u00a0» à votre propre contribution.',
  REPORT_NOT_ALLOWED: () => 'Seule la contribution publiée de quelqu’un d’autre peut être signalée.',
  ALREADY_REPORTED: () => 'Vous avez déjà signalé cette contribution.',
  REPORT_REASON_LENGTH: (p) => `Dites en ${p.min} à ${p.max} caractères ce qui ne va pas.`,

  MODERATION_NOT_APPLICABLE: (p) =>
    `Cette contribution est ${stateFr[p.state]}\u00a0: cette action ne s’y applique pas.`,
  MODERATION_NOTHING_TO_DO: () => 'Cette action ne s’applique pas à cette contribution telle qu’elle est.',
  HIDE_REASON_LENGTH: (p) => `Indiquez un motif de ${p.min} à ${p.max} caractères.`,
  MERGE_SAME: () => 'Choisissez deux contributions différentes.',
  MERGE_ACROSS_WORKSHOPS: () => 'Les deux contributions doivent appartenir au même atelier.',
  MERGE_KEEP_STATE: () => 'La contribution conservée doit être publiée ou en attente de validation.',

  DISPLAY_NAME_LENGTH: (p) => `Indiquez un nom de ${p.min} à ${p.max} caractères.`,
  DISPLAY_NAME_CHARACTERS: () => 'Le nom ne peut contenir ni < > ni caractères de contrôle.',
  NAME_SUGGESTS_STAFF: () =>
    'Ce nom laisse croire à un rôle sur QuartierLab (coordination, modération, administration)\u00a0: choisissez un nom à vous.',
  NAME_OF_STAFF: () => 'Ce nom est celui d’un membre de l’équipe QuartierLab\u00a0: choisissez-en un autre.',
  EMAIL_INVALID: () => 'Saisissez une adresse e-mail valide.',
  EMAIL_INVISIBLE_CHARACTERS: () =>
    'L’adresse contient des espaces ou des caractères invisibles\u00a0: saisissez-la de nouveau à la main.',
  EMAIL_MIXED_SCRIPTS: () =>
    'La partie après @ mêle des lettres latines à des lettres cyrilliques ou grecques qui leur ressemblent\u00a0: saisissez-la de nouveau à la main.',
  EMAIL_DOTS: () => 'La partie après @ ne peut ni commencer ni finir par un point, ni en contenir deux de suite.',
  PASSWORD_TOO_SHORT: (p) => `Choisissez un mot de passe d’au moins ${p.min} caractères.`,
  PASSWORD_TOO_LONG: (p) => `Le mot de passe ne peut pas dépasser ${p.max} caractères.`,
  SIGN_UP_LINK_INVALID: () =>
    'Ce lien n’est pas valable, ou il a déjà servi. Si votre compte a été créé, connectez-vous\u202f; sinon, inscrivez-vous de nouveau.',
  SIGN_UP_LINK_EXPIRED: (p) => `Ce lien a expiré (il valait ${p.hours} heures)\u00a0: inscrivez-vous de nouveau.`,
  SIGN_UP_ADDRESS_TAKEN: () =>
    'Ce lien ne permet plus de créer de compte avec cette adresse\u00a0: connectez-vous, ou inscrivez-vous avec une autre adresse.',
  SIGN_IN_FAILED: () => 'Adresse e-mail ou mot de passe incorrect.',
  SIGN_IN_LOCKED: (p) =>
    `Trop d’échecs de connexion\u00a0: attendez ${p.minutes} minute${p.minutes > 1 ? 's' : ''} puis réessayez.`,
  JOIN_CODE_SHAPE: () => 'Un code d’atelier compte 6 lettres ou chiffres.',
  JOIN_CODE_UNKNOWN: () => 'Aucun atelier en direct n’a ce code\u00a0: vérifiez-le auprès des organisateurs.',
  COORDINATOR_ROLE_FIRST: () => 'Donnez d’abord le rôle de coordination à cette personne.',
  DIAGNOSIS_TRANSITION_REFUSED: (p) =>
    `Ce diagnostic est ${diagnosisStatusFr[p.status]}\u00a0: il ne peut pas être ${diagnosisTransitionFr[p.transition]}.`,
  DIAGNOSIS_REASON_LENGTH: (p) => `Dites pourquoi, en ${p.min} à ${p.max}\u00a0caractères.`,
  DIAGNOSIS_FROZEN: (p) =>
    `Ce diagnostic est ${diagnosisStatusFr[p.status]}\u00a0: il ne change plus. Une personne de la coordination peut le rouvrir.`,
  DIAGNOSIS_NOT_IN_CONSULTATION: () =>
    'Ce diagnostic n’est pas en consultation\u00a0: contributions, soutiens et commentaires s’ouvrent avec elle.',
  DIAGNOSIS_PERIOD_SHAPE: () => 'Indiquez la période par une année (2026) ou deux (2026-2027).',
  DIAGNOSIS_PERIOD_TAKEN: () => 'Ce territoire a déjà un diagnostic pour cette période.',
  DIAGNOSIS_TITLE_LENGTH: (p) => `Écrivez un titre de ${p.min} à ${p.max}\u00a0caractères.`,
  WORKSHOP_DIAGNOSIS_ELSEWHERE: () =>
    'Ce diagnostic est celui d’un autre territoire\u00a0: liez l’atelier à un diagnostic du sien.',
  CONTRIBUTION_NOT_MEMBER: () => 'Vous ne pouvez parler qu’au nom d’une organisation dont vous êtes membre.',
  FINDING_TITLE_LENGTH: (p) => `Écrivez un titre de ${p.min} à ${p.max}\u00a0caractères.`,
  FINDING_STATEMENT_LENGTH: (p) => `Écrivez un constat de ${p.min} à ${p.max}\u00a0caractères.`,
  FINDING_CHANGED: (p) =>
    `${p.by} a modifié ce constat depuis que vous l’avez ouvert\u00a0: rien n’a été enregistré. Voici son texte actuel à côté du vôtre\u00a0: fusionnez-les, puis enregistrez de nouveau.`,
  FINDING_MERGED: () => 'Ce constat a été fusionné dans un autre\u00a0: travaillez plutôt sur celui-ci.',
  FINDING_STATUS_UNCHANGED: () => 'Le constat a déjà ce statut.',
  FINDING_MERGE_SAME: () => 'Choisissez un autre constat dans lequel fusionner.',
  FINDING_MERGE_ACROSS: () => 'On ne fusionne que des constats d’un même diagnostic.',
  FINDING_AWAITING_REVIEW: () =>
    'Cette proposition attend la coordination\u00a0: on pourra la soutenir une fois examinée.',
  REVISION_ELSEWHERE: () => 'Cette version appartient à un autre constat.',
  REVISION_IS_CURRENT: () => 'Cette version est déjà le texte actuel du constat.',
  SUGGESTION_REVIEWED: () => 'Cette suggestion a déjà été examinée.',
  REVIEW_NOTE_LENGTH: (p) => `La note ne peut pas dépasser ${p.max}\u00a0caractères.`,
  EVIDENCE_NONE: () => 'Sélectionnez au moins une contribution.',
  EVIDENCE_TOO_MANY: (p) => `Sélectionnez au plus ${p.max}\u00a0contributions à la fois.`,
  EVIDENCE_NOT_PUBLISHED: () => 'Seules des contributions publiées peuvent étayer un constat.',
  EVIDENCE_ELSEWHERE: () => 'Cette contribution vient d’un atelier d’un autre territoire.',
  EVIDENCE_NOT_ATTACHED: () => 'Cette contribution n’étaye pas ce constat.',
  COSIGN_NOT_MEMBER: () => 'Vous ne pouvez cosigner qu’au nom d’une organisation dont vous êtes membre.',
  COSIGN_NOT_ALLOWED: () => 'Cette organisation ne permet pas à ses membres de cosigner en son nom.',
  COMMENT_LENGTH: (p) => `Écrivez un commentaire de ${p.min} à ${p.max}\u00a0caractères.`,
  PROJECT_IDEA_NOT_RETAINED: () =>
    'Seul un constat retenu peut faire naître une idée de projet\u00a0: retenez-le d’abord.',
  ...planningFr,
  ...authoringFr,
  ...storiesFr,
  ...portraitsFr,
  ...mediaFr,
  ...organizationsFr,
};

const diagnosisStatusFr: Record<DiagnosisStatusName, string> = {
  DRAFT: 'un brouillon',
  CONSULTATION: 'en consultation',
  VALIDATED: 'validé',
  ARCHIVED: 'archivé',
};

const diagnosisTransitionFr: Record<DiagnosisTransitionName, string> = {
  consult: 'ouvert à la consultation',
  validate: 'validé',
  archive: 'archivé',
  reopen: 'rouvert',
};
