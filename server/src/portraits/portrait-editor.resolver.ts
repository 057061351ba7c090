import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { idOf } from '../shared/ids.js';
import { asPayload, invalid, msg } from '../shared/payload.js';
import {
  CreatePortraitInput,
  FundingLineInput,
  IndicatorInput,
  MoveDirection,
  MovePortraitItemInput,
  PortraitDraftInput,
  PortraitImageInput,
  PortraitItemInput,
  RecordStageChangeInput,
  RestorePortraitRevisionInput,
  SetAnsweredFindingsInput,
  SetPortraitPartnersInput,
  SetReplicatedFromInput,
  UpdatePortraitInput,
} from './portrait-editor.inputs.js';
import { portraitEditorService as editor } from './portrait-editor.service.js';
import { PortraitEditPayload } from './portrait-draft.type.js';
import * as op from './portrait.operations.js';

const offset = (direction: MoveDirection) => (direction === MoveDirection.UP ? -1 : 1);
const orNull = <T>(value: T | null | undefined) => value ?? null;

const indicatorOf = (input: IndicatorInput, key: string) => ({
  key,
  label: input.label,
  value: input.value,
  unit: input.unit,
  asOf: orNull(input.asOf),
  period: orNull(input.period),
  note: orNull(input.note),
});

const fundingOf = (input: FundingLineInput, key: string) => ({
  key,
  sourceKind: input.sourceKind,
  label: input.label,
  funderId: input.funderId ? idOf('Organization', input.funderId, 'funderId') : null,
  amount: orNull(input.amount),
  euPriorityAxis: orNull(input.euPriorityAxis),
  periodStart: orNull(input.periodStart),
  periodEnd: orNull(input.periodEnd),
  note: orNull(input.note),
});

/** The key an edit names; an edit without one is refused as an item that is gone. */
const keyOf = (key: string | undefined) => {
  if (!key) throw invalid(msg('PORTRAIT_ITEM_GONE'), 'key');
  return key;
};

const text =
  'Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is.';

@Resolver()
export class PortraitEditorResolver {
  @Mutation(() => PortraitEditPayload, {
    description:
      'Starts a portrait (never published until a coordinator publishes it): a stakeholder for an organization they belong to, which carries it, or a coordinator; `fromIdea` claims an unclaimed idea of a diagnosis instead.',
  })
  createPortrait(@Ctx() ctx: Context, @Arg('input', () => CreatePortraitInput) input: CreatePortraitInput) {
    return asPayload(ctx.request.locale, () => editor.create(ctx, input));
  }

  @Mutation(() => PortraitEditPayload, {
    description: `Changes the texts, themes, territory and years of the draft. ${text}`,
  })
  updatePortrait(@Ctx() ctx: Context, @Arg('input', () => UpdatePortraitInput) input: UpdatePortraitInput) {
    return asPayload(ctx.request.locale, () =>
      editor.edit(ctx, input, (doc) =>
        op.updateMain(doc, {
          name: input.name,
          summary: input.summary,
          territoryId: idOf('Territory', input.territoryId, 'territoryId'),
          commune: input.commune,
          themeIds: input.themeIds.map((id) => idOf('Theme', id, 'themeIds')),
          need: input.need,
          project: input.project,
          results: input.results,
          startYear: orNull(input.startYear),
          durationMonths: orNull(input.durationMonths),
          budgetTotal: orNull(input.budgetTotal),
          website: orNull(input.website),
        }),
      ),
    );
  }

  @Mutation(() => PortraitEditPayload, { description: `Adds an indicator at the end. ${text}` })
  addIndicator(@Ctx() ctx: Context, @Arg('input', () => IndicatorInput) input: IndicatorInput) {
    return asPayload(ctx.request.locale, () =>
      editor.edit(ctx, input, (doc) => op.addIndicator(doc, indicatorOf(input, randomUUID()))),
    );
  }

  @Mutation(() => PortraitEditPayload, { description: `Changes an indicator (by key). ${text}` })
  updateIndicator(@Ctx() ctx: Context, @Arg('input', () => IndicatorInput) input: IndicatorInput) {
    return asPayload(ctx.request.locale, () =>
      editor.edit(ctx, input, (doc) => op.updateIndicator(doc, indicatorOf(input, keyOf(input.key)))),
    );
  }

