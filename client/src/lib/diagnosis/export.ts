import type { I18n } from '$lib/i18n';
import { workshopDatetime } from '$lib/workshops/dates';
import { toCsv } from './csv';
import { mdBlock, mdInline, mdQuote } from './markdown';
import {
  answeringProjects,
  byPriority,
  exported,
  keyQuotes,
  type RestitutionDiagnosis,
  type RestitutionFinding,
} from './restitution';

export const EXPORT_FORMATS = ['md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportFile {
  body: string;
  contentType: string;
  filename: string;
}

/** Where the export was taken from, and when: printed in the files so a copy names its source. */
export interface ExportSource {
  url: string;
  at: string;
}

const names = (items: readonly { name: string }[]) => items.map((i) => i.name).join(', ');

/** The findings as a table: one row each, with the counts behind it. */
export function diagnosisCsv(d: RestitutionDiagnosis, i18n: I18n): string {
  const header = [
    i18n.t('restitution.csv.position'),
    i18n.t('restitution.csv.kind'),
    i18n.t('restitution.csv.title'),
    i18n.t('restitution.csv.priority'),
    i18n.t('restitution.csv.status'),
    i18n.t('restitution.csv.themes'),
    i18n.t('restitution.csv.neighbourhoods'),
    i18n.t('restitution.csv.evidence'),
    i18n.t('restitution.csv.participants'),
    i18n.t('restitution.csv.organizations'),
    i18n.t('restitution.csv.supports'),
    i18n.t('restitution.csv.cosigners'),
    i18n.t('restitution.csv.projects'),
    i18n.t('restitution.csv.statement'),
  ];
  // Numbered from 1 in the diagnosis's order (positions are the API's, from 0).
  const rows = exported(d.findings).map((f, index) => [
    index + 1,
    i18n.label('restitution.kind', f.kind),
    f.title,
    i18n.label('findingPriority', f.priority),
    i18n.label('restitution.status', f.status),
    f.themes.map((t) => i18n.themeName(t)).join(', '),
    names(f.neighbourhoods),
    f.evidenceCount,
    f.participantCount,
    f.organizationCount,
    f.supportCount,
    names(f.cosigners),
    names(f.answeredBy),
    f.statement,
  ]);
  return toCsv(header, rows);
}

function findingMarkdown(f: RestitutionFinding, i18n: I18n): string[] {
  const lines = [`#### ${mdInline(f.title)}`, ''];
  const facts = [i18n.label('restitution.kind', f.kind)];
  if (f.themes.length > 0)
    facts.push(i18n.t('restitution.themes', { list: f.themes.map((t) => i18n.themeName(t)).join(', ') }));
  if (f.neighbourhoods.length > 0) facts.push(i18n.t('restitution.neighbourhoods', { list: names(f.neighbourhoods) }));
  lines.push(`*${facts.map(mdInline).join(' · ')}*`, '', mdBlock(f.statement), '');
  lines.push(mdInline(evidenceLine(f, i18n)), '');
  if (f.cosigners.length > 0) lines.push(mdInline(i18n.t('restitution.cosignedBy', { list: names(f.cosigners) })), '');
  for (const q of keyQuotes(f.evidence)) {
    lines.push(
      mdQuote(q.body),
      '>',
      `> — ${mdInline(i18n.t('restitution.quoteBy', { author: q.authorName, workshop: q.workshop.title }))}`,
      '',
    );
  }
  if (f.answeredBy.length > 0)
    lines.push(mdInline(i18n.t('restitution.answeredBy', { list: names(f.answeredBy) })), '');
  return lines;
}

/** The counts behind a finding, in one sentence. */
export function evidenceLine(f: RestitutionFinding, i18n: I18n): string {
  return [
    i18n.tn('restitution.evidence', f.evidenceCount),
    i18n.tn('restitution.participants', f.participantCount),
    i18n.tn('restitution.organizations', f.organizationCount),
    i18n.tn('restitution.supports', f.supportCount),
  ].join(' · ');
}

