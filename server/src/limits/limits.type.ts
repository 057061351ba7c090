import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('PortraitLimits', { description: 'Lengths the portrait editor accepts, in characters.' })
export class PortraitLimitsType {
  @Field(() => Int, { description: 'Shortest name.' })
  nameMin!: number;

  @Field(() => Int, { description: 'Longest name.' })
  nameMax!: number;

  @Field(() => Int, { description: 'Longest summary.' })
  summaryMax!: number;

  @Field(() => Int, { description: 'Longest commune.' })
  communeMax!: number;

  @Field(() => Int, { description: 'Longest need, project or results (Markdown).' })
  textMax!: number;

  @Field(() => Int, { description: 'Longest website address.' })
  websiteMax!: number;

  @Field(() => Int, { description: 'Longest label of an indicator or funding line.' })
  labelMax!: number;

  @Field(() => Int, { description: 'Longest unit of an indicator.' })
  unitMax!: number;

  @Field(() => Int, { description: 'Longest period of an indicator or funding line.' })
  periodMax!: number;

  @Field(() => Int, { description: 'Longest EU priority axis of a funding line.' })
  euAxisMax!: number;

  @Field(() => Int, { description: 'Longest note of an indicator, funding line, partner or stage.' })
  noteMax!: number;

  @Field(() => Int, { description: 'Shortest description (alt text) of an image.' })
  altMin!: number;

  @Field(() => Int, { description: 'Longest description (alt text) of an image.' })
  altMax!: number;
}

@ObjectType('Limits', {
  description:
    'What the API accepts in its forms, so that a site can say it before sending (the API still checks, and says why).',
})
export class LimitsType {
  @Field(() => Int, { description: 'Longest contribution text, in characters once trimmed.' })
  contributionBodyMax!: number;

  @Field(() => Int, { description: 'Most themes a contribution may touch.' })
  contributionThemesMax!: number;

  @Field(() => Int, { description: 'Minutes during which authors may change or withdraw what they posted.' })
  editWindowMinutes!: number;

  @Field(() => Int, { description: 'Shortest reason of a report, or of hiding a contribution.' })
  reasonMin!: number;

  @Field(() => Int, { description: 'Longest reason of a report, or of hiding a contribution.' })
  reasonMax!: number;

  @Field(() => Int, { description: 'Shortest question a coordinator may put to the room.' })
  questionMin!: number;

  @Field(() => Int, { description: 'Longest question a coordinator may put to the room.' })
  questionMax!: number;

  @Field(() => Int, { description: 'Hours after closing during which coordinators may reopen a session.' })
  reopenWindowHours!: number;

  @Field(() => Int, { description: 'Shortest title of a workshop.' })
  workshopTitleMin!: number;

  @Field(() => Int, { description: 'Longest title of a workshop.' })
  workshopTitleMax!: number;

  @Field(() => Int, { description: 'Longest place of a workshop.' })
  workshopPlaceMax!: number;

  @Field(() => Int, { description: 'Longest presentation of a workshop (Markdown).' })
  workshopDescriptionMax!: number;

  @Field(() => Int, { description: 'Most places a workshop may open for registration.' })
  workshopCapMax!: number;

  @Field(() => Int, { description: 'Shortest password of a new account.' })
  passwordMin!: number;

  @Field(() => Int, { description: 'Longest password accepted (at sign-up and sign-in).' })
  passwordMax!: number;

  @Field(() => Int, { description: 'Shortest display name (of an account or a guest).' })
  displayNameMin!: number;

  @Field(() => Int, { description: 'Longest display name (of an account or a guest).' })
  displayNameMax!: number;

  @Field(() => Int, { description: 'Longest email address accepted (at sign-up and sign-in).' })
  emailMax!: number;

  @Field(() => Int, { description: 'Hours during which the link mailed at sign-up creates the account.' })
  signUpLinkHours!: number;

  @Field(() => Int, { description: 'Shortest title of a finding.' })
  findingTitleMin!: number;

  @Field(() => Int, { description: 'Longest title of a finding.' })
  findingTitleMax!: number;

  @Field(() => Int, { description: 'Shortest statement of a finding (also of a suggested edit).' })
  findingStatementMin!: number;

  @Field(() => Int, { description: 'Longest statement of a finding (also of a suggested edit).' })
  findingStatementMax!: number;

  @Field(() => Int, { description: 'Longest note of a suggested edit, or of a coordinator reviewing one.' })
  findingNoteMax!: number;

  @Field(() => Int, { description: 'Shortest title of a story.' })
  storyTitleMin!: number;

  @Field(() => Int, { description: 'Longest title of a story.' })
  storyTitleMax!: number;

  @Field(() => Int, { description: 'Longest summary of a story.' })
  storySummaryMax!: number;

  @Field(() => Int, { description: 'Shortest body of a story (Markdown characters).' })
  storyBodyMin!: number;

  @Field(() => Int, { description: 'Longest body of a story (Markdown characters).' })
  storyBodyMax!: number;

  @Field(() => Int, { description: 'Shortest name of a story’s teller, when shown.' })
  storyTellerNameMin!: number;

  @Field(() => Int, { description: 'Longest name of a story’s teller.' })
  storyTellerNameMax!: number;

  @Field(() => Int, { description: 'Longest role of a story’s teller.' })
  storyTellerRoleMax!: number;

  @Field(() => PortraitLimitsType, { description: 'What the portrait editor accepts.' })
  portrait!: PortraitLimitsType;

  @Field(() => Int, { description: 'Shortest note of a coordinator asking for changes to a story or portrait.' })
  changesNoteMin!: number;

  @Field(() => Int, { description: 'Longest note of a coordinator asking for changes to a story or portrait.' })
  changesNoteMax!: number;

  @Field(() => Int, { description: 'Most neighbourhoods a finding may name.' })
  findingNeighbourhoodsMax!: number;

  @Field(() => Int, { description: 'Largest image file accepted, in bytes.' })
  imageMaxBytes!: number;

  @Field(() => Int, { description: 'Most pixels an image may have (width × height).' })
  imageMaxPixels!: number;

  @Field(() => Int, { description: 'Most pixels on either side of an image.' })
  imageMaxSide!: number;

  @Field(() => [String], {
    description: 'Media types of the images accepted (read from the file’s bytes), for a file input’s `accept`.',
  })
  imageAcceptedTypes!: string[];
}