  @Mutation(() => PortraitEditPayload, { description: `Removes an indicator. ${text}` })
  removeIndicator(@Ctx() ctx: Context, @Arg('input', () => PortraitItemInput) input: PortraitItemInput) {
    return asPayload(ctx.request.locale, () => editor.edit(ctx, input, (doc) => op.removeIndicator(doc, input.key)));
  }

  @Mutation(() => PortraitEditPayload, { description: `Moves an indicator one place up or down. ${text}` })
  moveIndicator(@Ctx() ctx: Context, @Arg('input', () => MovePortraitItemInput) input: MovePortraitItemInput) {
    return asPayload(ctx.request.locale, () =>
      editor.edit(ctx, input, (doc) => op.moveIndicator(doc, input.key, offset(input.direction))),
    );
  }

  @Mutation(() => PortraitEditPayload, { description: `Adds a funding line at the end. ${text}` })
  addFundingLine(@Ctx() ctx: Context, @Arg('input', () => FundingLineInput) input: FundingLineInput) {
    return asPayload(ctx.request.locale, () =>
      editor.edit(ctx, input, (doc) => op.addFundingLine(doc, fundingOf(input, randomUUID()))),
    );
  }

  @Mutation(() => PortraitEditPayload, { description: `Changes a funding line (by key). ${text}` })
  updateFundingLine(@Ctx() ctx: Context, @Arg('input', () => FundingLineInput) input: FundingLineInput) {
    return asPayload(ctx.request.locale, () =>
      editor.edit(ctx, input, (doc) => op.updateFundingLine(doc, fundingOf(input, keyOf(input.key)))),
    );
  }

  @Mutation(() => PortraitEditPayload, { description: `Removes a funding line. ${text}` })
  removeFundingLine(@Ctx() ctx: Context, @Arg('input', () => PortraitItemInput) input: PortraitItemInput) {
    return asPayload(ctx.request.locale, () => editor.edit(ctx, input, (doc) => op.removeFundingLine(doc, input.key)));
  }

  @Mutation(() => PortraitEditPayload, { description: `Moves a funding line one place up or down. ${text}` })
  moveFundingLine(@Ctx() ctx: Context, @Arg('input', () => MovePortraitItemInput) input: MovePortraitItemInput) {
    return asPayload(ctx.request.locale, () =>
      editor.edit(ctx, input, (doc) => op.moveFundingLine(doc, input.key, offset(input.direction))),
    );
  }

  @Mutation(() => PortraitEditPayload, {
    description: `Sets the partners, all of them (at least one carrier). ${text}`,
  })
  setPortraitPartners(
    @Ctx() ctx: Context,
    @Arg('input', () => SetPortraitPartnersInput) input: SetPortraitPartnersInput,
  ) {
    return asPayload(ctx.request.locale, () =>
      editor.edit(ctx, input, (doc) =>
        op.setPartners(
          doc,
          input.partners.map((p) => ({
            organizationId: idOf('Organization', p.organizationId, 'partners'),
            role: p.role,
            note: orNull(p.note),
          })),
        ),
      ),
    );
  }

  @Mutation(() => PortraitEditPayload, {
    description: `Records a change of stage, dated no earlier than the previous one: appended to the history, never rewriting it. ${text}`,
  })
  recordStageChange(@Ctx() ctx: Context, @Arg('input', () => RecordStageChangeInput) input: RecordStageChangeInput) {
    return asPayload(ctx.request.locale, () =>
      editor.edit(ctx, input, (doc) => op.recordStageChange(doc, editor.stageEntry(input))),
    );
  }

  @Mutation(() => PortraitEditPayload, {
    description: `Sets the portrait this project was replicated from, or none. ${text}`,
  })
  setReplicatedFrom(@Ctx() ctx: Context, @Arg('input', () => SetReplicatedFromInput) input: SetReplicatedFromInput) {
    return asPayload(ctx.request.locale, () => {
      const self = idOf('Portrait', input.id);
      const from = input.replicatedFromId ? idOf('Portrait', input.replicatedFromId, 'replicatedFromId') : null;
      if (from === self) throw invalid(msg('PORTRAIT_SELF_REPLICATION'), 'replicatedFromId');
      return editor.edit(ctx, input, (doc) => op.setReplicatedFrom(doc, from));
    });
  }

