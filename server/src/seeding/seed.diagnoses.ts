import { DiagnosisStatus } from '../diagnosis/diagnosis.entity.js';
import { diagnosisTransitions, reasonLimits } from '../diagnosis/diagnosis.policy.js';
import { PlatformRole } from '../people/person.entity.js';
import { ModerationMode, WorkshopKind, WorkshopStatus } from '../workshops/workshop.entity.js';
import type { SeedData } from './seed.files.js';
import type { PlanContext } from './seed.context.js';
import { planContributions } from './seed.contributions.js';
import { planFinding, type FindingScope } from './seed.findings.js';
import type { DiagnosisSeed } from './seed.types.js';

/** The period as the site's address names it: one year, or the first and last years. */
function periodOf(start: string, end: string): string {
  const [from, to] = [start.slice(0, 4), end.slice(0, 4)];
  return from === to ? from : `${from}-${to}`;
}

/** Its life, each move one the application allows, from DRAFT to the status it is in. */
function planTransitions(
  ctx: PlanContext,
  d: DiagnosisSeed,
  id: string,
  where: string,
  coordinates: (p: string) => boolean,
) {
  let status: string = DiagnosisStatus.DRAFT;
  let previousAt = 0;
  let openedAt: Date | null = null;
  for (const [i, t] of (d.transitions ?? []).entries()) {
    const at = `${where}.transitions[${i}]`;
    const from = ctx.oneOf(DiagnosisStatus, t.from, `${at}.from`);
    const to = ctx.oneOf(DiagnosisStatus, t.to, `${at}.to`);
    if (from !== status) ctx.problem(`${at}.from: the diagnosis was ${status}, not ${from}`);
    const move = Object.entries(diagnosisTransitions).find(([, m]) => m.from.includes(from) && m.to === to);
    if (!move) ctx.problem(`${at}: no move goes from ${from} to ${to}`);
    // As the application asks: a reason to reopen, and any reason given of a sensible length.
    const reason = (t.reason ?? '').trim();
    const { min, max } = reasonLimits;
    if ((move?.[0] === 'reopen' || reason.length > 0) && (reason.length < min || reason.length > max))
      ctx.problem(`${at}.reason: a reason of ${min} to ${max} characters (required to reopen)`);
    if (!coordinates(t.by)) ctx.problem(`${at}.by: "${t.by}" does not coordinate ${d.slug}`);
    const when = ctx.dateTime(t.at, `${at}.at`);
    if (when.getTime() < previousAt) ctx.problem(`${at}.at: transitions come in the order they were made`);
    previousAt = when.getTime();
    if (to === DiagnosisStatus.CONSULTATION) openedAt = when;
    ctx.add('diagnosis_transition', {
      id: ctx.define('diagnosis-transition', `${d.slug}--t${i + 1}`, at),
      diagnosis_id: id,
      actor_id: ctx.ref('person', t.by, `${at}.by`),
      from_status: from,
      to_status: to,
      reason,
      created_at: when,
      updated_at: when,
    });
    status = to;
  }
  if (status !== d.status)
    ctx.problem(`${where}.transitions: they lead to ${status}, but the diagnosis is ${d.status}`);
  return { openedAt };
}

/**
 * Where people post from the consultation on: a workshop of kind CONSULTATION, as opening the
 * consultation makes it (moderated like any other, run by the diagnosis's coordinators, no join
 * code: taking part needs an account), live during the consultation and closed after it.
 */
function planConsultation(
  ctx: PlanContext,
  d: DiagnosisSeed,
  diagnosisId: string,
  where: string,
  openedAt: Date | null,
) {
  const c = d.consultation;
  if (d.status === DiagnosisStatus.CONSULTATION && !c)
    ctx.problem(`${where}.consultation: a diagnosis in consultation has one`);
  if (d.status === DiagnosisStatus.DRAFT && c) ctx.problem(`${where}.consultation: a draft has none yet`);
  if (!c) return null;
  const at = `${where}.consultation`;
  const slug = `consultation-${d.slug}`;
  const id = ctx.define('workshop', slug, at);
  const startsAt = c.startsAt ? ctx.dateTime(c.startsAt, `${at}.startsAt`) : openedAt;
  if (!startsAt) ctx.problem(`${at}.startsAt: give it, or the transition that opened the consultation`);
  ctx.known.workshops.set(slug, { territory: d.territory, diagnosis: d.slug });
  ctx.add('workshop', {
    id,
    slug,
    title: c.title ?? `Consultation — ${d.title}`,
    kind: WorkshopKind.CONSULTATION,
    territory_id: ctx.ref('territory', d.territory, `${where}.territory`),
    diagnosis_id: null,
    starts_at: startsAt ?? new Date(0),
    ends_at: c.endsAt ? ctx.dateTime(c.endsAt, `${at}.endsAt`) : new Date(`${d.periodEnd}T23:59:59Z`),
    place: '',
    status: d.status === DiagnosisStatus.CONSULTATION ? WorkshopStatus.LIVE : WorkshopStatus.CLOSED,
    description: c.description ?? '',
    participant_count: null,
    is_demo: Boolean(d.demo),
    moderation_mode: ctx.oneOf(ModerationMode, c.moderationMode ?? ModerationMode.STRICT, `${at}.moderationMode`),
    join_code: null,
  });
  ctx.links.push({ table: 'workshop', id, values: { diagnosis_id: diagnosisId } });
  for (const n of c.neighbourhoods ?? [])
    ctx.add('workshop_neighbourhood', {
      workshop_id: id,
      neighbourhood_id: ctx.ref('neighbourhood', n, `${at}.neighbourhoods`),
    });
  for (const theme of c.themes ?? [])
    ctx.add('workshop_theme', { workshop_id: id, theme_id: ctx.ref('theme', theme, `${at}.themes`) });
  for (const person of d.coordinators ?? [])
    ctx.add('workshop_coordinator', { workshop_id: id, person_id: ctx.ref('person', person, `${where}.coordinators`) });
  const place = { slug, id, where: at, prompts: new Map(), postedAt: startsAt ?? new Date(0), signedInOnly: true };
  planContributions(ctx, place, c.contributions ?? []);
  return id;
}

