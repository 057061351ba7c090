import { partialDate, seedDateTime } from './seed.dates.js';
import { seedId } from './seed.ids.js';

export type Row = Record<string, unknown>;

/** Updates run after every table is loaded (links between rows loaded in either order). */
export interface SeedLink {
  table: string;
  id: string;
  values: Row;
}

/**
 * What every part of the plan shares: the rows gathered per table, the links, and the checks,
 * which collect every problem instead of stopping at the first, so one run reports them all.
 */
export function planContext(today: Date) {
  const problems: string[] = [];
  const index = new Map<string, Set<string>>();
  const checks: (() => void)[] = [];
  const tables: Record<string, Row[]> = {};
  const links: SeedLink[] = [];
  // What later files check their references against, beyond the key existing.
  const known = {
    workshops: new Map<string, { territory: string; diagnosis: string | null }>(),
    contributions: new Map<string, { state: string; workshop: string }>(),
  };

  const define = (kind: string, key: string | undefined, where: string) => {
    if (!key || !/^[a-z0-9]+(-[a-z0-9]+)*(--[a-z0-9]+(-[a-z0-9]+)*)?$/.test(key))
      problems.push(`${where}: "${key}" is not a kebab-case slug`);
    const keys = index.get(kind) ?? new Set<string>();
    if (key && keys.has(key)) problems.push(`${where}: ${kind} "${key}" is defined twice`);
    if (key) keys.add(key);
    index.set(kind, keys);
    return seedId(kind, key ?? '');
  };
  // Checked once every file is read: rows may name rows defined further on.
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
  const dateTime = (value: string | undefined, where: string) => {
    const parsed = value === undefined ? null : seedDateTime(value, today);
    if (!parsed) problems.push(`${where}: "${value}" is not an ISO date-time or "+Nd@HH:MM"`);
    return parsed ?? new Date(0);
  };
  const day = (value: string, where: string) => {
    const parsed = partialDate(value);
    if (!parsed || parsed.precision !== 'DAY') problems.push(`${where}: "${value}" must be a date YYYY-MM-DD`);
    return value;
  };
  const add = (table: string, row: Row) => (tables[table] ??= []).push(row);

  return {
    problems,
    checks,
    tables,
    links,
    known,
    define,
    ref,
    optRef,
    oneOf,
    text,
    dateTime,
    day,
    add,
    problem: (message: string) => problems.push(message),
  };
}

export type PlanContext = ReturnType<typeof planContext>;
