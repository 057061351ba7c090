import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { PublicationState } from '../shared/publication.js';
import { AuthoredKind } from '../authoring/draft.entity.js';
import { draftReads } from '../authoring/draft.reads.js';
import { DraftInfoType, unsavedDraftRow } from '../authoring/draft.type.js';
import { TerritoryType } from '../territories/territory.type.js';
import { PortraitType } from '../portraits/portrait.type.js';
import { FindingType } from '../findings/finding.type.js';
import { WorkshopType } from '../workshops/workshop.type.js';
import { StoryType } from './story.type.js';
import { StoryDocumentType } from './story-draft.type.js';
import type { StoryDocument } from './story.checks.js';

/** The story's draft info; a story nobody edited yet (demo content) offers the draft its first edit makes. */
function infoOf(ctx: Context, s: StoryType) {
  return draftReads.info(ctx, AuthoredKind.STORY, s.id, async () => {
    const links = await ctx.loaders.linksOfStory.load(s.id);
    const of = (kind: string) => links.filter((l) => l.kind === kind).map((l) => l.id);
    const document: StoryDocument = {
      kind: s.kind,
      title: s.title,
      summary: s.summary,
      bodyMarkdown: s.bodyMarkdown,
      anonymous: !s.tellerName,
      tellerName: s.tellerName ?? '',
      tellerRole: s.tellerRole ?? '',
      consent: Boolean(s.consentAt),
      territoryId: s.territoryId,
      portraitIds: of('portrait'),
      findingIds: of('finding'),
      workshopIds: of('workshop'),
    };
    return unsavedDraftRow({
      subjectKind: AuthoredKind.STORY,
      subjectId: s.id,
      document: document as unknown as Record<string, unknown>,
      title: s.title,
      path: `/stories/${s.slug}`,
      updatedAt: s.publishedAt ?? new Date(),
      published: s.publicationState === PublicationState.PUBLISHED,
    });
  });
}

@Resolver(() => StoryType)
export class StoryDraftResolver {
  @FieldResolver(() => DraftInfoType, {
    nullable: true,
    description: 'Its draft, review state and history: for its author and coordinators (null for anyone else).',
  })
  authoring(@Root() s: StoryType, @Ctx() ctx: Context) {
    return infoOf(ctx, s);
  }

  @FieldResolver(() => StoryDocumentType, {
    nullable: true,
    description: 'The story as its draft reads, for its author and coordinators (null for anyone else).',
  })
  async draft(@Root() s: StoryType, @Ctx() ctx: Context) {
    const info = await infoOf(ctx, s);
    return info ? (info.row.document as unknown as StoryDocument) : null;
  }

  @FieldResolver(() => [PortraitType], { description: 'The portraits it is about (those you may see).' })
  portraits(@Root() s: StoryType, @Ctx() ctx: Context) {
    return ctx.loaders.portraitsByStory.load(s.id);
  }

  @FieldResolver(() => [WorkshopType], { description: 'The workshops it tells of (those you may see).' })
  workshops(@Root() s: StoryType, @Ctx() ctx: Context) {
    return ctx.loaders.workshopsByStory.load(s.id);
  }
}

@Resolver(() => StoryDocumentType)
export class StoryDocumentResolver {
  @FieldResolver(() => TerritoryType, { nullable: true, description: 'The territory it comes from.' })
  territory(@Root() d: StoryDocument, @Ctx() ctx: Context) {
    return ctx.loaders.territoryById.load(d.territoryId);
  }

  @FieldResolver(() => [PortraitType], { description: 'Portraits it is about (those you may see).' })
  async portraits(@Root() d: StoryDocument, @Ctx() ctx: Context) {
    return (await ctx.loaders.portraitById.loadMany(d.portraitIds)).filter(isRow);
  }

  @FieldResolver(() => [FindingType], { description: 'Findings it illustrates (those you may see).' })
  async findings(@Root() d: StoryDocument, @Ctx() ctx: Context) {
    return (await ctx.loaders.findingById.loadMany(d.findingIds)).filter(isRow);
  }

  @FieldResolver(() => [WorkshopType], { description: 'Workshops it tells of (those you may see).' })
  async workshops(@Root() d: StoryDocument, @Ctx() ctx: Context) {
    return (await ctx.loaders.workshopById.loadMany(d.workshopIds)).filter(isRow);
  }
}

const isRow = <T>(row: T | Error | null): row is T => row !== null && !(row instanceof Error);
