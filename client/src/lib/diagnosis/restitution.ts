/**
 * What a restitution shows of a diagnosis, shaped from the API's answer (read as the visitor, so
 * what they may not see was never there). Plain structural types: the page's query result and the
 * exports' both fit them.
 */

import type { WorkshopDatePrecision } from '$lib/workshops/dates';

export type FindingPriorityValue = 'HIGH' | 'MEDIUM' | 'LOW';

export interface Named {
  slug: string;
  name: string;
  nameEn?: string | null;
}

export interface Quote {
  id: string;
  body: string;
  authorName: string;
  voteCount: number;
  workshop: { slug: string; title: string };
}

export interface RestitutionFinding {
  id: string;
  kind: string;
  title: string;
  statement: string;
  priority: FindingPriorityValue;
  status: string;
  position: number;
  awaitingReview: boolean;
  evidenceCount: number;
  participantCount: number;
  organizationCount: number;
  supportCount: number;
  themes: readonly Named[];
  neighbourhoods: readonly { slug: string; name: string }[];
  cosigners: readonly { slug: string; name: string; kind: string }[];
  evidence: readonly Quote[];
  answeredBy: readonly { slug: string; name: string; stage: string }[];
}

export interface RestitutionWorkshop {
  slug: string;
  title: string;
  startsAt: string;
  datePrecision: WorkshopDatePrecision;
  status: string;
  participantCount?: number | null;
  contributionCount: number;
}

export interface RestitutionMatrixCell {
  theme: Named;
  neighbourhood?: { slug: string; name: string } | null;
  findings: readonly { id: string; title: string }[];
  evidenceCount: number;
}

export interface RestitutionParticipation {
  workshopCount: number;
  participantCount: number;
  contributionCount: number;
  organizationCount: number;
  contributionsByKind: readonly { kind: string; count: number }[];
  organizationsByKind: readonly { kind: string; count: number }[];
  timeline: readonly { month: string; count: number }[];
}

export interface RestitutionDiagnosis {
  slug: string;
  period: string;
  title: string;
  summary: string;
  periodStart: string;
  periodEnd: string;
  status: string;
  validatedAt?: string | null;
  isDemo: boolean;
  territory: { slug: string; name: string };
  workshops: readonly RestitutionWorkshop[];
  participation: RestitutionParticipation;
  matrix: readonly RestitutionMatrixCell[];
  findings: readonly RestitutionFinding[];
}

export const PRIORITIES: readonly FindingPriorityValue[] = ['HIGH', 'MEDIUM', 'LOW'];

/** How many quotes a finding brings into the restitution: enough to hear it, few enough to print. */
export const KEY_QUOTES = 3;

/** The findings the restitution publishes: retained ones, reviewed, in the diagnosis's order. */
export function retained<F extends RestitutionFinding>(findings: readonly F[]): F[] {
  return findings.filter((f) => f.status === 'RETAINED' && !f.awaitingReview).sort((a, b) => a.position - b.position);
}

/** Retained findings grouped by priority, highest first; a priority without findings is left out. */
export function byPriority<F extends RestitutionFinding>(
  findings: readonly F[],
): { priority: FindingPriorityValue; findings: F[] }[] {
  const kept = retained(findings);
  return PRIORITIES.map((priority) => ({ priority, findings: kept.filter((f) => f.priority === priority) })).filter(
    (group) => group.findings.length > 0,
  );
}

/** The most supported evidence, the oldest id breaking ties so that two prints agree. */
export function keyQuotes<Q extends Quote>(evidence: readonly Q[], count = KEY_QUOTES): Q[] {
  return [...evidence]
    .sort((a, b) => b.voteCount - a.voteCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, count);
}

/**
 * What the exports list: every finding the visitor may read but proposals still under review,
 * which are not yet the diagnosis's.
 */
export function exported<F extends RestitutionFinding>(findings: readonly F[]): F[] {
  return findings.filter((f) => !f.awaitingReview).sort((a, b) => a.position - b.position);
}

/** The projects answering the retained findings, each once, by name. */
export function answeringProjects(findings: readonly RestitutionFinding[]) {
  const projects = new Map<string, { slug: string; name: string; stage: string; findings: string[] }>();
  for (const finding of retained(findings)) {
    for (const p of finding.answeredBy) {
      const entry = projects.get(p.slug) ?? { ...p, findings: [] };
      entry.findings.push(finding.title);
      projects.set(p.slug, entry);
    }
  }
  return [...projects.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
