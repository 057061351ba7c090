// Runs cases against the server for a bounded time and count, a few at a time, while a probe
// measures how long /healthz takes (event-loop stalls) and stderr is watched for errors.
import { judgeHttp, judgeWs, type FailureKind, type Verdict } from './classify.js';
import { buildCase } from './cases.js';
import type { Case, FuzzContext } from './context.js';
import { Rng } from './prng.js';
import type { StderrEvent } from './server-process.js';
import { HttpClient, runWsScript } from './transports.js';

export interface RunOptions {
  seed: string;
  seconds: number;
  maxCases: number;
  concurrency: number;
  slowMs: number;
  stallMs: number;
  timeoutMs: number;
  weights: Record<string, number>;
}

export interface CaseRecord {
  index: number;
  c: Case;
  verdict: Verdict;
  start: number;
  end: number;
}

/** A case that was running when a stall or a trace happened (by index: it may not be done yet). */
export interface Suspect {
  index: number;
  inFlight: boolean;
}

export interface StallRecord {
  ms: number;
  start: number;
  suspects: Suspect[];
}

export interface StderrRecord {
  event: StderrEvent;
  suspects: Suspect[];
}

/** Size of what a case sends, to show the smallest reproductions first. */
export function caseSize(c: Case): number {
  if (c.kind === 'http') return c.request.path.length + (c.request.body?.length ?? 0);
  return c.script.steps.reduce((sum, s) => sum + ('send' in s ? s.send.length : 0), 0);
}

export class Executor {
  constructor(
    private readonly http: HttpClient,
    private readonly wsUrl: string,
    private readonly ctx: FuzzContext,
    private readonly options: Pick<RunOptions, 'slowMs' | 'timeoutMs'>,
  ) {}

  async run(c: Case): Promise<Verdict> {
    try {
      if (c.kind === 'http') {
        const outcome = await this.http.send(c.request);
        return judgeHttp(c, outcome, this.options.slowMs, this.ctx.limits.maxHttpBodyBytes);
      }
      const outcome = await runWsScript(this.wsUrl, c.script, this.options.timeoutMs);
      return judgeWs(c, outcome, this.options.slowMs, this.ctx.limits.maxSocketMessageBytes);
    } catch (error) {
      // A bug of the fuzzer itself, not of the server: reported apart.
      return { failures: [], answer: 'fuzzer error', ms: 0, detail: (error as Error).stack };
    }
  }
}

/** GET /healthz on a timer: its delay is the server's event-loop stall, give or take a millisecond. */
export class HealthProbe {
  worst = { ms: 0, at: 0 };
  private pendingSince: number | null = null;
  private running = false;
  private loop: Promise<void> = Promise.resolve();
  /** Called for each probe slower than the bound (or failed): start time and delay. */
  onStall: (start: number, ms: number) => void = () => undefined;

  constructor(
    private readonly http: HttpClient,
    private readonly stallMs: number,
  ) {}

  start() {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        const start = performance.now();
        this.pendingSince = start;
        const outcome = await this.http.send({ method: 'GET', path: '/healthz', headers: {} });
        this.pendingSince = null;
        const ms = outcome.ms;
        if (ms > this.worst.ms) this.worst = { ms, at: start };
        if (ms > this.stallMs || outcome.status !== 200) this.onStall(start, ms);
        // The probe interval: often enough to see a stall of a fraction of a second.
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
  }

  /** The server has not answered the probe for a while: better not send it more work. */
  stalledFor(): number {
    return this.pendingSince === null ? 0 : performance.now() - this.pendingSince;
  }

  async stop() {
    this.running = false;
    await this.loop;
  }
}

export interface RunResults {
  records: CaseRecord[];
  stalls: StallRecord[];
  stderr: StderrRecord[];
  worstHealth: { ms: number; at: number };
  elapsedMs: number;
  crashed: boolean;
}

export async function runCases(
  options: RunOptions,
  ctx: FuzzContext,
  executor: Executor,
  probe: HealthProbe,
  hooks: {
    subscribeStderr(listener: (event: StderrEvent) => void): void;
    serverExited(): boolean;
    progress(done: number, failures: number): void;
  },
): Promise<RunResults> {
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const records: CaseRecord[] = [];
  const inFlight = new Map<number, { c: Case; start: number }>();
  const stalls: StallRecord[] = [];
  const stderr: StderrRecord[] = [];
  let next = 0;
  let failures = 0;

  // Who was running when something happened: in flight then, or finished a moment before.
  const suspectsAt = (from: number, to: number): Suspect[] => [
    ...[...inFlight.entries()].filter(([, f]) => f.start <= to).map(([index]) => ({ index, inFlight: true })),
    ...records.filter((r) => r.end >= from - 100 && r.start <= to).map((r) => ({ index: r.index, inFlight: false })),
  ];
  let running = true;
  hooks.subscribeStderr((event) => {
    if (running) stderr.push({ event, suspects: suspectsAt(event.at - 200, event.at) });
  });
  probe.onStall = (start, ms) => {
    const suspects = suspectsAt(start, start + 50);
    stalls.push({ ms, start, suspects });
    // A stall shows the size of a growing shape is already too much.
    for (const { index } of suspects) {
      const c = inFlight.get(index)?.c ?? records.find((r) => r.index === index)?.c;
      if (c?.growth) ctx.growth.failedAt(c.growth.key, c.growth.size);
    }
  };

  const worker = async () => {
    while (next < options.maxCases && performance.now() < deadline && !hooks.serverExited()) {
      // While the server does not answer /healthz, more cases would only pile up behind it.
      if (probe.stalledFor() > options.stallMs) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        continue;
      }
      const index = next++;
      const rng = new Rng(`${options.seed}:${index}`);
      const c = buildCase(rng, ctx, options.weights);
      const start = performance.now();
      inFlight.set(index, { c, start });
      const verdict = await executor.run(c);
      inFlight.delete(index);
      const record = { index, c, verdict, start, end: performance.now() };
      records.push(record);
      if (verdict.failures.length > 0) {
        failures++;
        if (c.growth && verdict.failures.some(isCostly)) ctx.growth.failedAt(c.growth.key, c.growth.size);
      }
      if (records.length % 250 === 0) hooks.progress(records.length, failures);
    }
  };
  probe.start();
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  // Let the last stderr lines arrive.
  await new Promise((resolve) => setTimeout(resolve, 300));
  running = false;
  await probe.stop();
  probe.onStall = () => undefined;
  return {
    records,
    stalls,
    stderr,
    worstHealth: probe.worst,
    elapsedMs: performance.now() - started,
    crashed: hooks.serverExited(),
  };
}

/** Failures that mean the size was too costly for the server. */
export const isCostly = (kind: FailureKind) => kind === 'slow' || kind === 'timeout' || kind === 'stall';
