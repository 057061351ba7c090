import type { Range } from './en.js';

/** Portraits: the structured editor: what the API says, in English (spread into `en.ts`). */
export const portraitsEn = {
  PORTRAIT_NAME_LENGTH: (p: Range) => `Give the project a name of ${p.min} to ${p.max} characters.`,
  PORTRAIT_TEXT_TOO_LONG: (p: { length: number; max: number }) =>
    `This text has ${p.length} characters; shorten it to ${p.max} at most.`,
  PORTRAIT_YEAR_RANGE: (p: Range) => `Give a year between ${p.min} and ${p.max}.`,
  PORTRAIT_DURATION_RANGE: (p: Range) => `Give a duration of ${p.min} to ${p.max} months.`,
  PORTRAIT_WEBSITE_INVALID: () => 'Give a web address starting with https:// or http://.',
  PORTRAIT_AMOUNT_INVALID: () => 'Give an amount in euros, zero or more, with at most 2 decimals (e.g. 12500.50).',
  PORTRAIT_VALUE_INVALID: () => 'Give the figure as a number, with at most 2 decimals (e.g. 42 or 3.5).',
  PORTRAIT_DATE_INVALID: () => 'Give a date as a year (2021), a month (2021-03) or a day (2021-03-15).',
  PORTRAIT_PERIOD_ORDER: () => 'The end of the period comes before its start: swap or fix them.',
  PORTRAIT_EU_AXIS_NOT_EU: () =>
    'Only a European fund has an EU priority axis: clear the axis or choose a European source.',
  PORTRAIT_CARRIER_REQUIRED: () => 'A project needs at least one carrier organization.',
  PORTRAIT_PARTNER_DUPLICATE: () => 'This organization already has this role in the project.',
  PORTRAIT_SELF_REPLICATION: () => 'A project cannot be replicated from itself.',
  PORTRAIT_UNKNOWN_PORTRAIT: () => 'This portrait does not exist or is not published: choose another one.',
  PORTRAIT_UNKNOWN_FINDINGS: (p: { count: number }) =>
    `${p.count === 1 ? 'One finding is' : `${p.count} findings are`} unknown or not visible: choose among the findings listed.`,
  PORTRAIT_UNKNOWN_ORGANIZATION: () => 'This organization does not exist: choose one from the list.',
  PORTRAIT_UNKNOWN_TERRITORY: () => 'This territory does not exist: choose one from the list.',
  PORTRAIT_UNKNOWN_THEMES: (p: { count: number }) =>
    `${p.count === 1 ? 'One theme is' : `${p.count} themes are`} unknown: choose among the themes listed.`,
  PORTRAIT_TOO_MANY: (p: { max: number }) => `A portrait holds at most ${p.max} of these.`,
  PORTRAIT_LABEL_LENGTH: (p: Range) => `Write ${p.min} to ${p.max} characters.`,
  PORTRAIT_IMAGE_ALT_LENGTH: (p: Range) =>
    `Describe the image in ${p.min} to ${p.max} characters, for those who cannot see it.`,
  PORTRAIT_IMAGE_DUPLICATE: () => 'This image is already in the portrait.',
  PORTRAIT_STAGE_BEFORE_PREVIOUS: (p: { date: string }) =>
    `A change of stage cannot be dated before the previous one (${p.date}).`,
  PORTRAIT_STAGE_UNCHANGED: () => 'The project is already at this stage.',
  PORTRAIT_ITEM_GONE: () => 'This item is no longer in the portrait: reload the page to see it as it now is.',
  PORTRAIT_MOVE_IMPOSSIBLE: () => 'This item cannot move further in that direction.',
  PORTRAIT_NOT_CLAIMABLE: () => 'This idea has already been claimed or is not an unclaimed idea any more.',
  PORTRAIT_NOT_MEMBER: () => 'Choose an organization you belong to: it will carry the project.',
};
