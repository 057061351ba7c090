import { OrganizationKind } from '../organizations/organization.entity.js';
import { PlatformRole } from '../people/person.entity.js';
import { TerritoryKind } from '../territories/territory.entity.js';
import { ModerationMode, WorkshopKind, WorkshopStatus } from '../workshops/workshop.entity.js';
import { ContributionKind, ModerationState } from '../contributions/contribution.entity.js';
import { DiagnosisStatus } from '../diagnosis/diagnosis.entity.js';
import { FindingPriority, FindingStatus } from '../findings/finding.entity.js';
import { StoryKind } from '../stories/story.entity.js';
import { PortraitStage } from '../portraits/portrait.entity.js';
import { FundingSourceKind, PartnerRole } from '../portraits/portrait-parts.entity.js';
import { PublicationState } from '../shared/publication.js';
import type { SeedData } from './seed.files.js';
import type { ContributionSeed, WorkshopSeed } from './seed.types.js';
import { partialDate, seedDateTime } from './seed.dates.js';
import { seedId } from './seed.ids.js';
import { SeedError } from './seed.files.js';

type Rows = Record<string, unknown>[];

/** Every table's rows, in snake_case, ready to upsert; `owned` lists the parents whose children are replaced. */
export interface SeedPlan {
  tables: { table: string; rows: Rows; key: string[] }[];
  replaceChildren: { table: string; column: string; ids: string[] }[];
  /** Updates run after every table is loaded (links between rows loaded in either order). */
  links: { table: string; id: string; values: Rows[number] }[];
}

/**
 * Turns the seed files into rows, checking everything first: unknown references, bad enum
 * values, missing fields and malformed dates are all reported at once, and nothing is written.
 */
