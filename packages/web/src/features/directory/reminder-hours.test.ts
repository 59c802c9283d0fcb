import { describe, expect, it } from 'vitest';
import { formatReminderHours, parseReminderHours } from './reminder-hours';

describe('parseReminderHours', () => {
  it('reads whole hours separated by commas, semicolons or spaces, longest first and each once', () => {
    expect(parseReminderHours('48, 24')).toEqual({ ok: true, hours: [48, 24] });
    expect(parseReminderHours(' 2;72  24 ')).toEqual({ ok: true, hours: [72, 24, 2] });
    expect(parseReminderHours('24,24')).toEqual({ ok: true, hours: [24] });
    expect(parseReminderHours('  ')).toEqual({ ok: true, hours: [] });
  });

  it('names what is wrong with text that is not a list of whole hours', () => {
    expect(parseReminderHours('one day')).toEqual({ ok: false, problem: 'notNumbers' });
    expect(parseReminderHours('1.5')).toEqual({ ok: false, problem: 'notNumbers' });
    expect(parseReminderHours('-2')).toEqual({ ok: false, problem: 'notNumbers' });
    expect(parseReminderHours('0')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(parseReminderHours('721')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(parseReminderHours('72, 48, 24, 2')).toEqual({ ok: false, problem: 'tooMany' });
  });

  it('writes lead times back as the form shows them', () => {
    expect(formatReminderHours([48, 24])).toBe('48, 24');
    expect(formatReminderHours(undefined)).toBe('');
  });
});