  @Mutation(() => PortraitEditPayload, { description: `Sets the findings the project answers. ${text}` })
  setAnsweredFindings(
    @Ctx() ctx: Context,
    @Arg('input', () => SetAnsweredFindingsInput) input: SetAnsweredFindingsInput,
  ) {
    return asPayload(ctx.request.locale, () =>
      editor.edit(ctx, input, (doc) =>
        op.setAnsweredFindings(
          doc,
          input.findingIds.map((id) => idOf('Finding', id, 'findingIds')),
        ),
      ),
    );
  }

  @Mutation(() => PortraitEditPayload, {
    description: `Adds an uploaded image (yours, from uploadImage) with its alternative text; it becomes public when the portrait is published. ${text}`,
  })
  addPortraitImage(@Ctx() ctx: Context, @Arg('input', () => PortraitImageInput) input: PortraitImageInput) {
    return asPayload(ctx.request.locale, async () => {
      const { imageId } = await editor.addImage(ctx, input);
      return editor.edit(ctx, input, (doc) => op.addImage(doc, { imageId, alt: input.alt }));
    });
  }

  @Mutation(() => PortraitEditPayload, { description: `Changes an image’s alternative text. ${text}` })
  updatePortraitImage(@Ctx() ctx: Context, @Arg('input', () => PortraitImageInput) input: PortraitImageInput) {
    return asPayload(ctx.request.locale, () =>
      editor.edit(ctx, input, (doc) => op.updateImageAlt(doc, idOf('Image', input.imageId, 'imageId'), input.alt)),
    );
  }

  @Mutation(() => PortraitEditPayload, { description: `Removes an image (key: the Image id). ${text}` })
  removePortraitImage(@Ctx() ctx: Context, @Arg('input', () => PortraitItemInput) input: PortraitItemInput) {
    return asPayload(ctx.request.locale, () =>
      editor.edit(ctx, input, (doc) => op.removeImage(doc, idOf('Image', input.key, 'key'))),
    );
  }

  @Mutation(() => PortraitEditPayload, {
    description: `Moves an image one place up or down (key: the Image id). ${text}`,
  })
  movePortraitImage(@Ctx() ctx: Context, @Arg('input', () => MovePortraitItemInput) input: MovePortraitItemInput) {
    return asPayload(ctx.request.locale, () =>
      editor.edit(ctx, input, (doc) => op.moveImage(doc, idOf('Image', input.key, 'key'), offset(input.direction))),
    );
  }

  @Mutation(() => PortraitEditPayload, { description: `Its editors submit the draft for review. ${text}` })
  submitPortrait(@Ctx() ctx: Context, @Arg('input', () => PortraitDraftInput) input: PortraitDraftInput) {
    return asPayload(ctx.request.locale, () => editor.review(ctx, input, 'submit'));
  }

  @Mutation(() => PortraitEditPayload, {
    description: `Coordinators publish the draft: it becomes the published edition the public reads. ${text}`,
  })
  publishPortrait(@Ctx() ctx: Context, @Arg('input', () => PortraitDraftInput) input: PortraitDraftInput) {
    return asPayload(ctx.request.locale, () => editor.review(ctx, input, 'publish'));
  }

  @Mutation(() => PortraitEditPayload, {
    description: `Its editors or coordinators take the portrait off public pages; it can be submitted again. ${text}`,
  })
  withdrawPortrait(@Ctx() ctx: Context, @Arg('input', () => PortraitDraftInput) input: PortraitDraftInput) {
    return asPayload(ctx.request.locale, () => editor.review(ctx, input, 'withdraw'));
  }

  @Mutation(() => PortraitEditPayload, {
    description: `Makes an earlier revision the draft again (a new revision). ${text}`,
  })
  restorePortraitRevision(
    @Ctx() ctx: Context,
    @Arg('input', () => RestorePortraitRevisionInput) input: RestorePortraitRevisionInput,
  ) {
    return asPayload(ctx.request.locale, () => editor.restore(ctx, input));
  }
}
