import { describe, expect, it } from 'vitest';
import { clockOffset, formatSeconds, remainingSeconds } from './countdown';

describe('speaking-time countdown', () => {
  const started = '2026-11-22T10:00:00.000Z';
  const at = (iso: string) => Date.parse(iso);

  it('counts down from the limit and past it', () => {
    expect(remainingSeconds(started, 120, at('2026-11-22T10:00:00.000Z'))).toBe(120);
    expect(remainingSeconds(started, 120, at('2026-11-22T10:00:45.400Z'))).toBe(75);
    expect(remainingSeconds(started, 120, at('2026-11-22T10:02:10.000Z'))).toBe(-10);
    expect(remainingSeconds(started, null, at('2026-11-22T10:00:10.000Z'))).toBeNull();
  });

  it('corrects a device clock that runs behind the server', () => {
    const offset = clockOffset('2026-11-22T10:00:30.000Z', at('2026-11-22T10:00:20.000Z'));
    expect(offset).toBe(10_000);
    expect(remainingSeconds(started, 60, at('2026-11-22T10:00:20.000Z'), offset)).toBe(30);
  });

  it('formats minutes and seconds', () => {
    expect([formatSeconds(75), formatSeconds(5), formatSeconds(-61), formatSeconds(600)]).toEqual(['1:15', '0:05', '1:01', '10:00']);
  });
});