/** The restitution as a document: the process, the retained findings by priority, the matrix, the projects. */
export function diagnosisMarkdown(d: RestitutionDiagnosis, i18n: I18n, source: ExportSource): string {
  const p = d.participation;
  const lines = [`# ${mdInline(d.title)}`, ''];
  lines.push(mdInline(i18n.t('restitution.subtitle', { territory: d.territory.name, period: d.period })), '');
  if (d.isDemo) lines.push(`> ${mdInline(i18n.t('restitution.demo'))}`, '');
  if (d.summary.trim()) lines.push(mdBlock(d.summary), '');

  lines.push(`## ${mdInline(i18n.t('restitution.process'))}`, '');
  lines.push(
    `- ${mdInline(i18n.tn('restitution.workshops', p.workshopCount))}`,
    `- ${mdInline(i18n.tn('restitution.participants', p.participantCount))}`,
    `- ${mdInline(i18n.tn('restitution.evidence', p.contributionCount))}`,
    `- ${mdInline(i18n.tn('restitution.organizations', p.organizationCount))}`,
    '',
  );
  if (d.workshops.length > 0) {
    lines.push(`### ${mdInline(i18n.t('restitution.workshopsHeld'))}`, '');
    for (const w of d.workshops) {
      const counts = [
        ...(w.participantCount !== null && w.participantCount !== undefined
          ? [i18n.tn('restitution.participants', w.participantCount)]
          : []),
        i18n.tn('restitution.evidence', w.contributionCount),
      ].join(', ');
      lines.push(
        `- ${mdInline(`${i18n.date(workshopDatetime(w.startsAt, w.datePrecision))} — ${w.title} (${counts})`)}`,
      );
    }
    lines.push('');
  }
  if (p.contributionsByKind.length > 0) {
    lines.push(`### ${mdInline(i18n.t('restitution.contributionsByKind'))}`, '');
    for (const k of p.contributionsByKind)
      lines.push(`- ${mdInline(`${i18n.label('contributionKind', k.kind)} : ${i18n.number(k.count)}`)}`);
    lines.push('');
  }
  if (p.organizationsByKind.length > 0) {
    lines.push(`### ${mdInline(i18n.t('restitution.organizationsByKind'))}`, '');
    for (const k of p.organizationsByKind)
      lines.push(`- ${mdInline(`${i18n.label('orgKind', k.kind)} : ${i18n.number(k.count)}`)}`);
    lines.push('');
  }

  lines.push(`## ${mdInline(i18n.t('restitution.findings'))}`, '');
  const groups = byPriority(d.findings);
  if (groups.length === 0) lines.push(mdInline(i18n.t('restitution.noFindings')), '');
  for (const group of groups) {
    lines.push(`### ${mdInline(i18n.label('findingPriority', group.priority))}`, '');
    for (const f of group.findings) lines.push(...findingMarkdown(f, i18n));
  }

  if (d.matrix.length > 0) {
    lines.push(`## ${mdInline(i18n.t('restitution.matrix'))}`, '');
    lines.push(
      `| ${[i18n.t('restitution.matrixTheme'), i18n.t('restitution.matrixNeighbourhood'), i18n.t('restitution.matrixFindings'), i18n.t('restitution.matrixEvidence')].map(mdInline).join(' | ')} |`,
      '| --- | --- | --- | ---: |',
    );
    for (const cell of d.matrix) {
      lines.push(
        `| ${[
          i18n.themeName(cell.theme),
          cell.neighbourhood?.name ?? i18n.t('restitution.wholeTerritory'),
          cell.findings.map((f) => f.title).join(' ; '),
        ]
          .map(mdInline)
          .join(' | ')} | ${cell.evidenceCount} |`,
      );
    }
    lines.push('');
  }

  const projects = answeringProjects(d.findings);
  if (projects.length > 0) {
    lines.push(`## ${mdInline(i18n.t('restitution.projects'))}`, '');
    for (const project of projects) {
      lines.push(
        `- ${mdInline(`${project.name} — ${i18n.t('restitution.answers', { list: project.findings.join(' ; ') })}`)}`,
      );
    }
    lines.push('');
  }

  lines.push(
    '---',
    '',
    mdInline(i18n.t('restitution.exportedFrom', { date: i18n.dateTime(source.at), url: source.url })),
    '',
  );
  return lines.join('\n');
}

/** The same content as data, for whoever wants to reuse it. */
export function diagnosisJson(d: RestitutionDiagnosis, source: ExportSource): string {
  const { findings, ...rest } = d;
  return `${JSON.stringify({ source: source.url, exportedAt: source.at, ...rest, findings: exported(findings) }, null, 2)}\n`;
}

/** A file name from slugs the API made URL-safe, filtered again: it goes into a header. */
export function exportFilename(d: Pick<RestitutionDiagnosis, 'territory' | 'period'>, format: ExportFormat): string {
  const safe = (s: string) => s.replace(/[^a-zA-Z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `diagnostic-${safe(d.territory.slug)}-${safe(d.period)}.${format}`;
}

export function exportFile(
  d: RestitutionDiagnosis,
  format: ExportFormat,
  i18n: I18n,
  source: ExportSource,
): ExportFile {
  const filename = exportFilename(d, format);
  switch (format) {
    case 'csv':
      return { body: diagnosisCsv(d, i18n), contentType: 'text/csv; charset=utf-8', filename };
    case 'md':
      return { body: diagnosisMarkdown(d, i18n, source), contentType: 'text/markdown; charset=utf-8', filename };
    case 'json':
      return { body: diagnosisJson(d, source), contentType: 'application/json; charset=utf-8', filename };
  }
}
