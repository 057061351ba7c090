// The summary printed at the end, and a JSON file with every reproduction in full.
import { writeFileSync } from 'node:fs';
import type { FailureKind } from './classify.js';
import { signature, type FailureGroup } from './confirm.js';
import type { Case, Sessions } from './context.js';
import type { RunResults } from './runner.js';

/** Failures that only count when a replay on a quiet server shows them again. */
const LOAD_SENSITIVE: FailureKind[] = ['slow', 'timeout', 'stall'];

const KIND_ORDER: FailureKind[] = [
  'crash',
  '5xx',
  'internal-error',
  'socket-internal-close',
  'socket-closed-by-operation',
  'socket-unexpected-close',
  'socket-unresponsive',
  'connection-dropped',
  'stall',
  'stderr',
  'timeout',
  'slow',
];

/** Most serious first; traces already explained by another family last. */
export function sortGroups(groups: FailureGroup[]): FailureGroup[] {
  const rank = (g: FailureGroup) => (g.explainedBy ? 100 : 0) + KIND_ORDER.indexOf(g.kind);
  return [...groups].sort((a, b) => rank(a) - rank(b) || b.count - a.count);
}

export const counts = (group: FailureGroup) =>
  !(LOAD_SENSITIVE.includes(group.kind) && group.confirmation === 'not reproduced alone');

const SOCKET_KINDS: FailureKind[] = [
  'socket-internal-close',
  'socket-closed-by-operation',
  'socket-unexpected-close',
  'socket-unresponsive',
];

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));

function truncate(text: string, max: number): string {
  const flat = text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replaceAll('\u0000', '\\u0000');
  return flat.length <= max ? flat : `${flat.slice(0, max)}… (${text.length.toLocaleString('en')} chars)`;
}

/** Session cookies by the role they stand for, so reproductions read "cookie: <coordinator>". */
function cookieName(sessions: Sessions, cookie: string): string {
  for (const [role, value] of Object.entries(sessions)) if (value === cookie) return `<${role} session>`;
  return cookie;
}

export function describe(c: Case, sessions: Sessions, max = 300): string {
  if (c.kind === 'http') {
    const { method, path, headers, body } = c.request;
    const shown = Object.entries(headers)
      .map(([k, v]) => `${k}: ${k === 'cookie' ? cookieName(sessions, v) : truncate(v, 60)}`)
      .join(' | ');
    const text = body === undefined ? '' : `\n        body: ${truncate(body.toString(), max)}`;
    return `${method} ${truncate(path, max)}\n        ${shown}${text}`;
  }
  const { path, headers, steps, protocols } = c.script;
  const cookie = headers?.cookie ? ` cookie: ${cookieName(sessions, headers.cookie)}` : '';
  const origin = headers?.origin ? ` origin: ${truncate(headers.origin, 40)}` : '';
  const proto = protocols ? ` subprotocols: ${JSON.stringify(protocols)}` : '';
  const frames = steps
    .map((s) => ('send' in s ? `${s.binary ? 'binary ' : ''}${s.send.toString()}` : `(await ${s.await})`))
    .join(' ▸ ');
  return `WS /graphql${path ?? ''}${cookie}${origin}${proto}\n        frames: ${truncate(frames, max)}`;
}

