import { describe, expect, it } from 'vitest';
import { planningSamples } from './planning.samples.js';
import { authoringSamples } from './authoring.samples.js';
import { storiesSamples } from './stories.samples.js';
import { portraitsSamples } from './portraits.samples.js';
import { mediaSamples } from './media.samples.js';
import { organizationsSamples } from './organizations.samples.js';
import { catalogues, render, type MessageArgs, type MessageCode, type Msg } from './index.js';

/** Parameters for every code: a code added without one does not compile. */
const samples: { [C in MessageCode]: MessageArgs<C> } = {
  WORKSHOP_PAUSED: [],
  WORKSHOP_CLOSED: [],
  WORKSHOP_NOT_STARTED: [],
  WORKSHOP_IS_CLOSED: [],
  TRANSITION_REFUSED: [{ status: 'LIVE', transition: 'schedule' }],
  REOPEN_TOO_LATE: [{ hours: 24 }],
  PROMPT_ELSEWHERE: [],
  QUESTION_LENGTH: [{ min: 3, max: 300 }],
  BODY_EMPTY: [],
  BODY_TOO_LONG: [{ length: 2001, max: 2000 }],
  TOO_MANY_THEMES: [{ max: 5 }],
  UNKNOWN_THEMES: [{ slugs: ['nope', 'jamais'] }],
  UNKNOWN_NEIGHBOURHOOD: [],
  REPLY_ELSEWHERE: [],
  REPLY_TO_REPLY: [],
  REPLY_TO_UNPUBLISHED: [],
  EDIT_WINDOW_OVER: [{ minutes: 15 }],
  NO_LONGER_CHANGEABLE: [],
  CONTRIBUTION_CHANGED: [],
  ONLY_PUBLISHED_SUPPORTED: [],
  CANNOT_SUPPORT_OWN: [],
  REPORT_NOT_ALLOWED: [],
  ALREADY_REPORTED: [],
  REPORT_REASON_LENGTH: [{ min: 3, max: 500 }],
  MODERATION_NOT_APPLICABLE: [{ state: 'WITHDRAWN' }],
  MODERATION_NOTHING_TO_DO: [],
  HIDE_REASON_LENGTH: [{ min: 3, max: 500 }],
  MERGE_SAME: [],
  MERGE_ACROSS_WORKSHOPS: [],
  MERGE_KEEP_STATE: [],
  DISPLAY_NAME_LENGTH: [{ min: 2, max: 60 }],
  DISPLAY_NAME_CHARACTERS: [],
  NAME_SUGGESTS_STAFF: [],
  NAME_OF_STAFF: [],
  EMAIL_INVALID: [],
  EMAIL_INVISIBLE_CHARACTERS: [],
  EMAIL_MIXED_SCRIPTS: [],
  EMAIL_DOTS: [],
  PASSWORD_TOO_SHORT: [{ min: 12 }],
  PASSWORD_TOO_LONG: [{ max: 256 }],
  SIGN_UP_LINK_INVALID: [],
  SIGN_UP_LINK_EXPIRED: [{ hours: 24 }],
  SIGN_UP_ADDRESS_TAKEN: [],
  SIGN_IN_FAILED: [],
  SIGN_IN_LOCKED: [{ minutes: 2 }],
  JOIN_CODE_SHAPE: [],
  JOIN_CODE_UNKNOWN: [],
  COORDINATOR_ROLE_FIRST: [],
  DIAGNOSIS_TRANSITION_REFUSED: [{ status: 'VALIDATED', transition: 'consult' }],
  DIAGNOSIS_REASON_LENGTH: [{ min: 3, max: 500 }],
  DIAGNOSIS_FROZEN: [{ status: 'ARCHIVED' }],
  DIAGNOSIS_NOT_IN_CONSULTATION: [],
  DIAGNOSIS_PERIOD_SHAPE: [],
  DIAGNOSIS_PERIOD_TAKEN: [],
  DIAGNOSIS_TITLE_LENGTH: [{ min: 3, max: 200 }],
  WORKSHOP_DIAGNOSIS_ELSEWHERE: [],
  CONTRIBUTION_NOT_MEMBER: [],
  FINDING_TITLE_LENGTH: [{ min: 3, max: 200 }],
  FINDING_STATEMENT_LENGTH: [{ min: 3, max: 5000 }],
  FINDING_CHANGED: [{ by: 'Awa' }],
  FINDING_MERGED: [],
  FINDING_STATUS_UNCHANGED: [],
  FINDING_MERGE_SAME: [],
  FINDING_MERGE_ACROSS: [],
  FINDING_AWAITING_REVIEW: [],
  REVISION_ELSEWHERE: [],
  REVISION_IS_CURRENT: [],
  SUGGESTION_REVIEWED: [],
  REVIEW_NOTE_LENGTH: [{ max: 500 }],
  EVIDENCE_NONE: [],
  EVIDENCE_TOO_MANY: [{ max: 50 }],
  EVIDENCE_NOT_PUBLISHED: [],
  EVIDENCE_ELSEWHERE: [],
  EVIDENCE_NOT_ATTACHED: [],
  COSIGN_NOT_MEMBER: [],
  COSIGN_NOT_ALLOWED: [],
  COMMENT_LENGTH: [{ min: 2, max: 2000 }],
  PROJECT_IDEA_NOT_RETAINED: [],
  ...planningSamples,
  ...authoringSamples,
  ...storiesSamples,
  ...portraitsSamples,
  ...mediaSamples,
  ...organizationsSamples,
};

