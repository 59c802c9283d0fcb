/**
 * The calendar's arithmetic on calendar days written YYYY-MM-DD. Days are computed at noon UTC, so no
 * time zone or daylight-saving change can move them; weeks start on Monday (ISO 8601).
 */
export type Day = string;
export type CalendarView = 'month' | 'week' | 'list';

const toDate = (day: Day) => new Date(`${day}T12:00:00Z`);
const toDay = (date: Date): Day => date.toISOString().slice(0, 10);

export function addDays(day: Day, days: number): Day {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return toDay(date);
}

/** The same day of another month, or that month's last day when it is shorter (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  const date = toDate(day);
  const wanted = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0, 12)).getUTCDate();
  date.setUTCDate(Math.min(wanted, last));
  return toDay(date);
}

/** Monday of the day's week. */
export function startOfWeek(day: Day): Day {
  const weekday = (toDate(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

export const startOfMonth = (day: Day): Day => `${day.slice(0, 8)}01`;

export const weekOf = (day: Day): Day[] => Array.from({ length: 7 }, (_, index) => addDays(startOfWeek(day), index));

/** The weeks a month view shows: whole weeks from the Monday on or before the 1st to the Sunday on or after the last day. */
export function monthGrid(day: Day): Day[][] {
  const first = startOfMonth(day);
  const last = addDays(addMonths(first, 1), -1);
  const weeks: Day[][] = [];
  for (let monday = startOfWeek(first); monday <= last; monday = addDays(monday, 7)) weeks.push(weekOf(monday));
  return weeks;
}

/** The days a view covers, first and last included. */
export function viewRange(view: CalendarView, day: Day): { first: Day; last: Day } {
  if (view === 'week') {
    const week = weekOf(day);
    return { first: week[0]!, last: week[6]! };
  }
  if (view === 'month') {
    const weeks = monthGrid(day);
    return { first: weeks[0]![0]!, last: weeks[weeks.length - 1]![6]! };
  }
  return { first: startOfMonth(day), last: addDays(addMonths(startOfMonth(day), 1), -1) };
}

/** The day the previous or next page of a view shows. */
export const stepView = (view: CalendarView, day: Day, direction: -1 | 1): Day =>
  view === 'week' ? addDays(day, 7 * direction) : addMonths(day, direction);

/** Where the keyboard focus goes from a day of the grid (arrows, Home/End, Page Up/Down); null for other keys. */
export function moveFocus(day: Day, key: string): Day | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return startOfWeek(day);
    case 'End':
      return addDays(startOfWeek(day), 6);
    case 'PageUp':
      return addMonths(day, -1);
    case 'PageDown':
      return addMonths(day, 1);
    default:
      return null;
  }
}

/** The calendar day of an instant in a time zone. */
export function dayIn(iso: string, timeZone: string): Day {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** Entries by the day they start on in `timeZone`, each day's entries in the order given. */
export function groupByDay<T extends { startsAt: string }>(entries: readonly T[], timeZone: string): Map<Day, T[]> {
  const days = new Map<Day, T[]>();
  for (const entry of entries) {
    const day = dayIn(entry.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return days;
}

/** Monday-first weekday names in a language: long for screen readers, short for the column heads. */
export function weekdayNames(locale: string): { long: string; short: string }[] {
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return weekOf('2024-01-01').map((day) => ({ long: long.format(toDate(day)), short: short.format(toDate(day)) }));
}

/** "October 2026" in the language (the stand-alone month form where the language has one). */
export const monthTitle = (locale: string, day: Day): string =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(toDate(day));

/** A day written out in the language, e.g. "Tuesday, 6 October 2026". */
export const dayTitle = (locale: string, day: Day): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(toDate(day));

export const isDay = (value: string | null): value is Day =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(toDate(value).getTime()) && toDay(toDate(value)) === value;
