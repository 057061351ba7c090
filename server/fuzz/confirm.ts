// Groups failures into families and replays each family's smallest case alone. Cases run a few
// at a time, so a stall or a stderr trace has several suspects, and a case may be slow only
// because another one stalled the server: a replay on a quiet server tells which is which.
import type { FailureKind } from './classify.js';
import type { StderrEvent } from './server-process.js';
import { caseSize, type CaseRecord, type Executor, type HealthProbe, type RunResults, type Suspect } from './runner.js';

export interface FailureGroup {
  kind: FailureKind;
  /** The case family; for stalls and stderr traces, the one a replay pinned it on (or "?"). */
  family: string;
  count: number;
  /** Up to 3 reproductions, smallest first (for stalls and traces: suspects until confirmed). */
  repros: CaseRecord[];
  /** For stderr: the first line of the trace. For stalls: the worst delay. */
  note?: string;
  confirmation: 'reproduced alone' | 'not reproduced alone' | 'not replayed';
  /** Signatures of the traces the server wrote while a replay of this group failed. */
  causes?: string[];
  /** For a trace group: the group whose replay wrote the same trace (the same defect). */
  explainedBy?: FailureGroup;
}

/**
 * What identifies a trace across occurrences: a PostgreSQL error by its message (not the SQL
 * text), any other line without its numbers, ids and quoted values.
 */
export function signature(line: string): string {
  const pg = /^error: (?:select|insert|update|delete|with)\b.* - (.+)$/is.exec(line);
  if (pg) return `PostgreSQL error: ${pg[1]!.replace(/"[^"]*"/g, '"…"').slice(0, 120)}`;
  return line
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b\d{2,}\b/g, 'N')
    .slice(0, 160);
}

/**
 * A refusal the site logs for a 4xx ("GraphQL 404 on /path: …", "[404] GET /path") quotes what
 * the client sent, which a hostile case fills with "onerror" and the like: its words say nothing.
 */
const refusalLine = /^(?:\S*\[4\d\d\] [A-Z]+ |GraphQL 4\d\d on )/;

/** Cases that may explain a stderr line: an error event, not an informational one. */
export const isErrorEvent = (event: StderrEvent) =>
  /\n\s+at /.test(event.text) ||
  (!refusalLine.test(event.firstLine) && /error|exception|unhandled|fatal/i.test(event.text));

function smallestDistinct(records: CaseRecord[], count: number): CaseRecord[] {
  const sorted = [...records].sort((a, b) => caseSize(a.c) - caseSize(b.c));
  const chosen: CaseRecord[] = [];
  const labels = new Set<string>();
  for (const r of sorted) {
    if (chosen.length < count && !labels.has(r.c.label)) {
      chosen.push(r);
      labels.add(r.c.label);
    }
  }
  for (const r of sorted) if (chosen.length < count && !chosen.includes(r)) chosen.push(r);
  return chosen;
}

/**
 * Suspects of a stall or a trace, one per label, likeliest first. A defect shows up each time
 * the same kind of case runs: a label present around most occurrences beats one present once.
 * Ties go, for a stall, to the costly cases (growing shapes, failed ones); for a trace, to the
 * cases in flight when it was written (servers log before they answer) and to the websocket
 * cases when the trace is about a socket.
 */
function rankSuspects(
  occurrences: Suspect[][],
  byIndex: Map<number, CaseRecord>,
  purpose: 'stall' | 'stderr',
  aboutSockets = false,
): CaseRecord[] {
  const byLabel = new Map<string, { record: CaseRecord; seen: number; inFlight: boolean }>();
  for (const suspects of occurrences) {
    const labels = new Set<string>();
    for (const s of suspects) {
      const record = byIndex.get(s.index);
      if (!record) continue;
      const entry = byLabel.get(record.c.label) ?? { record, seen: 0, inFlight: false };
      if (!labels.has(record.c.label)) entry.seen++;
      labels.add(record.c.label);
      entry.inFlight ||= s.inFlight;
      if (caseSize(record.c) < caseSize(entry.record.c)) entry.record = record;
      byLabel.set(record.c.label, entry);
    }
  }
  const score = ({ record, seen, inFlight }: { record: CaseRecord; seen: number; inFlight: boolean }) => {
    const failed = record.verdict.failures.length > 0 ? 1 : 0;
    const hint =
      purpose === 'stall'
        ? (record.c.growth ? 2 : 0) + failed
        : (inFlight ? 1 : 0) + failed + (aboutSockets && record.c.kind === 'ws' ? 2 : 0);
    return seen * 10 + hint;
  };
  return [...byLabel.values()].sort((a, b) => score(b) - score(a)).map((e) => e.record);
}

