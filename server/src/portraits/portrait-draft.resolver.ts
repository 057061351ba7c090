import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AuthoredKind } from '../authoring/draft.entity.js';
import { draftReads, isEditor } from '../authoring/draft.reads.js';
import { DraftInfoType } from '../authoring/draft.type.js';
import { FindingType } from '../findings/finding.type.js';
import { ImageType } from '../media/image.type.js';
import { OrganizationType } from '../organizations/organization.type.js';
import type { Context } from '../shared/context.js';
import { isStaff } from '../shared/viewer.js';
import { TerritoryType, ThemeType } from '../territories/territory.type.js';
import type { PortraitDocument } from './portrait.document.js';
import { fundingTotals } from './portrait.funding.js';
import { portraitAuthored } from './portrait.authored.js';
import { Portrait } from './portrait.entity.js';
import { PortraitImageType } from './portrait-image.type.js';
import {
  PortraitDraftFundingLineType,
  PortraitDraftImageType,
  PortraitDraftPartnerType,
  PortraitDraftType,
  type PortraitDraftSource,
} from './portrait-draft.type.js';
import { FundingSummaryType, PortraitType } from './portrait.type.js';

const present = <T>(list: readonly (T | null | Error)[]): T[] =>
  list.filter((x): x is T => x !== null && !(x instanceof Error));

/** Whether the viewer edits the portrait (a carrier's member) or reviews it (staff). */
async function editsOrReviews(ctx: Context, portraitId: string): Promise<boolean> {
  if (ctx.viewer.kind !== 'person') return false;
  return isStaff(ctx.viewer) || isEditor(ctx, AuthoredKind.PORTRAIT, portraitId);
}

@Resolver(() => PortraitType)
export class PortraitDraftFieldsResolver {
  @FieldResolver(() => DraftInfoType, {
    nullable: true,
    description:
      'Its draft’s review state, version and history: for its editors and coordinators; null for others, and before anyone edits it.',
  })
  draftInfo(@Root() p: PortraitType, @Ctx() ctx: Context) {
    return draftReads.info(ctx, AuthoredKind.PORTRAIT, p.id);
  }

  @FieldResolver(() => PortraitDraftType, {
    nullable: true,
    description:
      'The portrait as its draft reads (the published edition when nobody has edited it yet): for its editors and coordinators only.',
  })
  async draft(@Root() p: PortraitType, @Ctx() ctx: Context): Promise<PortraitDraftSource | null> {
    const info = await draftReads.info(ctx, AuthoredKind.PORTRAIT, p.id);
    if (info) return { ...(info.row.document as unknown as PortraitDocument), portraitId: p.id };
    if (!(await editsOrReviews(ctx, p.id))) return null;
    const em = ctx.em.fork();
    const portrait = await em.findOneOrFail(Portrait, p.id);
    return { ...(await portraitAuthored.documentOf(em, portrait)), portraitId: p.id };
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may edit it: a member of a carrying organization, or a coordinator.',
  })
  viewerCanEdit(@Root() p: PortraitType, @Ctx() ctx: Context) {
    return editsOrReviews(ctx, p.id);
  }

  @FieldResolver(() => [PortraitImageType], { description: 'Its published images, in order.' })
  images(@Root() p: PortraitType, @Ctx() ctx: Context) {
    return ctx.loaders.imagesByPortrait.load(p.id);
  }
}

@Resolver(() => PortraitImageType)
export class PortraitImageResolver {
  @FieldResolver(() => ImageType, { nullable: true, description: 'The image (null if you may not see it).' })
  image(@Root() row: PortraitImageType, @Ctx() ctx: Context) {
    return ctx.loaders.imageById.load(row.imageId);
  }
}

@Resolver(() => PortraitDraftType)
export class PortraitDraftResolver {
  @FieldResolver(() => TerritoryType, { nullable: true, description: 'Territory of the project.' })
  territory(@Root() d: PortraitDraftSource, @Ctx() ctx: Context) {
    return ctx.loaders.territoryById.load(d.territoryId);
  }

  @FieldResolver(() => [ThemeType], { description: 'Themes it addresses.' })
  async themes(@Root() d: PortraitDraftSource, @Ctx() ctx: Context) {
    return present(await ctx.loaders.themeById.loadMany(d.themeIds));
  }

  @FieldResolver(() => PortraitType, { nullable: true, description: 'The portrait it was replicated from.' })
  replicatedFrom(@Root() d: PortraitDraftSource, @Ctx() ctx: Context) {
    return d.replicatedFromId ? ctx.loaders.portraitById.load(d.replicatedFromId) : null;
  }

  @FieldResolver(() => [FindingType], { description: 'The findings it answers (those you may see).' })
  async answers(@Root() d: PortraitDraftSource, @Ctx() ctx: Context) {
    return present(await ctx.loaders.findingById.loadMany(d.answersFindingIds));
  }

  @FieldResolver(() => FundingSummaryType, {
    description: 'Totals of the draft’s funding mix, with the EU share (the same computation as the page’s).',
  })
  funding(@Root() d: PortraitDraftSource) {
    return fundingTotals(d.budgetTotal, d.fundingLines);
  }
}

@Resolver(() => PortraitDraftFundingLineType)
export class PortraitDraftFundingLineResolver {
  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: 'The funder, when it is a known organization.',
  })
  funder(@Root() line: PortraitDraftFundingLineType, @Ctx() ctx: Context) {
    return line.funderId ? ctx.loaders.organizationById.load(line.funderId) : null;
  }
}

@Resolver(() => PortraitDraftPartnerType)
export class PortraitDraftPartnerResolver {
  @FieldResolver(() => OrganizationType, { nullable: true, description: 'The organization.' })
  organization(@Root() partner: PortraitDraftPartnerType, @Ctx() ctx: Context) {
    return ctx.loaders.organizationById.load(partner.organizationId);
  }
}

@Resolver(() => PortraitDraftImageType)
export class PortraitDraftImageResolver {
  @FieldResolver(() => ImageType, {
    nullable: true,
    description: 'The image (its uploader and coordinators see it before publication).',
  })
  image(@Root() entry: PortraitDraftImageType, @Ctx() ctx: Context) {
    return ctx.loaders.imageById.load(entry.imageId);
  }
}
