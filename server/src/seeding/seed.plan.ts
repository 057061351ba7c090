import { OrganizationKind } from '../organizations/organization.entity.js';
import { PlatformRole } from '../people/person.entity.js';
import { TerritoryKind } from '../territories/territory.entity.js';
import {
  DatePrecision as WorkshopDatePrecision,
  ModerationMode,
  WorkshopKind,
  WorkshopStatus,
} from '../workshops/workshop.entity.js';
import { normalizeDates } from '../workshops/workshop-plan.checks.js';
import { StoryKind } from '../stories/story.entity.js';
import { PortraitStage } from '../portraits/portrait.entity.js';
import { FundingSourceKind, PartnerRole } from '../portraits/portrait-parts.entity.js';
import { PublicationState } from '../shared/publication.js';
import type { SeedData } from './seed.files.js';
import type { WorkshopSeed } from './seed.types.js';
import { partialDate } from './seed.dates.js';
import { seedId } from './seed.ids.js';
import { SeedError } from './seed.files.js';
import { planContext, type Row, type SeedLink } from './seed.context.js';
import { planContributions } from './seed.contributions.js';
import { planDiagnoses } from './seed.diagnoses.js';

/** Every table's rows, in snake_case, ready to upsert; `owned` lists the parents whose children are replaced. */
export interface SeedPlan {
  tables: { table: string; rows: Row[]; key: string[] }[];
  replaceChildren: { table: string; column: string; ids: string[] }[];
  links: SeedLink[];
}

/**
 * Turns the seed files into rows, checking everything first: unknown references, bad enum
 * values, missing fields and malformed dates are all reported at once, and nothing is written.
 */
