import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error.js';
import { instantOf, isOccurrence, normaliseRule, occurrenceStarts, patternDefaults, withCount, type SeriesTiming } from './series-rule.js';

const tuesdays: SeriesTiming = {
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  startsOn: '2026-10-01',
  startTime: '10:00',
  timeZone: 'Europe/Ljubljana',
  endsOn: null,
};
/** "Tue 06/10 10:00" in the zone */
function localTime(instant: Date, timeZone = 'Europe/Ljubljana'): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone, weekday: 'short', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('weekday')} ${part('day')}/${part('month')} ${part('hour')}:${part('minute')}`;
}

function refusal(rrule: string): { field: unknown; message: string } {
  try {
    normaliseRule(rrule);
  } catch (error) {
    if (error instanceof AppError) return { field: error.details.field, message: error.message };
    throw error;
  }
  throw new Error(`${rrule} was accepted`);
}

describe('series rules: expansion', () => {
  it('keeps a 10:00 Ljubljana meeting at 10:00 local across the October and March changes', () => {
    const autumn = occurrenceStarts(tuesdays, new Date('2026-10-19T00:00:00Z'), new Date('2026-11-04T00:00:00Z'));
    expect(autumn.map((start) => start.toISOString())).toEqual([
      '2026-10-20T08:00:00.000Z', // summer time, UTC+2
      '2026-10-27T09:00:00.000Z', // winter time, UTC+1
      '2026-11-03T09:00:00.000Z',
    ]);
    const spring = occurrenceStarts(tuesdays, new Date('2027-03-22T00:00:00Z'), new Date('2027-04-01T00:00:00Z'));
    expect(spring.map((start) => start.toISOString())).toEqual(['2027-03-23T09:00:00.000Z', '2027-03-30T08:00:00.000Z']);
    for (const start of [...autumn, ...spring]) expect(localTime(start)).toMatch(/^Tue .* 10:00$/);
  });

  it('stops after COUNT meetings and on the UNTIL day', () => {
    const counted = occurrenceStarts({ ...tuesdays, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3' }, new Date('2026-01-01'), new Date('2027-01-01'));
    expect(counted.map((start) => localTime(start))).toEqual(['Tue 06/10 10:00', 'Tue 13/10 10:00', 'Tue 20/10 10:00']);
    const until = occurrenceStarts({ ...tuesdays, rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261013' }, new Date('2026-01-01'), new Date('2027-01-01'));
    expect(until).toHaveLength(2);
  });

  it('runs every other week, on several weekdays, monthly on the first Tuesday, and ends with ends_on', () => {
    const fortnightly = occurrenceStarts({ ...tuesdays, rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', startsOn: '2026-10-05' }, new Date('2026-10-01'), new Date('2026-10-31'));
    expect(fortnightly.map((start) => localTime(start).slice(0, 9))).toEqual(['Mon 05/10', 'Thu 08/10', 'Mon 19/10', 'Thu 22/10']);
    const monthly = occurrenceStarts({ ...tuesdays, rrule: 'FREQ=MONTHLY;BYDAY=1TU' }, new Date('2026-10-01'), new Date('2027-01-31'));
    expect(monthly.map((start) => localTime(start).slice(0, 9))).toEqual(['Tue 06/10', 'Tue 03/11', 'Tue 01/12', 'Tue 05/01']);
    const ended = occurrenceStarts({ ...tuesdays, endsOn: '2026-10-13' }, new Date('2026-10-01'), new Date('2026-12-31'));
    expect(ended).toHaveLength(2);
  });

  it('knows its own occurrences and local instants', () => {
    expect(isOccurrence(tuesdays, new Date('2026-10-27T09:00:00Z'))).toBe(true);
    expect(isOccurrence(tuesdays, new Date('2026-10-27T08:00:00Z'))).toBe(false);
    expect(instantOf('2026-10-25', '00:00', 'Europe/Ljubljana').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(instantOf('2026-10-26', '00:00', 'Europe/Ljubljana').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});

describe('series rules: checking', () => {
  it('normalises a good rule', () => {
    expect(normaliseRule(' rrule:freq=weekly;byday=tu;count=10 ')).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=10');
    expect(withCount('FREQ=WEEKLY;COUNT=10;BYDAY=TU', 4)).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=4');
  });

  it('refuses a bad rule, naming the field and the fault', () => {
    expect(refusal('BYDAY=TU')).toEqual({ field: 'rrule', message: expect.stringContaining('FREQ is missing') });
    expect(refusal('FREQ=HOURLY').message).toContain('daily, weekly, monthly or yearly');
    expect(refusal('FREQ=WEEKLY;BYHOUR=10').message).toContain('start time');
    expect(refusal('FREQ=WEEKLY;COUNT=3;UNTIL=20270101').message).toContain('not both');
    expect(refusal('FREQ=WEEKLY;COUNT=0').message).toContain('COUNT');
    expect(refusal('FREQ=WEEKLY;BYDAY=XX').message).toContain('XX');
    expect(refusal('FREQ=WEEKLY;UNTIL=2027').message).toContain('UNTIL');
    expect(refusal('FREQ=WEEKLY;FOO=1').message).toContain('FOO');
    expect(refusal('FREQ').message).toContain('NAME=VALUE');
  });

  it('reads a body’s meeting pattern into a rule and a time of day', () => {
    expect(patternDefaults('FREQ=WEEKLY;BYDAY=TU;BYHOUR=10')).toEqual({ rrule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '10:00' });
    expect(patternDefaults('FREQ=MONTHLY;BYDAY=1WE;BYHOUR=9;BYMINUTE=30')).toEqual({ rrule: 'FREQ=MONTHLY;BYDAY=1WE', startTime: '09:30' });
    expect(patternDefaults('nonsense')).toEqual({ rrule: null, startTime: null });
    expect(patternDefaults(undefined)).toEqual({ rrule: null, startTime: null });
  });
});
