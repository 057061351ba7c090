import { error } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { found, query } from '$lib/server/graphql';
import { calendarFile } from '$lib/workshops/ics';
import type { RequestHandler } from './$types';

const WorkshopCalendar = graphql(`
  query WorkshopCalendar($slug: String!) {
    workshop(slug: $slug) {
      id
      slug
      title
      startsAt
      endsAt
      datePrecision
      hasCalendarDate
      place
      description
    }
  }
`);

/** The workshop as a calendar entry, for workshops known to the day at least; read as the visitor. */
export const GET: RequestHandler = async (event) => {
  const w = found((await query(event, WorkshopCalendar, { slug: event.params.slug })).workshop);
  if (!w.hasCalendarDate) error(404, 'Not found');
  const url = new URL(`/workshops/${encodeURIComponent(w.slug)}`, event.url).href;
  const body = calendarFile({
    uid: `${w.id}@${event.url.host}`,
    start: new Date(w.startsAt as string),
    end: new Date(w.endsAt as string),
    allDay: w.datePrecision === 'DAY',
    summary: w.title,
    location: w.place,
    description: `${w.description}\n\n${url}`.trim(),
    url,
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${w.slug}.ics"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
};
