/**
 * A calendar file (RFC 5545) for one workshop, written by hand: the `ics` package adds a
 * dependency tree for what is here a few lines, and this one folds and escapes as the RFC says.
 */
export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date;
  /** Day precision: whole days (VALUE=DATE), no time of day. */
  allDay: boolean;
  summary: string;
  location: string;
  description: string;
  url: string;
  stamp?: Date;
}

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (CRLF then a space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    // Continuation lines start with a space, which counts in their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + octets > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const two = (n: number) => String(n).padStart(2, '0');
const utcStamp = (d: Date) =>
  `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`;
const dateValue = (d: Date) => `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}`;

export function calendarFile(event: CalendarEvent): string {
  // An all-day event ends on the day after its last one (DTEND is exclusive).
  const lastDay = new Date(Date.UTC(event.end.getUTCFullYear(), event.end.getUTCMonth(), event.end.getUTCDate() + 1));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//QuartierLab//Ateliers//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(event.stamp ?? new Date())}`,
    event.allDay ? `DTSTART;VALUE=DATE:${dateValue(event.start)}` : `DTSTART:${utcStamp(event.start)}`,
    event.allDay ? `DTEND;VALUE=DATE:${dateValue(lastDay)}` : `DTEND:${utcStamp(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    `URL:${event.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
