import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayIn,
  groupByDay,
  isDay,
  monthGrid,
  monthTitle,
  moveFocus,
  stepView,
  viewRange,
  weekdayNames,
  weekOf,
} from './calendar-grid';

describe('calendar grid', () => {
  it('lays a month out in whole weeks from Monday to Sunday', () => {
    const weeks = monthGrid('2026-10-17');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toBe('2026-09-28'); // the Monday before 1 October (a Thursday)
    expect(weeks[4]![6]).toBe('2026-11-01');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    // February 2027 starts on a Monday and has exactly four weeks
    expect(monthGrid('2027-02-10').map((week) => week[0])).toEqual(['2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22']);
    // a month that needs six rows
    expect(monthGrid('2026-08-01')).toHaveLength(6);
  });

  it('starts weeks on Monday, across a daylight-saving change and a year end', () => {
    expect(weekOf('2026-10-25')).toEqual(['2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25']);
    expect(weekOf('2027-01-01')[0]).toBe('2026-12-28');
  });

  it('pages by month and by week, and covers the shown days', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(stepView('month', '2026-12-15', 1)).toBe('2027-01-15');
    expect(stepView('week', '2026-12-30', 1)).toBe('2027-01-06');
    expect(viewRange('month', '2026-10-17')).toEqual({ first: '2026-09-28', last: '2026-11-01' });
    expect(viewRange('week', '2026-10-17')).toEqual({ first: '2026-10-12', last: '2026-10-18' });
    expect(viewRange('list', '2026-10-17')).toEqual({ first: '2026-10-01', last: '2026-10-31' });
  });

  it('moves the keyboard focus by day, week, week edge and month', () => {
    expect(moveFocus('2026-10-01', 'ArrowLeft')).toBe('2026-09-30');
    expect(moveFocus('2026-10-01', 'ArrowRight')).toBe('2026-10-02');
    expect(moveFocus('2026-10-01', 'ArrowUp')).toBe('2026-09-24');
    expect(moveFocus('2026-10-01', 'ArrowDown')).toBe('2026-10-08');
    expect(moveFocus('2026-10-01', 'Home')).toBe('2026-09-28');
    expect(moveFocus('2026-10-01', 'End')).toBe('2026-10-04');
    expect(moveFocus('2026-10-31', 'PageDown')).toBe('2026-11-30');
    expect(moveFocus('2026-10-01', 'Enter')).toBeNull();
  });

  it('puts entries on the day they start in the shown time zone', () => {
    const entries = [{ startsAt: '2026-10-20T22:30:00.000Z' }, { startsAt: '2026-10-20T08:00:00.000Z' }];
    expect(dayIn(entries[0]!.startsAt, 'Europe/Ljubljana')).toBe('2026-10-21');
    expect(dayIn(entries[0]!.startsAt, 'America/New_York')).toBe('2026-10-20');
    const days = groupByDay(entries, 'Europe/Ljubljana');
    expect([...days.keys()]).toEqual(['2026-10-21', '2026-10-20']);
  });

  it('names weekdays Monday first and months in the language', () => {
    expect(weekdayNames('en-GB').map((name) => name.long)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(weekdayNames('sl')[0]!.long).toBe('ponedeljek');
    expect(weekdayNames('el')[0]!.long).toBe('Δευτέρα');
    expect(weekdayNames('sr-Cyrl')[0]!.long).toBe('понедељак');
    expect(monthTitle('en-GB', '2026-10-06')).toBe('October 2026');
    expect(monthTitle('sr-Latn', '2026-10-06')).toMatch(/^oktobar 2026/);
  });

  it('accepts only real days from the address bar', () => {
    expect(isDay('2026-10-06')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('tomorrow')).toBe(false);
    expect(isDay(null)).toBe(false);
  });
});
