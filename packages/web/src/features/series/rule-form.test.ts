import { describe, expect, it } from 'vitest';
import { buildRule, defaultRuleForm, parseRule } from './rule-form';

describe('recurrence rule form', () => {
  it('writes the rule of a friendly form', () => {
    expect(buildRule(defaultRuleForm)).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(buildRule({ ...defaultRuleForm, interval: 2, weekdays: ['TH', 'MO'], ends: 'count', count: 8 })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=8');
    expect(buildRule({ ...defaultRuleForm, frequency: 'monthly', monthlyWeek: -1, monthlyWeekday: 'FR', ends: 'until', until: '2027-06-30' })).toBe(
      'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630',
    );
    expect(buildRule({ ...defaultRuleForm, frequency: 'monthly', monthlyBy: 'monthDay', monthDay: 15 })).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
  });

  it('reads a rule back into the form, and gives up on what the form cannot show', () => {
    for (const rule of ['FREQ=WEEKLY;BYDAY=TU', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=8', 'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630', 'FREQ=MONTHLY;BYMONTHDAY=15']) {
      expect(buildRule(parseRule(rule)!)).toBe(rule);
    }
    expect(parseRule('FREQ=YEARLY;BYMONTH=3')).toBeNull();
    expect(parseRule('FREQ=WEEKLY;BYSETPOS=1')).toBeNull();
    expect(parseRule('BYDAY=TU')).toBeNull();
  });
});
