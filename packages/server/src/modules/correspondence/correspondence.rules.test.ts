import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error.js';
import { checkCorrespondenceRules, correspondenceRulesOf } from './correspondence.rules.js';

const refusal = (rules: Parameters<typeof checkCorrespondenceRules>[0]) => {
  try {
    checkCorrespondenceRules(rules);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: error.status, field: error.details.field, message: error.message };
  }
};

describe('the body rules of correspondence sessions', () => {
  it('fills in the defaults: 4 to 72 hours, 3 requests, reminders 24 and 2 hours before', () => {
    expect(correspondenceRulesOf({})).toEqual({ minHours: 4, maxHours: 72, withdrawalRequestThreshold: 3, reminderHours: [24, 2] });
    expect(correspondenceRulesOf({ correspondenceMinHours: 2, withdrawalRequestThreshold: 5, correspondenceReminderHours: [] })).toEqual({
      minHours: 2,
      maxHours: 72,
      withdrawalRequestThreshold: 5,
      reminderHours: [],
    });
  });

  it('refuses a window that is not open, naming the field given', () => {
    expect(refusal({ correspondenceMinHours: 80 })).toMatchObject({ status: 400, field: 'rules.correspondenceMinHours' });
    expect(refusal({ correspondenceMaxHours: 3 })).toMatchObject({ status: 400, field: 'rules.correspondenceMaxHours' });
    expect(refusal({ correspondenceMinHours: 10, correspondenceMaxHours: 10 })?.message).toMatch(/minimum \(10 h\) must be less than the maximum \(10 h\)/);
    expect(refusal({ correspondenceMinHours: 1, correspondenceMaxHours: 12 })).toBeNull();
  });

  it('refuses a reminder earlier than the longest window', () => {
    expect(refusal({ correspondenceMaxHours: 24, correspondenceReminderHours: [24, 2] })).toMatchObject({ status: 400, field: 'rules.correspondenceReminderHours' });
    expect(refusal({ correspondenceMaxHours: 48, correspondenceReminderHours: [24, 2] })).toBeNull();
    expect(refusal(undefined)).toBeNull();
  });
});