export function planSeeds(data: SeedData, today = new Date()): SeedPlan {
  const ctx = planContext(today);
  const { define, ref, optRef, oneOf, text, dateTime, add, links, problem } = ctx;
  const t = ctx.tables;
  const joinCodeOf = (w: WorkshopSeed, where: string): string | null => {
    if (!w.joinCode) return null;
    if (!/^[A-Z0-9]{6}$/.test(w.joinCode))
      problem(`${where}.joinCode: "${w.joinCode}" must be 6 capital letters or digits`);
    if (w.status !== 'LIVE' && w.status !== 'PAUSED')
      problem(`${where}.joinCode: only live or paused workshops have a code`);
    return w.joinCode;
  };

  for (const theme of data.themes) {
    const where = `themes.json ${theme.slug}`;
    add('theme', {
      id: define('theme', theme.slug, where),
      slug: theme.slug,
      name: text(theme.name, `${where}.name`),
      name_en: text(theme.nameEn, `${where}.nameEn`),
      description: theme.description ?? '',
    });
  }
  for (const territory of data.territories) {
    const where = `territories.json ${territory.slug}`;
    const id = define('territory', territory.slug, where);
    add('territory', {
      id,
      slug: territory.slug,
      name: text(territory.name, `${where}.name`),
      kind: oneOf(TerritoryKind, territory.kind, `${where}.kind`),
      region: text(territory.region, `${where}.region`),
      description: territory.description ?? '',
    });
    for (const theme of territory.themes ?? [])
      add('territory_theme', { territory_id: id, theme_id: ref('theme', theme, `${where}.themes`) });
    for (const n of territory.neighbourhoods ?? []) {
      add('neighbourhood', {
        id: define('neighbourhood', n.slug, `${where}.neighbourhoods`),
        slug: n.slug,
        name: text(n.name, `${where}.${n.slug}.name`),
        commune: text(n.commune, `${where}.${n.slug}.commune`),
        description: n.description ?? '',
        territory_id: id,
      });
    }
  }
  for (const o of data.organizations) {
    const where = `organizations.json ${o.slug}`;
    add('organization', {
      id: define('organization', o.slug, where),
      slug: o.slug,
      name: text(o.name, `${where}.name`),
      kind: oneOf(OrganizationKind, o.kind, `${where}.kind`),
      description: o.description ?? '',
      website: o.website ?? null,
      commune: o.commune ?? null,
      territory_id: optRef('territory', o.territory, `${where}.territory`),
      members_may_co_sign: Boolean(o.membersMayCoSign),
    });
  }
  for (const p of data.people) {
    const where = `people.json ${p.key}`;
    const id = define('person', p.key, where);
    if (p.demo && !p.email) problem(`${where}: demo accounts need an email`);
    add('person', {
      id,
      slug: p.key,
      display_name: text(p.displayName, `${where}.displayName`),
      email: p.email?.toLowerCase() ?? null,
      role: oneOf(PlatformRole, p.role, `${where}.role`),
      bio: p.bio ?? '',
      is_demo: Boolean(p.demo),
    });
    for (const m of p.memberships ?? [])
      add('membership', {
        person_id: id,
        organization_id: ref('organization', m.organization, `${where}.memberships`),
        role: text(m.role, `${where}.memberships.role`),
      });
  }
  for (const p of data.portraits) {
    const where = `portraits.json ${p.slug}`;
    const id = define('portrait', p.slug, where);
    const state = oneOf(PublicationState, p.publication, `${where}.publication`);
    add('portrait', {
      id,
      slug: p.slug,
      name: text(p.name, `${where}.name`),
      summary: text(p.summary, `${where}.summary`),
      territory_id: ref('territory', p.territory, `${where}.territory`),
      commune: p.commune ?? '',
      need: text(p.need, `${where}.need`),
      project: text(p.project, `${where}.project`),
      results: p.results ?? '',
      stage: oneOf(PortraitStage, p.stage, `${where}.stage`),
      publication_state: state,
      published_at: state === 'PUBLISHED' ? new Date('2026-01-01T00:00:00Z') : null,
      start_year: p.startYear ?? null,
      duration_months: p.durationMonths ?? null,
      budget_total: p.budgetTotal ?? null,
      website: p.website ?? null,
      replicated_from_id: optRef('portrait', p.replicatedFrom, `${where}.replicatedFrom`),
      is_demo: Boolean(p.demo),
      is_featured: Boolean(p.featured),
    });
    for (const theme of p.themes ?? [])
      add('portrait_theme', { portrait_id: id, theme_id: ref('theme', theme, `${where}.themes`) });
    for (const finding of p.answers ?? [])
      add('portrait_finding', { portrait_id: id, finding_id: ref('finding', finding, `${where}.answers`) });
    p.indicators?.forEach((i, position) => {
      if (typeof i.value !== 'number' || !Number.isFinite(i.value))
        problem(`${where}.indicators[${position}]: value must be a number`);
      if (i.asOf && !partialDate(i.asOf))
        problem(`${where}.indicators[${position}].asOf: "${i.asOf}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
      add('indicator', {
        id: seedId('indicator', `${p.slug}#${position}`),
        portrait_id: id,
        position,
        label: text(i.label, `${where}.indicators[${position}].label`),
        value: i.value,
        unit: i.unit ?? '',
        as_of: i.asOf ?? null,
        period: i.period ?? null,
        note: i.note ?? null,
      });
    });
    p.funding?.forEach((f, position) => {
      const at = `${where}.funding[${position}]`;
      if (f.amount !== undefined && (typeof f.amount !== 'number' || f.amount < 0))
        problem(`${at}: amount must be a positive number`);
      for (const bound of [f.periodStart, f.periodEnd])
        if (bound && !partialDate(bound)) problem(`${at}: "${bound}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
      add('funding_line', {
        id: seedId('funding', `${p.slug}#${position}`),
        portrait_id: id,
        position,
        source_kind: oneOf(FundingSourceKind, f.sourceKind, `${at}.sourceKind`),
        label: text(f.label, `${at}.label`),
        funder_id: optRef('organization', f.funder, `${at}.funder`),
        amount: f.amount ?? null,
        eu_priority_axis: f.euPriorityAxis ?? null,
        period_start: f.periodStart ?? null,
        period_end: f.periodEnd ?? null,
        note: f.note ?? null,
      });
    });
    for (const partner of p.partners ?? []) {
      add('portrait_partner', {
        portrait_id: id,
        organization_id: ref('organization', partner.organization, `${where}.partners`),
        role: oneOf(PartnerRole, partner.role, `${where}.partners.role`),
        note: partner.note ?? null,
      });
    }
    p.stages?.forEach((s, position) => {
      const parsed = partialDate(s.date);
      if (!parsed) problem(`${where}.stages[${position}]: "${s.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
      add('stage_event', {
        id: seedId('stage', `${p.slug}#${position}`),
        portrait_id: id,
        stage: oneOf(PortraitStage, s.stage, `${where}.stages[${position}].stage`),
        occurred_on: parsed?.date ?? '1970-01-01',
        precision: parsed?.precision ?? 'DAY',
        note: s.note ?? '',
      });
    });
  }
  for (const w of data.workshops) {
    const where = `workshops.json ${w.slug}`;
    const id = define('workshop', w.slug, where);
    const { startsAt, endsAt, precision } = workshopDates(w, where, dateTime);
    ctx.known.workshops.set(w.slug, { territory: w.territory, diagnosis: null });
    add('workshop', {
      id,
      slug: w.slug,
      title: text(w.title, `${where}.title`),
      kind: oneOf(WorkshopKind, w.kind, `${where}.kind`),
      territory_id: ref('territory', w.territory, `${where}.territory`),
      // Set once diagnoses are stored (links): a diagnosis names the workshops that feed it.
      diagnosis_id: null,
      starts_at: startsAt,
      ends_at: endsAt,
      date_precision: precision,
      place: w.place ?? '',
      status: oneOf(WorkshopStatus, w.status, `${where}.status`),
      description: w.description ?? '',
      participant_count: w.participantCount ?? null,
      is_demo: Boolean(w.demo),
      moderation_mode: oneOf(ModerationMode, w.moderationMode ?? ModerationMode.STRICT, `${where}.moderationMode`),
      join_code: joinCodeOf(w, where),
    });
    for (const n of w.neighbourhoods ?? [])
      add('workshop_neighbourhood', {
        workshop_id: id,
        neighbourhood_id: ref('neighbourhood', n, `${where}.neighbourhoods`),
      });
    for (const theme of w.themes ?? [])
      add('workshop_theme', { workshop_id: id, theme_id: ref('theme', theme, `${where}.themes`) });
    for (const c of w.coordinators ?? [])
      add('workshop_coordinator', { workshop_id: id, person_id: ref('person', c, `${where}.coordinators`) });
    const prompts = new Map<string, string>();
    w.prompts?.forEach((p, i) => {
      const promptId = seedId('prompt', `${w.slug}#${p.key}`);
      prompts.set(p.key, promptId);
      add('prompt', {
        id: promptId,
        workshop_id: id,
        position: i + 1,
        question: text(p.question, `${where}.prompts[${i}].question`),
      });
    });
    if (w.activePrompt) {
      const promptId = prompts.get(w.activePrompt);
      if (promptId) links.push({ table: 'workshop', id, values: { active_prompt_id: promptId } });
      else problem(`${where}.activePrompt: unknown prompt "${w.activePrompt}"`);
    }
    // A past workshop's contributions were posted while it was held (the participation timeline counts them so).
    const postedAt = w.status === 'CLOSED' ? startsAt : today;
    planContributions(ctx, { slug: w.slug, id, where, prompts, postedAt }, w.contributions ?? []);
  }
  planDiagnoses(ctx, data);
  for (const s of data.stories) {
    const where = `stories.json ${s.slug}`;
    const id = define('story', s.slug, where);
    const state = oneOf(PublicationState, s.publication, `${where}.publication`);
    add('story', {
      id,
      slug: s.slug,
      title: text(s.title, `${where}.title`),
      kind: oneOf(StoryKind, s.kind, `${where}.kind`),
      summary: s.summary ?? '',
      body_markdown: text(s.bodyMarkdown, `${where}.bodyMarkdown`),
      teller_name: s.teller?.name ?? null,
      teller_role: s.teller?.role ?? null,
      territory_id: ref('territory', s.territory, `${where}.territory`),
      portrait_id: optRef('portrait', s.portrait, `${where}.portrait`),
      publication_state: state,
      published_at: state === 'PUBLISHED' ? dateTime(s.publishedAt, `${where}.publishedAt`) : null,
      is_demo: Boolean(s.demo),
    });
    for (const f of s.findings ?? [])
      add('story_finding', { story_id: id, finding_id: ref('finding', f, `${where}.findings`) });
  }
  for (const check of ctx.checks) check();
  if (ctx.problems.length > 0) throw new SeedError(ctx.problems);

  const ids = (table: string) => (t[table] ?? []).map((row) => row.id as string);
  const order: [string, string[]][] = [
    ['theme', ['id']],
    ['territory', ['id']],
    ['territory_theme', []],
    ['neighbourhood', ['id']],
    ['organization', ['id']],
    ['person', ['id']],
    ['membership', []],
    ['portrait', ['id']],
    ['portrait_theme', []],
    ['indicator', ['id']],
    ['funding_line', ['id']],
    ['portrait_partner', []],
    ['stage_event', ['id']],
    ['workshop', ['id']],
    ['workshop_neighbourhood', []],
    ['workshop_theme', []],
    ['workshop_coordinator', []],
    ['prompt', ['id']],
    ['contribution', ['id']],
    ['contribution_theme', []],
    ['diagnosis', ['id']],
    ['diagnosis_coordinator', []],
    ['diagnosis_transition', ['id']],
    ['finding', ['id']],
    ['finding_theme', []],
    ['finding_neighbourhood', []],
    ['finding_evidence', []],
    ['finding_revision', ['id']],
    ['finding_support', []],
    ['finding_comment', ['id']],
    ['finding_suggestion', ['id']],
    ['portrait_finding', []],
    ['story', ['id']],
    ['story_finding', []],
  ];
  return {
    links,
    tables: order.map(([table, key]) => ({ table, key, rows: t[table] ?? [] })),
    // Links and parts of seeded rows are replaced wholesale, so a removed link disappears on re-seed.
    replaceChildren: [
      { table: 'territory_theme', column: 'territory_id', ids: ids('territory') },
      { table: 'membership', column: 'person_id', ids: ids('person') },
      { table: 'portrait_theme', column: 'portrait_id', ids: ids('portrait') },
      { table: 'indicator', column: 'portrait_id', ids: ids('portrait') },
      { table: 'funding_line', column: 'portrait_id', ids: ids('portrait') },
      { table: 'portrait_partner', column: 'portrait_id', ids: ids('portrait') },
      { table: 'stage_event', column: 'portrait_id', ids: ids('portrait') },
      { table: 'workshop_neighbourhood', column: 'workshop_id', ids: ids('workshop') },
      { table: 'workshop_theme', column: 'workshop_id', ids: ids('workshop') },
      { table: 'workshop_coordinator', column: 'workshop_id', ids: ids('workshop') },
      { table: 'contribution_theme', column: 'contribution_id', ids: ids('contribution') },
      { table: 'finding_theme', column: 'finding_id', ids: ids('finding') },
      { table: 'finding_neighbourhood', column: 'finding_id', ids: ids('finding') },
      { table: 'diagnosis_coordinator', column: 'diagnosis_id', ids: ids('diagnosis') },
      { table: 'diagnosis_transition', column: 'diagnosis_id', ids: ids('diagnosis') },
      { table: 'finding_evidence', column: 'finding_id', ids: ids('finding') },
      // A seeded finding is reset to its seeded text and version, so its history goes with it.
      { table: 'finding_revision', column: 'finding_id', ids: ids('finding') },
      { table: 'finding_support', column: 'finding_id', ids: ids('finding') },
      { table: 'finding_comment', column: 'finding_id', ids: ids('finding') },
      { table: 'finding_suggestion', column: 'finding_id', ids: ids('finding') },
      { table: 'portrait_finding', column: 'portrait_id', ids: ids('portrait') },
      { table: 'story_finding', column: 'story_id', ids: ids('story') },
    ],
  };
}

/**
 * A workshop the sources date only by year or month ("2013", "2017-11") is stored as the planning
 * form stores one, with its precision; an ISO date-time or "+Nd@HH:MM" is known to the minute.
 */
function workshopDates(w: WorkshopSeed, where: string, dateTime: (value: string, where: string) => Date) {
  const start = partialDate(w.startsAt);
  if (!start) {
    return {
      startsAt: dateTime(w.startsAt, `${where}.startsAt`),
      endsAt: dateTime(w.endsAt, `${where}.endsAt`),
      precision: WorkshopDatePrecision.DAY_TIME,
    };
  }
  const end = partialDate(w.endsAt) ?? start;
  const precision = WorkshopDatePrecision[start.precision];
  return { ...normalizeDates(new Date(start.date), new Date(end.date), precision), precision };
}
