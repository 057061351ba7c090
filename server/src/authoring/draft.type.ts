import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { ConnectionType } from '../shared/pagination.js';
import { UserError } from '../shared/payload.js';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import { AuthoredKind, Draft, ReviewState } from './draft.entity.js';
import { ContentRevision, RevisionAction } from './content-revision.entity.js';
import { changesNoteLimits } from './authoring.policy.js';

registerEnumType(AuthoredKind, {
  name: 'AuthoredKind',
  description: 'Which kind of authored content a draft is of.',
  valuesConfig: {
    STORY: { description: 'An experience story or a testimony.' },
    PORTRAIT: { description: 'A project portrait.' },
  },
});

registerEnumType(ReviewState, {
  name: 'ReviewState',
  description: 'Where a draft stands in its review.',
  valuesConfig: {
    DRAFT: { description: 'Being written: never submitted, or changed since its publication.' },
    SUBMITTED: { description: 'Waiting for a coordinator’s review.' },
    CHANGES_REQUESTED: { description: 'A coordinator asked for changes (see `reviewerNote`).' },
    PUBLISHED: { description: 'Public, exactly as the draft reads.' },
    WITHDRAWN: { description: 'Taken off public pages; it can be submitted again.' },
  },
});

registerEnumType(RevisionAction, {
  name: 'RevisionAction',
  description: 'What a revision of a draft recorded.',
  valuesConfig: {
    CREATED: { description: 'Started.' },
    SAVED: { description: 'Its content changed.' },
    SUBMITTED: { description: 'Submitted for review.' },
    CHANGES_REQUESTED: { description: 'A coordinator asked for changes (the `note`).' },
    PUBLISHED: { description: 'Published as it read then.' },
    WITHDRAWN: { description: 'Taken off public pages.' },
    RESTORED: { description: 'An earlier revision became the draft again (its number is the `note`).' },
  },
});

export enum DiffKind {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(DiffKind, { name: 'DiffKind', description: 'Whether a run of words was kept, added or removed.' });

export const draftColumns = columnsFor(Draft);
export type DraftRow = RowFrom<typeof draftColumns>;

export const contentRevisionColumns = columnsFor(ContentRevision, { omit: ['updatedAt'] });
export type ContentRevisionRow = RowFrom<typeof contentRevisionColumns>;

@ObjectType('TextDiffPart', { description: 'A run of words of a diff, in reading order.' })
export class TextDiffPartType {
  @Field(() => DiffKind, { description: 'Kept, added or removed.' })
  kind!: DiffKind;

  @Field(() => String, { description: 'The words, with their spacing.' })
  text!: string;
}

@ObjectType('FieldChange', { description: 'One text field a revision changed, before and after, with its word diff.' })
export class FieldChangeType {
  @Field(() => String, { description: 'Which field (`title`, `bodyMarkdown`…), as the subject’s document names it.' })
  field!: string;

  @Field(() => String, { description: 'Its text before the revision (empty for a creation).' })
  before!: string;

  @Field(() => String, { description: 'Its text after the revision.' })
  after!: string;

  @Field(() => [TextDiffPartType], { description: 'Word by word, from before to after.' })
  diff!: TextDiffPartType[];
}

/** A revision row with what the history shows beside it. */
export interface RevisionRead extends ContentRevisionRow {
  authorName: string | null;
  previousDocument: Record<string, unknown> | null;
}

@ObjectType('ContentRevision', { description: 'One move of a draft: who, when, what changed.' })
export class ContentRevisionType {
  @Field(() => Int, { description: '1 for the creation, then one more for each move.' })
  number!: number;

  @Field(() => RevisionAction, { description: 'What the move was.' })
  action!: RevisionAction;

  @Field(() => String, { nullable: true, description: 'Public name of who made it (null once their account is gone).' })
  authorName!: string | null;

  @Field(() => Date, { description: 'When.' })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'The reviewer’s note, or the number of the revision restored.' })
  note!: string | null;
}

@ObjectType('ContentRevisionConnection', { description: 'A page of a draft’s revisions, newest first.' })
export class ContentRevisionConnection extends ConnectionType(ContentRevisionType, 'ContentRevision') {}

/** What the `DraftInfo` fields read: the draft row and whether the viewer is one of its editors. */
export interface DraftInfoSource extends DraftInfoType {
  row: DraftRow;
  editor: boolean;
}