const codes = Object.keys(samples) as MessageCode[];
const message = (code: MessageCode): Msg => ({ code, params: samples[code][0] });

describe('the API’s message catalogue', () => {
  it('has a French and an English message for every code, and nothing else', () => {
    expect(Object.keys(catalogues.fr).sort()).toEqual([...codes].sort());
    expect(Object.keys(catalogues.en).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      for (const locale of ['fr', 'en'] as const) {
        const text = render(locale, message(code));
        expect(text.trim().length, `${locale} ${code}`).toBeGreaterThan(5);
        expect(text, `${locale} ${code}`).not.toMatch(/undefined|NaN|\[object/);
        expect(text, `${locale} ${code} ends a sentence`).toMatch(/[.!?]$/);
      }
    }
  });

  it('says the parameters in both languages', () => {
    expect(render('fr', message('BODY_TOO_LONG'))).toMatch(/2001.*2000/);
    expect(render('en', message('BODY_TOO_LONG'))).toMatch(/2001.*2000/);
    expect(render('fr', message('UNKNOWN_THEMES'))).toContain('nope, jamais');
    expect(render('fr', message('MODERATION_NOT_APPLICABLE'))).toContain('retirée');
    expect(render('fr', message('TRANSITION_REFUSED'))).toBe(
      'Cet atelier est en direct\u00a0: il ne peut pas être programmé.',
    );
    expect(render('en', message('SIGN_IN_LOCKED'))).toContain('2 minutes');
  });

  it('keeps French typography: a no-break space before ; : ! ? and inside « »', () => {
    for (const code of codes) {
      const text = render('fr', message(code));
      // Neither an ordinary space nor none at all before a high sign (times such as 18:00 aside).
      expect(text, code).not.toMatch(/[^\u00a0\u202f\d][;:!?]/);
      expect(text, code).not.toMatch(/«[^\u00a0\u202f]|[^\u00a0\u202f]»/);
      expect(text, code).not.toMatch(/'/);
    }
  });

  it('keeps English typography: no space before a sign, curly apostrophes and quotes', () => {
    for (const code of codes) {
      const text = render('en', message(code));
      expect(text, code).not.toMatch(/[\s\u00a0\u202f][;:!?]|[«»"]/);
      expect(text, code).not.toMatch(/'/);
    }
  });
});
