import type { PortraitStage } from '../../portraits/portrait.entity.js';
import type { PublicationState } from '../../shared/publication.js';
import type { Maker } from './base.js';
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
  const id = m.id();
  const slug = m.unique('portrait');
  const name = options.name ?? `Projet ${slug}`;
  const state = options.state ?? 'PUBLISHED';
  await m.knex('portrait').insert({
    id,
    slug,
    name,
    summary: 'Portrait de test.',
    territory_id: options.territoryId,
    commune: options.commune ?? '',
    stage: options.stage ?? 'OPERATIONAL',
    publication_state: state,
    published_at: state === 'PUBLISHED' ? (options.publishedAt ?? new Date('2024-01-01T00:00:00Z')) : null,
    start_year: options.startYear ?? 2020,
    duration_months: options.durationMonths ?? null,
    replicated_from_id: options.replicatedFromId ?? null,
  });
  const children: [string, Record<string, unknown>[]][] = [
    ['portrait_theme', (options.themeIds ?? []).map((theme_id) => ({ portrait_id: id, theme_id }))],
    ['indicator', (options.indicators ?? []).map((x, position) => ({ id: m.id(), portrait_id: id, position, ...x }))],
    [
      'funding_line',
      (options.fundingLines ?? []).map((f, position) => ({
        id: m.id(),
        portrait_id: id,
        position,
        source_kind: f.sourceKind,
        label: `Financement ${position + 1}`,
        amount: f.amount,
        funder_id: f.funderId ?? null,
        eu_priority_axis: f.euPriorityAxis ?? null,
      })),
    ],
    [
      'portrait_partner',
      (options.partners ?? []).map((p) => ({ portrait_id: id, organization_id: p.organizationId, role: p.role })),
    ],
    [
      'stage_event',
      (options.stages ?? []).map((s) => ({ id: m.id(), portrait_id: id, stage: s.stage, occurred_on: s.on })),
    ],
  ];
  for (const [table, rows] of children) if (rows.length > 0) await m.knex(table).insert(rows);
  return { id, slug, name };
}

/** A story of a territory (about a portrait if given), published unless a state is. */
export async function story(
  m: Maker,
  options: { territoryId: string; portraitId?: string; state?: `${PublicationState}`; title?: string },
): Promise<Made> {
  const id = m.id();
  const slug = m.unique('recit');
  const state = options.state ?? 'PUBLISHED';
  await m.knex('story').insert({
    id,
    slug,
    title: options.title ?? `Récit ${slug}`,
    kind: 'EXPERIENCE',
    body_markdown: 'Un **récit** de test.',
    territory_id: options.territoryId,
    portrait_id: options.portraitId ?? null,
    publication_state: state,
    published_at: state === 'PUBLISHED' ? new Date('2024-06-01T00:00:00Z') : null,
  });
  return { id, slug };
}
