import { describe, expect, it } from 'vitest';
import { createI18n } from '$lib/i18n';
import { BOM } from './csv';
import { diagnosisCsv, diagnosisJson, diagnosisMarkdown, exportFile, exportFilename, isExportFormat } from './export';
import type { RestitutionDiagnosis, RestitutionFinding } from './restitution';

const fr = createI18n(() => 'fr');
const en = createI18n(() => 'en');
const source = {
  url: 'https://quartierlab.test/territories/rive-droite/diagnostic/2026-2027',
  at: '2026-12-02T10:00:00.000Z',
};

function quote(id: string, voteCount: number, body = `Parole ${id}`) {
  return { id, body, authorName: `Auteur ${id}`, voteCount, workshop: { slug: 'atelier', title: 'Atelier mobilité' } };
}

function finding(id: string, patch: Partial<RestitutionFinding> = {}): RestitutionFinding {
  return {
    id,
    kind: 'UNMET_NEED',
    title: `Constat ${id}`,
    statement: `Énoncé ${id}`,
    priority: 'MEDIUM',
    status: 'RETAINED',
    position: 1,
    awaitingReview: false,
    evidenceCount: 2,
    participantCount: 2,
    organizationCount: 1,
    supportCount: 5,
    themes: [{ slug: 'mobilite', name: 'Mobilité', nameEn: 'Mobility' }],
    neighbourhoods: [{ slug: 'bastide', name: 'La Bastide' }],
    cosigners: [],
    evidence: [],
    answeredBy: [],
    ...patch,
  };
}

function diagnosis(findings: RestitutionFinding[]): RestitutionDiagnosis {
  return {
    slug: 'rive-droite-2026-2027',
    period: '2026-2027',
    title: 'Diagnostic de la Rive Droite',
    summary: 'Ce que disent les quartiers.',
    periodStart: '2026-01-01',
    periodEnd: '2027-12-31',
    status: 'CONSULTATION',
    validatedAt: null,
    isDemo: true,
    territory: { slug: 'rive-droite', name: 'Rive Droite' },
    workshops: [
      {
        slug: 'atelier',
        title: 'Atelier mobilité',
        startsAt: '2026-03-12T17:00:00.000Z',
        datePrecision: 'DAY_TIME',
        status: 'CLOSED',
        participantCount: 14,
        contributionCount: 31,
      },
    ],
    participation: {
      workshopCount: 1,
      participantCount: 14,
      contributionCount: 31,
      organizationCount: 3,
      contributionsByKind: [{ kind: 'NEED', count: 20 }],
      organizationsByKind: [{ kind: 'ASSOCIATION', count: 2 }],
      timeline: [{ month: '2026-03', count: 31 }],
    },
    matrix: [
      {
        theme: { slug: 'mobilite', name: 'Mobilité', nameEn: 'Mobility' },
        neighbourhood: null,
        findings: [{ id: 'a', title: 'Constat a' }],
        evidenceCount: 4,
      },
    ],
    findings,
  };
}

