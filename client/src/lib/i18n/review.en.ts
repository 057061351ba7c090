import type { reviewFr } from './review.fr';

/** The coordinators’ « to review » page: English messages, the same keys (spread into `en.ts`). */
export const reviewEn: Record<keyof typeof reviewFr, string> = {
  'review.eyebrow': 'Coordination',
  'review.title': 'To review',
  'review.lead': 'What waits for you in the workshops you run and the diagnoses you coordinate, oldest first.',
  'review.contents': 'On this page',
  'review.nothing': 'Nothing to review for now.',
  'review.total.one': '{count} item waits for your review.',
  'review.total.other': '{count} items wait for your review.',
  'review.section.pending': 'Contributions waiting to be published',
  'review.section.pendingHint': 'Workshops under strict moderation: nothing is published without you.',
  'review.section.reported': 'Reported contributions',
  'review.section.reportedHint':
    'Published, then reported by participants. Keep them if they respect the charter, hide them otherwise.',
  'review.section.proposed': 'Findings proposed during the consultation',
  'review.section.suggestions': 'Suggested edits of findings',
  'review.reports.one': '{count} report',
  'review.reports.other': '{count} reports',
  'review.approve': 'Publish',
  'review.keep': 'Keep published',
  'review.hide': 'Hide…',
  'review.hideReason': 'Reason (seen by coordinators and the author)',
  'review.hideConfirm': 'Hide',
  'review.findingFrom': '{diagnosis} · proposed by {name}, {date}',
  'review.retain': 'Retain',
  'review.setAside': 'Set aside',
} as const;
