import { Portrait, type PortraitStage } from '../../portraits/portrait.entity.js';
import {
  FundingLine,
  Indicator,
  PortraitPartner,
  StageEvent,
  type FundingSourceKind,
  type PartnerRole,
} from '../../portraits/portrait-parts.entity.js';
import type { PublicationState } from '../../shared/publication.js';
import { Story, StoryKind } from '../../stories/story.entity.js';
import { build, type Maker } from './base.js';
import type { Made } from './places.js';

export interface PortraitOptions {
  territoryId: string;
  name?: string;
  stage?: `${PortraitStage}`;
  state?: `${PublicationState}`;
  publishedAt?: Date;
  startYear?: number;
  commune?: string;
  durationMonths?: number;
  replicatedFromId?: string;
  themeIds?: string[];
  /** Indicators, by label. */
  indicators?: { label: string; value: number; unit: string }[];
  fundingLines?: { sourceKind: string; amount: number; funderId?: string; euPriorityAxis?: string }[];
  partners?: { organizationId: string; role: 'CARRIER' | 'FUNDER' | 'PARTNER' | 'SUPPORT' }[];
  stages?: { stage: `${PortraitStage}`; on: string }[];
}

/** A portrait with whatever relations are given; published unless a state is. */
export async function portrait(m: Maker, options: PortraitOptions): Promise<Made & { name: string }> {
  const em = m.em();
  const id = m.id();
  const slug = m.unique('portrait');
  const name = options.name ?? `Projet ${slug}`;
  const state = (options.state ?? 'PUBLISHED') as PublicationState;
  const made = build(em, Portrait, {
    id,
    slug,
    name,
    summary: 'Portrait de test.',
    territory: options.territoryId,
    commune: options.commune ?? '',
    stage: (options.stage ?? 'OPERATIONAL') as PortraitStage,
    publicationState: state,
    publishedAt: state === 'PUBLISHED' ? (options.publishedAt ?? new Date('2024-01-01T00:00:00Z')) : undefined,
    startYear: options.startYear ?? 2020,
    durationMonths: options.durationMonths,
    replicatedFrom: options.replicatedFromId,
    themes: options.themeIds,
  });
  (options.indicators ?? []).forEach((x, position) =>
    build(em, Indicator, { id: m.id(), portrait: made, position, ...x, value: String(x.value) }),
  );
  (options.fundingLines ?? []).forEach((f, position) =>
    build(em, FundingLine, {
      id: m.id(),
      portrait: made,
      position,
      sourceKind: f.sourceKind as FundingSourceKind,
      label: `Financement ${position + 1}`,
      amount: String(f.amount),
      funder: f.funderId,
      euPriorityAxis: f.euPriorityAxis,
    }),
  );
  for (const p of options.partners ?? []) {
    build(em, PortraitPartner, { portrait: made, organization: p.organizationId, role: p.role as PartnerRole });
  }
  for (const s of options.stages ?? []) {
    build(em, StageEvent, { id: m.id(), portrait: made, stage: s.stage as PortraitStage, occurredOn: s.on });
  }
  await em.flush();
  return { id, slug, name };
}

/** A story of a territory (about a portrait if given), published unless a state is. */
export async function story(
  m: Maker,
  options: { territoryId: string; portraitId?: string; state?: `${PublicationState}`; title?: string },
): Promise<Made> {
  const em = m.em();
  const id = m.id();
  const slug = m.unique('recit');
  const state = (options.state ?? 'PUBLISHED') as PublicationState;
  build(em, Story, {
    id,
    slug,
    title: options.title ?? `Récit ${slug}`,
    kind: StoryKind.EXPERIENCE,
    bodyMarkdown: 'Un **récit** de test.',
    territory: options.territoryId,
    portrait: options.portraitId,
    publicationState: state,
    publishedAt: state === 'PUBLISHED' ? new Date('2024-06-01T00:00:00Z') : undefined,
  });
  await em.flush();
  return { id, slug };
}