/** The diagnoses, their coordinators, life, workshops, consultation and findings. */
export function planDiagnoses(ctx: PlanContext, data: SeedData) {
  const roles = new Map(data.people.map((p) => [p.key, p.role]));
  const members = new Map(data.people.map((p) => [p.key, new Set((p.memberships ?? []).map((m) => m.organization))]));
  const coSigning = new Set(data.organizations.filter((o) => o.membersMayCoSign).map((o) => o.slug));
  const findings: FindingScope['findings'] = new Map();
  const periods = new Set<string>();
  for (const d of data.diagnoses) {
    const where = `diagnoses.json ${d.slug}`;
    const id = ctx.define('diagnosis', d.slug, where);
    const status = ctx.oneOf(DiagnosisStatus, d.status, `${where}.status`);
    const period = d.period ?? periodOf(d.periodStart, d.periodEnd);
    if (!/^\d{4}(-\d{4})?$/.test(period)) ctx.problem(`${where}.period: "${period}" is not YYYY or YYYY-YYYY`);
    if (periods.has(`${d.territory} ${period}`))
      ctx.problem(`${where}.period: ${d.territory} has two diagnoses for ${period}`);
    periods.add(`${d.territory} ${period}`);
    const validated = status === DiagnosisStatus.VALIDATED || status === DiagnosisStatus.ARCHIVED;
    if (!validated && (d.validatedAt || d.validatedBy))
      ctx.problem(`${where}: only a validated or archived diagnosis has validatedAt and validatedBy`);
    const coordinators = new Set(d.coordinators ?? []);
    for (const person of coordinators) {
      const role = roles.get(person);
      if (role && role !== PlatformRole.COORDINATOR)
        ctx.problem(`${where}.coordinators: "${person}" has the role ${role}, not COORDINATOR`);
      ctx.add('diagnosis_coordinator', {
        diagnosis_id: id,
        person_id: ctx.ref('person', person, `${where}.coordinators`),
      });
    }
    const coordinates = (person: string) => coordinators.has(person) || roles.get(person) === PlatformRole.ADMIN;
    const { openedAt } = planTransitions(ctx, d, id, where, coordinates);
    const consultationId = planConsultation(ctx, d, id, where, openedAt);
    for (const slug of d.workshops ?? []) {
      const workshopId = ctx.ref('workshop', slug, `${where}.workshops`);
      const workshop = ctx.known.workshops.get(slug);
      if (workshop?.diagnosis) ctx.problem(`${where}.workshops: "${slug}" already feeds ${workshop.diagnosis}`);
      if (workshop && workshop.territory !== d.territory)
        ctx.problem(`${where}.workshops: "${slug}" was held on another territory`);
      if (workshop) workshop.diagnosis = d.slug;
      ctx.links.push({ table: 'workshop', id: workshopId, values: { diagnosis_id: id } });
    }
    ctx.add('diagnosis', {
      id,
      slug: d.slug,
      territory_id: ctx.ref('territory', d.territory, `${where}.territory`),
      title: ctx.text(d.title, `${where}.title`),
      summary: d.summary ?? '',
      period_start: ctx.day(d.periodStart, `${where}.periodStart`),
      period_end: ctx.day(d.periodEnd, `${where}.periodEnd`),
      period,
      status,
      validated_at: d.validatedAt ? ctx.dateTime(d.validatedAt, `${where}.validatedAt`) : null,
      validated_by_id: ctx.optRef('person', d.validatedBy, `${where}.validatedBy`),
      is_demo: Boolean(d.demo),
      consultation_id: consultationId,
    });
    const scope: FindingScope = {
      diagnosisId: id,
      diagnosisSlug: d.slug,
      where,
      status,
      territory: d.territory,
      coordinates,
      memberships: (person) => members.get(person) ?? new Set(),
      coSigning,
      findings,
    };
    (d.findings ?? []).forEach((f, position) => planFinding(ctx, f, position, scope));
  }
}
