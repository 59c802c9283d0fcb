import type { BodyRules } from '@collegium/shared/contracts/directory';
import {
  DEFAULT_CORRESPONDENCE_MAX_HOURS,
  DEFAULT_CORRESPONDENCE_MIN_HOURS,
  DEFAULT_CORRESPONDENCE_REMINDER_HOURS,
  DEFAULT_WITHDRAWAL_REQUEST_THRESHOLD,
} from '@collegium/shared/contracts/correspondence';
import { invalidField } from '../../lib/app-error.js';

export interface CorrespondenceRules {
  minHours: number;
  maxHours: number;
  withdrawalRequestThreshold: number;
  reminderHours: number[];
}

const positiveInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;

/** The rules a correspondence session follows, read raw from the body's JSON with the defaults filled in. */
export function correspondenceRulesOf(rules: unknown): CorrespondenceRules {
  const given = (rules ?? {}) as Record<string, unknown>;
  const pick = (value: unknown, fallback: number) => (positiveInteger(value) ? value : fallback);
  const reminders = given.correspondenceReminderHours;
  return {
    minHours: pick(given.correspondenceMinHours, DEFAULT_CORRESPONDENCE_MIN_HOURS),
    maxHours: pick(given.correspondenceMaxHours, DEFAULT_CORRESPONDENCE_MAX_HOURS),
    withdrawalRequestThreshold: pick(given.withdrawalRequestThreshold, DEFAULT_WITHDRAWAL_REQUEST_THRESHOLD),
    reminderHours: Array.isArray(reminders) && reminders.every(positiveInteger) ? [...reminders] : [...DEFAULT_CORRESPONDENCE_REMINDER_HOURS],
  };
}

/**
 * Refuses rules that cannot work together, naming the field: the answering window must be open (the
 * minimum below the maximum, as the defaults fill in whichever is not given), and a reminder must fall
 * inside the longest window.
 */
export function checkCorrespondenceRules(rules: BodyRules | undefined): void {
  if (!rules) return;
  const effective = correspondenceRulesOf(rules);
  if (effective.minHours >= effective.maxHours) {
    const field = rules.correspondenceMinHours !== undefined ? 'rules.correspondenceMinHours' : 'rules.correspondenceMaxHours';
    throw invalidField(
      field,
      `A correspondence session needs a window to answer in: the minimum (${effective.minHours} h) must be less than the maximum (${effective.maxHours} h).`,
    );
  }
  const tooEarly = effective.reminderHours.find((hours) => hours >= effective.maxHours);
  if (rules.correspondenceReminderHours && tooEarly !== undefined) {
    throw invalidField(
      'rules.correspondenceReminderHours',
      `A reminder ${tooEarly} hours before the deadline would come before the longest answering window (${effective.maxHours} h) even starts.`,
    );
  }
}
