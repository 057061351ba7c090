import { Query, Resolver } from 'type-graphql';
import { displayNameLimits } from '../accounts/account.inputs.js';
import { signUpLinkHours } from '../accounts/account.service.js';
import { emailLimits } from '../accounts/email.js';
import { passwordLimits } from '../accounts/password.js';
import { bodyLimit, reasonLimits } from '../contributions/contribution.inputs.js';
import { editWindowMinutes } from '../contributions/contribution.policy.js';
import { maxThemes } from '../contributions/contribution.writes.js';
import { questionLimits } from '../workshops/workshop.inputs.js';
import { reopenWindowHours } from '../workshops/workshop.policy.js';
import { planLimits } from '../workshops/workshop-planning.inputs.js';
import { noteLimits, statementLimits, titleLimits } from '../findings/finding.policy.js';
import { maxNeighbourhoods } from '../findings/finding.inputs.js';
import { imageLimits, imageTypes } from '../media/image.inputs.js';
import { changesNoteLimits } from '../authoring/authoring.policy.js';
import { storyLimits } from '../stories/story.checks.js';
import { portraitLimits } from '../portraits/portrait.limits.js';
import { LimitsType } from './limits.type.js';

/** The limits each feature checks, read from the constants the checks use: never copied. */
const limits: LimitsType = {
  contributionBodyMax: bodyLimit,
  contributionThemesMax: maxThemes,
  editWindowMinutes,
  reasonMin: reasonLimits.min,
  reasonMax: reasonLimits.max,
  questionMin: questionLimits.min,
  questionMax: questionLimits.max,
  reopenWindowHours,
  workshopTitleMin: planLimits.titleMin,
  workshopTitleMax: planLimits.titleMax,
  workshopPlaceMax: planLimits.placeMax,
  workshopDescriptionMax: planLimits.descriptionMax,
  workshopCapMax: planLimits.capMax,
  passwordMin: passwordLimits.min,
  passwordMax: passwordLimits.max,
  displayNameMin: displayNameLimits.min,
  displayNameMax: displayNameLimits.max,
  emailMax: emailLimits.max,
  signUpLinkHours,
  findingTitleMin: titleLimits.min,
  findingTitleMax: titleLimits.max,
  findingStatementMin: statementLimits.min,
  findingStatementMax: statementLimits.max,
  findingNoteMax: noteLimits.max,
  findingNeighbourhoodsMax: maxNeighbourhoods,
  storyTitleMin: storyLimits.titleMin,
  storyTitleMax: storyLimits.titleMax,
  storySummaryMax: storyLimits.summaryMax,
  storyBodyMin: storyLimits.bodyMin,
  storyBodyMax: storyLimits.bodyMax,
  storyTellerNameMin: storyLimits.tellerNameMin,
  storyTellerNameMax: storyLimits.tellerNameMax,
  storyTellerRoleMax: storyLimits.tellerRoleMax,
  portrait: {
    nameMin: portraitLimits.name.min,
    nameMax: portraitLimits.name.max,
    summaryMax: portraitLimits.summaryMax,
    communeMax: portraitLimits.communeMax,
    textMax: portraitLimits.textMax,
    websiteMax: portraitLimits.websiteMax,
    labelMax: portraitLimits.label.max,
    unitMax: portraitLimits.unit.max,
    periodMax: portraitLimits.periodMax,
    euAxisMax: portraitLimits.euAxisMax,
    noteMax: portraitLimits.noteMax,
    altMin: portraitLimits.alt.min,
    altMax: portraitLimits.alt.max,
  },
  changesNoteMin: changesNoteLimits.min,
  changesNoteMax: changesNoteLimits.max,
  imageMaxBytes: imageLimits.maxBytes,
  imageMaxPixels: imageLimits.maxPixels,
  imageMaxSide: imageLimits.maxSide,
  imageAcceptedTypes: Object.values(imageTypes),
};

@Resolver()
export class LimitsResolver {
  @Query(() => LimitsType, { description: 'What the forms of the API accept (lengths, counts, time windows).' })
  limits(): LimitsType {
    return limits;
  }
}
