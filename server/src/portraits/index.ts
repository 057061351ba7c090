import type { Feature } from '../shared/feature.js';
import { Portrait } from './portrait.entity.js';
import { FundingLine, Indicator, PortraitPartner, StageEvent } from './portrait-parts.entity.js';
import { FundingLineResolver, PortraitPartnerResolver, PortraitResolver } from './portrait.resolver.js';
import { createPortraitLoaders } from './portrait.loaders.js';
import { PortraitAnswersResolver } from './portrait-answers.resolver.js';
import { PortraitImage } from './portrait-image.entity.js';
import { PortraitEditorResolver } from './portrait-editor.resolver.js';
import { PortraitViewerResolver } from './portrait-viewer.resolver.js';
import {
  PortraitDraftFieldsResolver,
  PortraitDraftFundingLineResolver,
  PortraitDraftImageResolver,
  PortraitDraftPartnerResolver,
  PortraitDraftResolver,
  PortraitImageResolver,
} from './portrait-draft.resolver.js';
// Registers the portrait's adapter with the authoring core.
import './portrait.authored.js';

/** Project portraits: need → project → results, indicators, funding, partners, stages. */
export const portraits = {
  entities: [Portrait, Indicator, FundingLine, PortraitPartner, StageEvent, PortraitImage],
  resolvers: [
    PortraitResolver,
    FundingLineResolver,
    PortraitPartnerResolver,
    PortraitAnswersResolver,
    PortraitEditorResolver,
    PortraitDraftFieldsResolver,
    PortraitDraftResolver,
    PortraitDraftFundingLineResolver,
    PortraitDraftPartnerResolver,
    PortraitDraftImageResolver,
    PortraitImageResolver,
    PortraitViewerResolver,
  ],
  loaders: createPortraitLoaders,
  nodes: { Portrait: (l) => l.portraitById },
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createPortraitLoaders> {}
}