export function planSeeds(data: SeedData, today = new Date()): SeedPlan {
  const problems: string[] = [];
  const index = new Map<string, Set<string>>();
  const define = (kind: string, key: string | undefined, where: string) => {
    if (!key || !/^[a-z0-9]+(-[a-z0-9]+)*(--[a-z0-9]+(-[a-z0-9]+)*)?$/.test(key))
      problems.push(`${where}: "${key}" is not a kebab-case slug`);
    const keys = index.get(kind) ?? new Set<string>();
    if (key && keys.has(key)) problems.push(`${where}: ${kind} "${key}" is defined twice`);
    if (key) keys.add(key);
    index.set(kind, keys);
    return seedId(kind, key ?? '');
  };
  const checks: (() => void)[] = [];
  const ref = (kind: string, key: string, where: string) => {
    checks.push(() => {
      if (!index.get(kind)?.has(key)) problems.push(`${where}: unknown ${kind} "${key}"`);
    });
    return seedId(kind, key);
  };
  const optRef = (kind: string, key: string | undefined, where: string) => (key ? ref(kind, key, where) : null);
  const oneOf = <T extends string>(values: Record<string, T>, value: string, where: string): T => {
    if (!Object.values(values).includes(value as T)) {
      problems.push(`${where}: "${value}" is not one of ${Object.values(values).join(', ')}`);
    }
    return value as T;
  };
  const text = (value: unknown, where: string): string => {
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${where}: a non-empty text is required`);
    return typeof value === 'string' ? value : '';
  };
  const dateTime = (value: string, where: string) => {
    const parsed = seedDateTime(value, today);
    if (!parsed) problems.push(`${where}: "${value}" is not an ISO date-time or "+Nd@HH:MM"`);
    return parsed ?? new Date(0);
  };
  const day = (value: string, where: string) => {
    const parsed = partialDate(value);
    if (!parsed || parsed.precision !== 'DAY') problems.push(`${where}: "${value}" must be a date YYYY-MM-DD`);
    return value;
  };

  const t: Record<string, Rows> = {};
  const add = (table: string, row: Record<string, unknown>) => (t[table] ??= []).push(row);
  const links: SeedPlan['links'] = [];
  const joinCodeOf = (w: WorkshopSeed, where: string): string | null => {
    if (!w.joinCode) return null;
    if (!/^[A-Z0-9]{6}$/.test(w.joinCode))
      problems.push(`${where}.joinCode: "${w.joinCode}" must be 6 capital letters or digits`);
    if (w.status !== 'LIVE' && w.status !== 'PAUSED')
      problems.push(`${where}.joinCode: only live or paused workshops have a code`);
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
    });
  }
  for (const p of data.people) {
    const where = `people.json ${p.key}`;
    const id = define('person', p.key, where);
    if (p.demo && !p.email) problems.push(`${where}: demo accounts need an email`);
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
    });
    for (const theme of p.themes ?? [])
      add('portrait_theme', { portrait_id: id, theme_id: ref('theme', theme, `${where}.themes`) });
    p.indicators?.forEach((i, position) => {
      if (typeof i.value !== 'number' || !Number.isFinite(i.value))
        problems.push(`${where}.indicators[${position}]: value must be a number`);
      if (i.asOf && !partialDate(i.asOf))
        problems.push(`${where}.indicators[${position}].asOf: "${i.asOf}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
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
        problems.push(`${at}: amount must be a positive number`);
      for (const bound of [f.periodStart, f.periodEnd])
        if (bound && !partialDate(bound)) problems.push(`${at}: "${bound}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
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
      if (!parsed) problems.push(`${where}.stages[${position}]: "${s.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
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
    add('workshop', {
      id,
      slug: w.slug,
      title: text(w.title, `${where}.title`),
      kind: oneOf(WorkshopKind, w.kind, `${where}.kind`),
      territory_id: ref('territory', w.territory, `${where}.territory`),
      starts_at: dateTime(w.startsAt, `${where}.startsAt`),
      ends_at: dateTime(w.endsAt, `${where}.endsAt`),
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
      else problems.push(`${where}.activePrompt: unknown prompt "${w.activePrompt}"`);
    }
    const addContribution = (
      c: ContributionSeed | Omit<ContributionSeed, 'replies' | 'kind' | 'prompt'>,
      parent: { id: string; kind: string; promptId: string | null } | null,
    ) => {
      const at = `${where}.contributions ${c.key}`;
      const contributionId = define('contribution', `${w.slug}--${c.key}`, at);
      const full = c as Partial<ContributionSeed>;
      const promptId = parent ? parent.promptId : full.prompt ? (prompts.get(full.prompt) ?? null) : null;
      if (!parent && full.prompt && !promptId) problems.push(`${at}: unknown prompt "${full.prompt}"`);
      if (!c.author && !c.organization && !c.guestName)
        problems.push(`${at}: needs an author, an organization or a guestName`);
      const kind = parent ? parent.kind : oneOf(ContributionKind, full.kind ?? '', `${at}.kind`);
      add('contribution', {
        id: contributionId,
        workshop_id: id,
        prompt_id: promptId,
        parent_id: parent?.id ?? null,
        kind,
        body: text(c.body, `${at}.body`),
        author_id: optRef('person', c.author, `${at}.author`),
        organization_id: optRef('organization', c.organization, `${at}.organization`),
        guest_name: c.guestName ?? null,
        neighbourhood_id: optRef('neighbourhood', c.neighbourhood, `${at}.neighbourhood`),
        moderation_state: oneOf(ModerationState, c.state, `${at}.state`),
        vote_count: c.votes ?? 0,
      });
      for (const theme of c.themes ?? [])
        add('contribution_theme', { contribution_id: contributionId, theme_id: ref('theme', theme, `${at}.themes`) });
      for (const reply of full.replies ?? []) addContribution(reply, { id: contributionId, kind, promptId });
    };
    for (const c of w.contributions ?? []) addContribution(c, null);
  }
  for (const d of data.diagnoses) {
    const where = `diagnoses.json ${d.slug}`;
    const id = define('diagnosis', d.slug, where);
    add('diagnosis', {
      id,
      slug: d.slug,
      territory_id: ref('territory', d.territory, `${where}.territory`),
      title: text(d.title, `${where}.title`),
      summary: d.summary ?? '',
      period_start: day(d.periodStart, `${where}.periodStart`),
      period_end: day(d.periodEnd, `${where}.periodEnd`),
      period: periodOf(d.periodStart, d.periodEnd),
      status: oneOf(DiagnosisStatus, d.status, `${where}.status`),
      validated_at: d.validatedAt ? dateTime(d.validatedAt, `${where}.validatedAt`) : null,
      validated_by_id: optRef('person', d.validatedBy, `${where}.validatedBy`),
      is_demo: Boolean(d.demo),
    });
    d.findings?.forEach((f, position) => {
      const at = `${where}.findings ${f.key}`;
      const findingId = define('finding', f.key, at);
      add('finding', {
        id: findingId,
        diagnosis_id: id,
        position,
        title: text(f.title, `${at}.title`),
        statement: text(f.statement, `${at}.statement`),
        priority: oneOf(FindingPriority, f.priority, `${at}.priority`),
        status: oneOf(FindingStatus, f.status, `${at}.status`),
      });
      for (const theme of f.themes ?? [])
        add('finding_theme', { finding_id: findingId, theme_id: ref('theme', theme, `${at}.themes`) });
      for (const n of f.neighbourhoods ?? [])
        add('finding_neighbourhood', {
          finding_id: findingId,
          neighbourhood_id: ref('neighbourhood', n, `${at}.neighbourhoods`),
        });
      for (const e of f.evidence ?? [])
        add('finding_evidence', {
          finding_id: findingId,
          contribution_id: ref('contribution', `${e.workshop}--${e.contribution}`, `${at}.evidence`),
        });
    });
  }
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
  for (const check of checks) check();
  if (problems.length > 0) throw new SeedError(problems);

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
    ['finding', ['id']],
    ['finding_theme', []],
    ['finding_neighbourhood', []],
    ['finding_evidence', []],
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
      { table: 'finding_evidence', column: 'finding_id', ids: ids('finding') },
      { table: 'story_finding', column: 'story_id', ids: ids('story') },
    ],
  };
}

/** The period as the site's address names it: one year, or the first and last years. */
function periodOf(start: string, end: string): string {
  const [from, to] = [start.slice(0, 4), end.slice(0, 4)];
  return from === to ? from : `${from}-${to}`;
}