describe('diagnosisMarkdown', () => {
  const d = diagnosis([
    finding('low', { priority: 'LOW', position: 1 }),
    finding('high', {
      priority: 'HIGH',
      position: 2,
      title: 'Se déplacer *sans* voiture',
      cosigners: [{ slug: 'asso', name: 'Association du Quai', kind: 'ASSOCIATION' }],
      evidence: [quote('q1', 1), quote('q2', 9), quote('q3', 4), quote('q4', 0, 'La moins soutenue')],
      answeredBy: [{ slug: 'social-lab', name: 'Social Lab', stage: 'OPERATIONAL' }],
    }),
    finding('aside', { status: 'SET_ASIDE', title: 'Écarté du diagnostic' }),
    finding('review', { title: 'Proposition en attente', awaitingReview: true }),
  ]);
  const md = diagnosisMarkdown(d, fr, source);

  it('lists the retained findings by priority, highest first, and nothing else', () => {
    expect(md.indexOf('### Priorité haute')).toBeGreaterThan(-1);
    expect(md.indexOf('### Priorité haute')).toBeLessThan(md.indexOf('### Priorité basse'));
    expect(md).toContain('#### Se déplacer \\*sans\\* voiture');
    expect(md).not.toContain('Écarté du diagnostic');
    expect(md).not.toContain('Proposition en attente');
  });

  it('quotes the three most supported contributions of a finding', () => {
    expect(md).toContain('> Parole q2');
    expect(md).toContain('> Parole q3');
    expect(md).toContain('> Parole q1');
    expect(md).not.toContain('La moins soutenue');
    expect(md.indexOf('Parole q2')).toBeLessThan(md.indexOf('Parole q3'));
    expect(md).toContain('> — Auteur q2, Atelier mobilité');
  });

  it('names co-signers, projects, the process, the matrix and its source', () => {
    expect(md).toContain('Cosigné par\u00a0: Association du Quai');
    expect(md).toContain('## Les projets qui y répondent');
    expect(md).toContain('- Social Lab — Répond à\u00a0: Se déplacer \\*sans\\* voiture');
    expect(md).toContain('- 14 participants');
    expect(md).toContain('| Mobilité | Tout le territoire | Constat a | 4 |');
    expect(md).toContain(source.url);
    expect(md).toContain('> Contenu de démonstration');
  });

  it('speaks English when asked', () => {
    const english = diagnosisMarkdown(d, en, source);
    expect(english).toContain('## Findings retained');
    expect(english).toContain('### High priority');
  });
});

describe('diagnosisCsv', () => {
  it('has one row per finding but those under review, with counts, and is safe to open', () => {
    const d = diagnosis([
      finding('a', { title: '=cmd|"/c calc"!A1', position: 2, evidenceCount: 7 }),
      finding('b', { status: 'SET_ASIDE', position: 1 }),
      finding('c', { awaitingReview: true }),
    ]);
    const csv = diagnosisCsv(d, fr);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toContain('"Contributions à l’appui"');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"Écarté"');
    expect(lines[1]?.startsWith('1,')).toBe(true);
    expect(lines[2]?.startsWith('2,')).toBe(true);
    expect(lines[2]).toContain('"\'=cmd|""/c calc""!A1"');
    expect(lines[2]).toContain(',7,2,1,5,');
    expect(csv).not.toContain('Constat c');
  });
});

describe('diagnosisJson', () => {
  it('carries the source and leaves out proposals under review', () => {
    const json = JSON.parse(diagnosisJson(diagnosis([finding('a'), finding('b', { awaitingReview: true })]), source));
    expect(json.source).toBe(source.url);
    expect(json.exportedAt).toBe(source.at);
    expect(json.findings.map((f: { id: string }) => f.id)).toEqual(['a']);
    expect(json.participation.contributionCount).toBe(31);
  });
});

describe('export files', () => {
  it('accepts three formats only', () => {
    expect(['md', 'csv', 'json', 'pdf', 'CSV'].filter(isExportFormat)).toEqual(['md', 'csv', 'json']);
  });

  it('names the file after the territory and period, keeping it safe for a header', () => {
    expect(exportFilename({ territory: { slug: 'rive-droite', name: '' }, period: '2026-2027' }, 'csv')).toBe(
      'diagnostic-rive-droite-2026-2027.csv',
    );
    expect(exportFilename({ territory: { slug: 'a"; b\r\n', name: '' }, period: '../x' }, 'md')).toBe(
      'diagnostic-a-b-x.md',
    );
  });

  it('gives each format its content type', () => {
    const d = diagnosis([]);
    expect(exportFile(d, 'csv', fr, source).contentType).toBe('text/csv; charset=utf-8');
    expect(exportFile(d, 'md', fr, source).contentType).toBe('text/markdown; charset=utf-8');
    expect(exportFile(d, 'json', fr, source).contentType).toBe('application/json; charset=utf-8');
  });
});
