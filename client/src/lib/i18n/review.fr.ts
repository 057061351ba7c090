/** The coordinators’ « to review » page: French messages (spread into `fr.ts`). */
export const reviewFr = {
  'review.eyebrow': 'Coordination',
  'review.title': 'À relire',
  'review.lead':
    'Ce qui attend votre regard dans les ateliers que vous animez et les diagnostics que vous coordonnez, du plus ancien au plus récent.',
  'review.contents': 'Sommaire de la page',
  'review.nothing': 'Rien à relire pour l’instant.',
  'review.total.one': '{count}\u00a0élément attend votre relecture.',
  'review.total.other': '{count}\u00a0éléments attendent votre relecture.',
  'review.section.pending': 'Contributions en attente de publication',
  'review.section.pendingHint': 'Ateliers en modération stricte\u00a0: rien n’est publié sans vous.',
  'review.section.reported': 'Contributions signalées',
  'review.section.reportedHint':
    'Publiées, puis signalées par des participants. Gardez-les si elles respectent la charte, masquez-les sinon.',
  'review.section.proposed': 'Constats proposés pendant la consultation',
  'review.section.suggestions': 'Modifications de constats suggérées',
  'review.reports.one': '{count}\u00a0signalement',
  'review.reports.other': '{count}\u00a0signalements',
  'review.approve': 'Publier',
  'review.keep': 'Garder publiée',
  'review.hide': 'Masquer…',
  'review.hideReason': 'Motif (visible des coordinateurs et de l’auteur)',
  'review.hideConfirm': 'Masquer',
  'review.findingFrom': '{diagnosis} · proposé par {name}, le {date}',
  'review.retain': 'Retenir',
  'review.setAside': 'Écarter',
} as const;
