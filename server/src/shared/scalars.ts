import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** "2026-11-02 08:00:00+00" (PostgreSQL text) → "2026-11-02T08:00:00+00:00" (ISO 8601). */
export function toDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const iso = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Date-times as ISO 8601 UTC strings. Plain-row reads hand over PostgreSQL's text form (the ORM
 * keeps timestamps as text on the wire), entities hand over Date objects: both serialize alike.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTimeISO',
  description: 'A date-time in ISO 8601 format, in UTC, e.g. 2026-03-28T09:00:00.000Z.',
  serialize(value) {
    const date = toDate(value);
    if (!date) throw new GraphQLError(`Not a date-time: ${String(value)}`);
    return date.toISOString();
  },
  parseValue(value) {
    const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? toDate(value) : null;
    if (!date) throw new GraphQLError('Expected an ISO 8601 date-time such as 2026-03-28T09:00:00Z.');
    return date;
  },
  parseLiteral(ast) {
    const date = ast.kind === Kind.STRING && /^\d{4}-\d{2}-\d{2}T/.test(ast.value) ? toDate(ast.value) : null;
    if (!date) throw new GraphQLError('Expected an ISO 8601 date-time such as 2026-03-28T09:00:00Z.');
    return date;
  },
});