export function printReport(
  results: RunResults,
  groups: FailureGroup[],
  sessions: Sessions,
  header: string,
  out: (line: string) => void,
) {
  const { records } = results;
  out('');
  out(header);
  out(
    `${records.length.toLocaleString('en')} cases in ${(results.elapsedMs / 1000).toFixed(1)} s (${Math.round((records.length / results.elapsedMs) * 1000)}/s)`,
  );
  out('');
  const families = new Map<string, typeof records>();
  for (const r of records) families.set(r.c.family, [...(families.get(r.c.family) ?? []), r]);
  out(`  ${pad('family', 18)} ${pad('cases', 6)} ${pad('failed', 7)} ${pad('slowest', 10)} answers`);
  for (const [family, list] of [...families.entries()].sort()) {
    const answers = new Map<string, number>();
    for (const r of list) answers.set(r.verdict.answer, (answers.get(r.verdict.answer) ?? 0) + 1);
    const answerText = [...answers.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([a, n]) => `${a}×${n}`)
      .join(' ');
    const failed = list.filter((r) => r.verdict.failures.length > 0).length;
    const slowest = Math.max(...list.map((r) => r.verdict.ms));
    out(
      `  ${pad(family, 18)} ${pad(String(list.length), 6)} ${pad(String(failed), 7)} ${pad(ms(slowest), 10)} ${answerText}`,
    );
  }
  const statuses = new Map<string, number>();
  for (const r of records) statuses.set(r.verdict.answer, (statuses.get(r.verdict.answer) ?? 0) + 1);
  const of = (kind: FailureKind) => records.filter((r) => r.verdict.failures.includes(kind)).length;
  const slowest = records.reduce((a, b) => (b.verdict.ms > a.verdict.ms ? b : a), records[0]!);
  const traces = groups.filter((g) => g.kind === 'stderr').reduce((sum, g) => sum + g.count, 0);
  out('');
  out(`  answers seen:     ${[...statuses.entries()].map(([a, n]) => `${a}×${n}`).join(' ')}`);
  out(`  5xx:              ${of('5xx')}`);
  out(`  internal errors:  ${of('internal-error')}`);
  out(
    `  socket failures:  ${SOCKET_KINDS.map(of).reduce((a, b) => a + b, 0)} (${SOCKET_KINDS.map((k) => `${k} ${of(k)}`).join(', ')})`,
  );
  out(`  dropped / timed out / slow: ${of('connection-dropped')} / ${of('timeout')} / ${of('slow')}`);
  out(`  stderr traces:    ${traces}`);
  if (slowest) out(`  slowest answer:   ${ms(slowest.verdict.ms)} — ${slowest.c.family}: ${slowest.c.label}`);
  out(`  worst /healthz:   ${ms(results.worstHealth.ms)} (${results.stalls.length} probes over the stall bound)`);
  const fuzzerErrors = records.filter((r) => r.verdict.answer === 'fuzzer error');
  if (fuzzerErrors.length > 0) out(`  fuzzer errors:    ${fuzzerErrors.length} (bugs of the fuzzer, not the server)`);
  if (results.crashed) out('  THE SERVER PROCESS EXITED DURING THE RUN');
  out('');
  if (groups.length === 0) {
    out('No failure.');
    return;
  }
  out('Failure families (kind · case family · occurrences · replay on a quiet server):');
  const number = new Map(groups.map((g, i) => [g, i + 1]));
  groups.forEach((g, i) => {
    const ignored = counts(g) ? '' : '  [not counted: load]';
    if (g.explainedBy) {
      const by = g.explainedBy;
      out(
        `${i + 1}. stderr · ${g.count} × ${truncate(signature(g.note ?? ''), 120)} — written by #${number.get(by)} (${by.kind} · ${by.family})`,
      );
      return;
    }
    out(`${i + 1}. ${g.kind} · ${g.family} · ${g.count} · ${g.confirmation}${ignored}`);
    if (g.note) out(`     ${g.kind === 'stderr' ? truncate(signature(g.note), 200) : g.note}`);
    if (g.kind !== 'stderr' && g.causes && g.causes.length > 0)
      out(`     server log: ${truncate(g.causes.join(' | '), 300)}`);
    for (const r of g.repros.slice(0, 3)) {
      out(`     - ${r.c.label} (case #${r.index})`);
      out(`        ${describe(r.c, sessions)}`);
      const detail = r.verdict.detail ? `: ${truncate(r.verdict.detail, 200)}` : '';
      out(`        → ${r.verdict.answer} in ${ms(r.verdict.ms)}${detail}`);
    }
  });
}

export function writeJsonReport(
  file: string,
  results: RunResults,
  groups: FailureGroup[],
  sessions: Sessions,
  meta: object,
) {
  const full = (c: Case) => describe(c, sessions, 20_000);
  const data = {
    ...meta,
    cases: results.records.length,
    worstHealthMs: results.worstHealth.ms,
    groups: groups.map((g) => ({
      kind: g.kind,
      family: g.family,
      count: g.count,
      confirmation: g.confirmation,
      note: g.note,
      causes: g.causes,
      explainedBy: g.explainedBy ? `${g.explainedBy.kind} · ${g.explainedBy.family}` : undefined,
      repros: g.repros.map((r) => ({ index: r.index, label: r.c.label, request: full(r.c), verdict: r.verdict })),
    })),
  };
  writeFileSync(file, JSON.stringify(data, null, 2));
}
