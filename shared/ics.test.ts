// The calendar file is read back with ical.js (Mozilla's parser, as in Thunderbird): what a
// calendar makes of it is checked, not the text this module happens to write.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarFile, POST_MINUTES, type CalendarPost } from './ics';

const NOW = Date.UTC(2026, 10, 30, 7, 45, 12, 345);

function post(date: string, time: string, extra: Partial<CalendarPost> = {}): CalendarPost {
  return {
    uid: `c-${date}-${time}@sendeplan`,
    date,
    time,
    summary: `Instagram: Beitrag ${date}`,
    description: '',
    categories: ['Instagram'],
    confirmed: false,
    ...extra,
  };
}

/** The events of a file as a calendar reads them, with the file's own time zone definition. */
function readBack(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(file));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        event,
        start: event.startDate.toUnixTime() * 1000,
        end: event.endDate.toUnixTime() * 1000,
      };
    }),
  };
}

const berlin = (posts: CalendarPost[]) =>
  calendarFile({ name: 'Redaktionsplan', timeZone: 'Europe/Berlin', posts, now: NOW });

afterEach(() => ICAL.TimezoneService.reset());

describe('calendarFile', () => {
  it('places posts at their wall-clock time on both sides of the changes to and from summer time', () => {
    const file = berlin([
      post('2026-03-27', '09:00'),
      post('2026-03-30', '09:00'),
      post('2026-10-23', '18:30'),
      post('2026-10-26', '18:30'),
    ]);
    expect(file).toContain('DTSTART;TZID=Europe/Berlin:20260327T090000');
    const { events } = readBack(file);
    expect(events.map((e) => new Date(e.start).toISOString())).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-10-23T16:30:00.000Z',
      '2026-10-26T17:30:00.000Z',
    ]);
    for (const e of events) expect(e.end - e.start).toBe(POST_MINUTES * 60_000);
  });

  it('writes the zone changes of every year of the posts, as observances of their own', () => {
    const file = berlin([post('2026-06-01', '09:00'), post('2027-06-01', '09:00')]);
    const zone = readBack(file).calendar.getFirstSubcomponent('vtimezone')!;
    const observances = zone
      .getAllSubcomponents()
      .map(
        (o) =>
          `${o.name} ${o.getFirstPropertyValue('dtstart')!.toString()} ${o.getFirstProperty('tzoffsetfrom')!.toICALString()}>${o.getFirstProperty('tzoffsetto')!.toICALString()}`,
      );
    expect(observances).toEqual([
      'standard 2025-12-31T01:00:00 TZOFFSETFROM:+0100>TZOFFSETTO:+0100',
      'daylight 2026-03-29T02:00:00 TZOFFSETFROM:+0100>TZOFFSETTO:+0200',
      'standard 2026-10-25T03:00:00 TZOFFSETFROM:+0200>TZOFFSETTO:+0100',
      'daylight 2027-03-28T02:00:00 TZOFFSETFROM:+0100>TZOFFSETTO:+0200',
      'standard 2027-10-31T03:00:00 TZOFFSETFROM:+0200>TZOFFSETTO:+0100',
    ]);
  });

  it.each([
    // southern summer time from October to April
    ['Australia/Sydney', '2026-01-15', '2026-01-14T22:00:00.000Z', '2026-07-15', '2026-07-14T23:00:00.000Z'],
    // half-hour offsets
    ['America/St_Johns', '2026-07-01', '2026-07-01T11:30:00.000Z', '2026-12-01', '2026-12-01T12:30:00.000Z'],
    // no summer time at all
    ['Asia/Tokyo', '2026-01-15', '2026-01-15T00:00:00.000Z', '2026-07-15', '2026-07-15T00:00:00.000Z'],
  ])('places posts right in %s', (timeZone, winter, winterUtc, summer, summerUtc) => {
    const file = calendarFile({
      name: 'Plan',
      timeZone,
      posts: [post(winter, '09:00'), post(summer, '09:00')],
      now: NOW,
    });
    expect(readBack(file).events.map((e) => new Date(e.start).toISOString())).toEqual([winterUtc, summerUtc]);
  });

  it('reads a zone this system does not know as Europe/Berlin, as the calendar does', () => {
    const file = calendarFile({
      name: 'Plan',
      timeZone: 'Mars/Olympus',
      posts: [post('2026-07-01', '09:00')],
      now: NOW,
    });
    expect(file).toContain('DTSTART;TZID=Europe/Berlin:20260701T090000');
    expect(new Date(readBack(file).events[0]!.start).toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });

  it('places any slot of three years where the zone says its wall clock shows that time', () => {
    const show = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Berlin',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    const wallClockOf = (ms: number) => show.format(new Date(ms)).replace(',', '');
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2026-01-01T00:00Z'),
          max: new Date('2028-12-31T23:59Z'),
          noInvalidDate: true,
        }),
        (day) => {
          const [date, clock] = day.toISOString().slice(0, 16).split('T') as [string, string];
          const file = berlin([post(date, clock)]);
          const { start } = readBack(file).events[0]!;
          ICAL.TimezoneService.reset();
          // The hour skipped in spring exists on no wall clock; every other time must read back.
          fc.pre(!(clock >= '02:00' && clock < '03:00' && /-03-(2[5-9]|3[01])$/.test(date)));
          expect(wallClockOf(start)).toBe(`${date} ${clock}`);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps any text, with commas, semicolons, backslashes, line breaks and umlauts', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        // ical.js splits `\\,` (an escaped backslash, then the next category) as an escaped comma;
        // the file is right (RFC 5545 §3.3.11), so names that end in a backslash are left out here.
        fc.string({ maxLength: 40 }).filter((name) => !name.endsWith('\\')),
        (summary, channel) => {
          const description = `${summary}\n\n${summary}`;
          const file = berlin([
            post('2026-12-01', '10:00', { summary, description, categories: [channel, 'Aktion'] }),
          ]);
          const { event } = readBack(file).events[0]!;
          // What a calendar can show: line breaks as such, no other control characters.
          const shown = (s: string) =>
            // eslint-disable-next-line no-control-regex -- the characters the file leaves out
            s.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
          expect(event.summary).toBe(shown(summary));
          expect(event.description).toBe(shown(description));
          expect(event.component.getFirstProperty('categories')!.getValues()).toEqual([
            shown(channel),
            'Aktion',
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('folds lines at 75 octets without splitting a character, and ends every line with CRLF', () => {
    const summary = 'Öffentlichkeitsarbeit für die Grünflächen – 🌳 Baumpflanzaktion im Frühjahr '.repeat(4);
    const file = berlin([post('2026-12-01', '10:00', { summary })]);
    expect(file.endsWith('\r\n')).toBe(true);
    const lines = file.split('\r\n').slice(0, -1);
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map((line) => new TextEncoder().encode(line).length))).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    expect(readBack(file).events[0]!.event.summary).toBe(summary);
  });

  it('ends an event after midnight on the next day', () => {
    const { events } = readBack(berlin([post('2026-12-31', '23:45')]));
    expect(new Date(events[0]!.end).toISOString()).toBe('2026-12-31T23:15:00.000Z');
  });

  it('says what a calendar needs: uid, stamp, status, categories, and that posts take no time', () => {
    const file = berlin([
      post('2026-12-01', '10:00', {
        uid: 'c-AbC123@sendeplan',
        confirmed: true,
        categories: ['Presse, intern'],
      }),
      post('2026-12-02', '10:00'),
    ]);
    const [approved, open] = readBack(file).events.map((e) => e.event.component);
    expect(approved!.getFirstPropertyValue('uid')).toBe('c-AbC123@sendeplan');
    expect(approved!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-30T07:45:12Z');
    expect(approved!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(open!.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(approved!.getFirstProperty('categories')!.getValues()).toEqual(['Presse, intern']);
    expect(approved!.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(file).toContain('X-WR-CALNAME:Redaktionsplan');
  });

  it('makes an empty calendar without a zone when there is nothing to export', () => {
    const { calendar, events } = readBack(berlin([]));
    expect(events).toEqual([]);
    expect(calendar.getAllSubcomponents('vtimezone')).toEqual([]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });
});
