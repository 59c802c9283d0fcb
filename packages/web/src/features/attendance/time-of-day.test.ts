import { describe, expect, it } from 'vitest';
import { atTimeOfDay, localTimeOf } from './time-of-day';

describe('attendance times of day', () => {
  it('moves an instant to another time of the same local day and back', () => {
    const day = new Date(2026, 10, 22, 9, 30).toISOString();
    const moved = atTimeOfDay(day, '10:45');
    expect(moved).not.toBeNull();
    expect(localTimeOf(moved!)).toBe('10:45');
    expect(new Date(moved!).getDate()).toBe(22);
    expect(localTimeOf(day)).toBe('09:30');
  });

  it('refuses what is no time of day', () => {
    const day = new Date(2026, 10, 22, 9, 30).toISOString();
    for (const value of ['', '9:30', '24:00', '12:60', 'noon']) expect(atTimeOfDay(day, value), value).toBeNull();
  });
});
