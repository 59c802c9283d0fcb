import { RRuleTemporal } from 'rrule-temporal';
import { invalidField } from '../../lib/app-error.js';

/** What a series' rule is expanded from. */
export interface SeriesTiming {
  rrule: string;
  /** YYYY-MM-DD: no occurrence before this day */
  startsOn: string;
  /** HH:MM local time */
  startTime: string;
  timeZone: string;
  /** YYYY-MM-DD: no occurrence after this day (ended or split) */
  endsOn: string | null;
}

const frequencies = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const knownParts = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'BYWEEKNO', 'BYYEARDAY', 'WKST'];
const timeParts = ['BYHOUR', 'BYMINUTE', 'BYSECOND'];
/** a series of meetings has at most this many occurrences when it is given a COUNT */
export const maxSeriesCount = 1000;

function partsOf(rrule: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const part of rrule.split(';')) {
    if (part === '') continue;
    const [name, value, ...rest] = part.split('=');
    if (!name || value === undefined || value === '' || rest.length > 0) {
      throw invalidField('rrule', `“${part}” is not a NAME=VALUE part of a recurrence rule.`);
    }
    parts.set(name, value);
  }
  return parts;
}

/**
 * Checks a recurrence rule and answers it in its normal form (upper case, no "RRULE:" prefix). Every
 * refusal names the field `rrule` and says what is wrong in words a secretary understands.
 */
export function normaliseRule(input: string): string {
  const rrule = input.trim().toUpperCase().replace(/^RRULE:/, '');
  if (/[\s\n]/.test(rrule)) throw invalidField('rrule', 'The rule is one line of NAME=VALUE parts separated by “;”.');
  const parts = partsOf(rrule);
  if (!parts.has('FREQ')) throw invalidField('rrule', 'FREQ is missing: say how often the series repeats, e.g. FREQ=WEEKLY.');
  if (!frequencies.includes(parts.get('FREQ')!)) {
    throw invalidField('rrule', 'A series repeats daily, weekly, monthly or yearly (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY).');
  }
  for (const name of parts.keys()) {
    if (timeParts.includes(name)) throw invalidField('rrule', `The time of day is given as the start time, not in the rule (${name}).`);
    if (!knownParts.includes(name)) throw invalidField('rrule', `${name} is not a part of a recurrence rule this form accepts.`);
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) {
    throw invalidField('rrule', 'Give either COUNT (how many meetings) or UNTIL (the last day), not both.');
  }
  const count = parts.get('COUNT');
  if (count !== undefined && (!/^\d+$/.test(count) || Number(count) < 1 || Number(count) > maxSeriesCount)) {
    throw invalidField('rrule', `COUNT is the number of meetings, from 1 to ${maxSeriesCount}.`);
  }
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && (!/^\d+$/.test(interval) || Number(interval) < 1 || Number(interval) > 99)) {
    throw invalidField('rrule', 'INTERVAL is a whole number from 1 to 99 (e.g. INTERVAL=2 for every other week).');
  }
  const until = parts.get('UNTIL');
  if (until !== undefined && !/^\d{8}(T\d{6}Z?)?$/.test(until)) {
    throw invalidField('rrule', 'UNTIL is a day written as YYYYMMDD, e.g. UNTIL=20271231.');
  }
  try {
    ruleOf({ rrule, startsOn: '2000-01-03', startTime: '10:00', timeZone: 'UTC', endsOn: null });
  } catch (error) {
    throw invalidField('rrule', `The rule cannot be read: ${(error as Error).message}.`);
  }
  return [...parts].map(([name, value]) => `${name}=${value}`).join(';');
}

export const countOf = (rrule: string): number | null => {
  const count = partsOf(rrule).get('COUNT');
  return count === undefined ? null : Number(count);
};

/** The same rule with its COUNT replaced (or dropped when `count` is null). */
export function withCount(rrule: string, count: number | null): string {
  const parts = [...partsOf(rrule)].filter(([name]) => name !== 'COUNT');
  if (count !== null) parts.push(['COUNT', String(count)]);
  return parts.map(([name, value]) => `${name}=${value}`).join(';');
}

function ruleOf(timing: SeriesTiming): RRuleTemporal {
  const start = `${timing.startsOn.replaceAll('-', '')}T${timing.startTime.replace(':', '')}00`;
  return new RRuleTemporal({ rruleString: `DTSTART;TZID=${timing.timeZone}:${start}\nRRULE:${timing.rrule}` });
}

/** The local calendar day of an instant in a time zone, YYYY-MM-DD. */
export function localDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * The starts of a series' occurrences in [from, to], as instants. The rule runs in the series' own zone,
 * so the wall-clock time stays put across daylight-saving changes.
 */
export function occurrenceStarts(timing: SeriesTiming, from: Date, to: Date): Date[] {
  const starts = ruleOf(timing)
    .between(from, to, true)
    .map((start) => new Date(start.epochMilliseconds));
  return timing.endsOn === null ? starts : starts.filter((start) => localDay(start, timing.timeZone) <= timing.endsOn!);
}

/** The first occurrence on or after `from`, if any (bounded search: a series of meetings recurs within years). */
export function nextOccurrence(timing: SeriesTiming, from: Date): Date | null {
  const next = ruleOf(timing).next(from, true);
  if (!next) return null;
  const start = new Date(next.epochMilliseconds);
  return timing.endsOn !== null && localDay(start, timing.timeZone) > timing.endsOn ? null : start;
}

/** Whether the rule gives `start` as one of its occurrences. */
export function isOccurrence(timing: SeriesTiming, start: Date): boolean {
  return occurrenceStarts(timing, start, start).some((candidate) => candidate.getTime() === start.getTime());
}

/** The instant of a local day and time in a zone (the day before a split, midnight of a day). */
export function instantOf(day: string, time: string, timeZone: string): Date {
  const ruleStart = ruleOf({ rrule: 'FREQ=DAILY;COUNT=1', startsOn: day, startTime: time, timeZone, endsOn: null }).all();
  return new Date(ruleStart[0]!.epochMilliseconds);
}

export function checkTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw invalidField('timeZone', `“${timeZone}” is not a time zone; use a name such as Europe/Ljubljana.`);
  }
}

/** Splits a body's meeting pattern (which may carry BYHOUR/BYMINUTE) into a rule and a start time. */
export function patternDefaults(pattern: string | undefined): { rrule: string | null; startTime: string | null } {
  if (!pattern) return { rrule: null, startTime: null };
  try {
    const parts = partsOf(pattern.trim().toUpperCase().replace(/^RRULE:/, ''));
    const hour = parts.get('BYHOUR');
    const minute = parts.get('BYMINUTE') ?? '0';
    for (const name of timeParts) parts.delete(name);
    const rrule = normaliseRule([...parts].map(([name, value]) => `${name}=${value}`).join(';'));
    const startTime = hour && /^\d{1,2}$/.test(hour) && /^\d{1,2}$/.test(minute)
      ? `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`
      : null;
    return { rrule, startTime };
  } catch {
    return { rrule: null, startTime: null };
  }
}
