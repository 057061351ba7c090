import { Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { toGlobalId } from '../shared/ids.js';
import { PageArgs } from '../shared/pagination.js';
import { authoredOf } from './authored.js';
import { authoringPolicy } from './authoring.policy.js';
import { draftReads } from './draft.reads.js';
import {
  ContentRevisionConnection,
  ContentRevisionType,
  DraftInfoType,
  FieldChangeType,
  type DraftInfoSource,
  type RevisionRead,
} from './draft.type.js';

const standing = (d: DraftInfoSource) => ({ state: d.reviewState, editor: d.editor });

@Resolver(() => DraftInfoType)
export class DraftInfoResolver {
  @FieldResolver(() => ID, { description: 'Global id of the subject (a Story or a Portrait).' })
  subjectId(@Root() d: DraftInfoSource) {
    return toGlobalId(authoredOf(d.kind).typeName, d.row.subjectId);
  }

  @FieldResolver(() => ContentRevisionConnection, { description: 'Its revisions, newest first.' })
  revisions(@Root() d: DraftInfoSource, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return draftReads.revisions(ctx, d, page);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may save changes to the draft.' })
  viewerCanEdit(@Root() d: DraftInfoSource, @Ctx() ctx: Context) {
    return authoringPolicy.canEdit(ctx.viewer, standing(d));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may submit it for review.' })
  viewerCanSubmit(@Root() d: DraftInfoSource, @Ctx() ctx: Context) {
    return authoringPolicy.canSubmit(ctx.viewer, standing(d));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may publish it (coordinators and admins).' })
  viewerCanPublish(@Root() d: DraftInfoSource, @Ctx() ctx: Context) {
    return authoringPolicy.canPublish(ctx.viewer, standing(d));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may ask its authors for changes (coordinators and admins).',
  })
  viewerCanRequestChanges(@Root() d: DraftInfoSource, @Ctx() ctx: Context) {
    return authoringPolicy.canRequestChanges(ctx.viewer, standing(d));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may take it off public pages.' })
  viewerCanWithdraw(@Root() d: DraftInfoSource, @Ctx() ctx: Context) {
    return authoringPolicy.canWithdraw(ctx.viewer, standing(d));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may make an earlier revision the draft again.' })
  viewerCanRestore(@Root() d: DraftInfoSource, @Ctx() ctx: Context) {
    return authoringPolicy.canRestore(ctx.viewer, standing(d));
  }
}

@Resolver(() => ContentRevisionType)
export class ContentRevisionResolver {
  @FieldResolver(() => ID, { description: 'Global id of the revision (to restore it).' })
  id(@Root() r: RevisionRead) {
    return toGlobalId('ContentRevision', r.id);
  }

  @FieldResolver(() => [FieldChangeType], {
    description: 'Each text field this revision changed from the previous one, with a word diff.',
  })
  changes(@Root() r: RevisionRead) {
    return draftReads.changes(r);
  }
}