@ObjectType('DraftInfo', {
  description: 'The working copy of a story or a portrait and its review, for its editors and for coordinators.',
})
export class DraftInfoType {
  @Field(() => AuthoredKind, { description: 'Story or portrait.' })
  kind!: AuthoredKind;

  @Field(() => ReviewState, { description: 'Where it stands in its review.' })
  reviewState!: ReviewState;

  @Field(() => String, { nullable: true, description: 'What the reviewer asked to change, until the next review.' })
  reviewerNote!: string | null;

  @Field(() => Int, { description: 'The draft’s version: send it back as `expectedVersion` with the next move.' })
  editVersion!: number;

  @Field(() => Date, { nullable: true, description: 'When it was last submitted for review.' })
  submittedAt!: Date | null;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;

  @Field(() => String, { description: 'Its title, as the draft reads.' })
  title!: string;

  @Field(() => String, { description: 'Its page on the site; the editor is this path followed by `/edit`.' })
  path!: string;
}

@ObjectType('DraftSummary', { description: 'A draft in a list (“mes contenus”, “à relire”).' })
export class DraftSummaryType {
  @Field(() => ID, { description: 'Global id of the subject (a Story or a Portrait).' })
  subjectId!: string;

  @Field(() => AuthoredKind, { description: 'Story or portrait.' })
  kind!: AuthoredKind;

  @Field(() => String, { description: 'Its title, as the draft reads.' })
  title!: string;

  @Field(() => String, { description: 'Its page on the site; its editor is this path followed by `/edit`.' })
  path!: string;

  @Field(() => ReviewState, { description: 'Where it stands in its review.' })
  reviewState!: ReviewState;

  @Field(() => Int, { description: 'The draft’s version: a review from the list sends it back as `expectedVersion`.' })
  editVersion!: number;

  @Field(() => String, { nullable: true, description: 'What the reviewer asked to change, if they did.' })
  reviewerNote!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last submitted for review.' })
  submittedAt!: Date | null;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Public name of its author.' })
  authorName!: string | null;
}

@ObjectType('DraftSummaryConnection', { description: 'A page of drafts.' })
export class DraftSummaryConnection extends ConnectionType(DraftSummaryType, 'DraftSummary') {}

@InputType({ description: 'A coordinator asks for changes to what was submitted.' })
export class RequestChangesInput {
  @Field(() => ID, { description: 'The Story or Portrait reviewed.' })
  @MaxLength(200)
  id!: string;

  @Field(() => Int, { description: 'The draft’s `editVersion` the reviewer read.' })
  expectedVersion!: number;

  @Field(() => String, {
    description: `What to change, ${changesNoteLimits.min} to ${changesNoteLimits.max} characters: the author reads it.`,
  })
  @MaxLength(20_000)
  note!: string;
}

@ObjectType('RequestChangesPayload', { description: 'The draft after the request, or what to fix.' })
export class RequestChangesPayload {
  @Field(() => DraftInfoType, { nullable: true, description: 'The draft as it now is.' })
  draft?: DraftInfoSource | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}

/** The `DraftInfo` of a draft row, for a viewer who is (or is not) one of its editors. */
export function draftInfoOf(row: DraftRow, editor: boolean): DraftInfoSource {
  return {
    row,
    editor,
    kind: row.subjectKind,
    reviewState: row.state,
    reviewerNote: row.reviewerNote ?? null,
    editVersion: row.version,
    submittedAt: row.submittedAt ?? null,
    updatedAt: row.updatedAt,
    title: row.title,
    path: row.path,
  };
}

/** The row `firstDraft` will write for a subject that has none yet: version 0, as `DraftInfo.editVersion` says. */
export function unsavedDraftRow(
  fields: Pick<DraftRow, 'subjectKind' | 'subjectId' | 'document' | 'title' | 'path' | 'updatedAt'> & {
    published: boolean;
  },
): DraftRow {
  const { published, ...rest } = fields;
  return {
    ...rest,
    id: '',
    version: 0,
    state: published ? ReviewState.PUBLISHED : ReviewState.DRAFT,
    reviewerNote: null,
    reviewedBy: null,
    reviewedAt: null,
    submittedAt: null,
    updatedBy: null,
    createdBy: null,
    createdAt: fields.updatedAt,
  } as unknown as DraftRow;
}