export function groupFailures(results: RunResults): FailureGroup[] {
  const byIndex = new Map(results.records.map((r) => [r.index, r]));
  const byKey = new Map<string, { kind: FailureKind; family: string; records: CaseRecord[] }>();
  for (const record of results.records) {
    for (const kind of new Set(record.verdict.failures)) {
      const key = `${kind}|${record.c.family}`;
      const group = byKey.get(key) ?? { kind, family: record.c.family, records: [] };
      group.records.push(record);
      byKey.set(key, group);
    }
  }
  const groups: FailureGroup[] = [...byKey.values()].map((g) => ({
    kind: g.kind,
    family: g.family,
    count: g.records.length,
    repros: smallestDistinct(g.records, 3),
    confirmation: 'not replayed',
  }));
  if (results.crashed) {
    groups.push({
      kind: 'crash',
      family: '?',
      count: 1,
      // The cases that were running last.
      repros: [...results.records].sort((a, b) => b.start - a.start).slice(0, 4),
      note: 'the server process exited during the run',
      confirmation: 'not replayed',
    });
  }
  if (results.stalls.length > 0) {
    const worst = Math.max(...results.stalls.map((s) => s.ms));
    groups.push({
      kind: 'stall',
      family: '?',
      count: results.stalls.length,
      repros: rankSuspects(
        results.stalls.map((s) => s.suspects),
        byIndex,
        'stall',
      ).slice(0, 6),
      note: `worst /healthz delay ${Math.round(worst)} ms`,
      confirmation: 'not replayed',
    });
  }
  const traces = new Map<string, { count: number; occurrences: Suspect[][]; firstLine: string }>();
  for (const { event, suspects } of results.stderr.filter((s) => isErrorEvent(s.event))) {
    const key = signature(event.firstLine);
    const entry = traces.get(key) ?? { count: 0, occurrences: [], firstLine: event.firstLine };
    entry.count++;
    entry.occurrences.push(suspects);
    traces.set(key, entry);
  }
  for (const trace of traces.values()) {
    groups.push({
      kind: 'stderr',
      family: '?',
      count: trace.count,
      repros: rankSuspects(
        trace.occurrences,
        byIndex,
        'stderr',
        /socket|message handling/i.test(trace.firstLine),
      ).slice(0, 5),
      note: trace.firstLine,
      confirmation: 'not replayed',
    });
  }
  return groups;
}

/**
 * Replays, one case at a time, until `budgetMs` is spent. What the server logged during a
 * replay becomes the group's `causes`; a trace group already explained by such a cause is not
 * replayed. A stall or trace group keeps the suspects that reproduced it and takes their family.
 */
export async function confirm(
  groups: FailureGroup[],
  executor: Executor,
  probe: HealthProbe,
  subscribeStderr: (listener: (event: StderrEvent) => void) => void,
  budgetMs: number,
  serverExited: () => boolean,
) {
  const deadline = performance.now() + budgetMs;
  const traces: StderrEvent[] = [];
  subscribeStderr((event) => traces.push(event));
  let stalled = false;
  probe.onStall = () => (stalled = true);
  probe.start();
  const quiet = () => new Promise((resolve) => setTimeout(resolve, 150));
  const timeLeft = () => performance.now() < deadline && !serverExited();
  /** Runs one case alone: did the group's failure happen again, and what did the server log? */
  const replay = async (group: FailureGroup, record: CaseRecord) => {
    await quiet();
    stalled = false;
    traces.length = 0;
    const verdict = await executor.run(record.c);
    await quiet();
    const logged = [...new Set(traces.filter(isErrorEvent).map((t) => signature(t.firstLine)))];
    const reproduced =
      group.kind === 'stall'
        ? stalled
        : group.kind === 'stderr'
          ? logged.includes(signature(group.note ?? ''))
          : verdict.failures.includes(group.kind);
    if (reproduced) group.causes = [...new Set([...(group.causes ?? []), ...logged])];
    return reproduced;
  };
  // Answers first (cheap, and they explain most traces), then traces, then stalls (seconds each).
  const rank = (g: FailureGroup) => (g.kind === 'stall' ? 2 : g.kind === 'stderr' ? 1 : 0);
  const order = [...groups].sort((a, b) => rank(a) - rank(b));
  const later: [FailureGroup, CaseRecord][] = [];
  for (const group of order) {
    if (rank(group) > 0 && later.length > 0) {
      for (const [g, record] of later.splice(0)) if (timeLeft()) await replay(g, record);
    }
    if (group.kind === 'stderr') {
      const explainer = groups.find((g) => g.causes?.includes(signature(group.note ?? '')));
      if (explainer) {
        group.explainedBy = explainer;
        continue;
      }
    }
    // A stall or a trace may have several culprits: every suspect is replayed.
    const many = group.kind === 'stall' || group.kind === 'stderr';
    const culprits: CaseRecord[] = [];
    for (const record of group.repros) {
      if (!timeLeft()) break;
      if (culprits.length > 0 && !many) {
        // The other reproductions only add causes: replayed at the end, if time is left.
        later.push([group, record]);
        continue;
      }
      if (await replay(group, record)) culprits.push(record);
      group.confirmation = culprits.length > 0 ? 'reproduced alone' : 'not reproduced alone';
    }
    if (culprits.length === 0) continue;
    if (many) {
      group.family = [...new Set(culprits.map((r) => r.c.family))].join(', ');
      group.repros = culprits.slice(0, 3);
    } else {
      group.repros = [culprits[0]!, ...group.repros.filter((r) => r !== culprits[0])];
    }
  }
  for (const [group, record] of later) if (timeLeft()) await replay(group, record);
  await probe.stop();
}
