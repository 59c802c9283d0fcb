/** The limits of `rules.reminderHours` in the body contract, checked here so the form can say what is wrong. */
export const reminderHoursLimits = { min: 1, max: 720, count: 3 } as const;

export type ReminderHoursProblem = 'notNumbers' | 'outOfRange' | 'tooMany';

export type ReminderHoursParse = { ok: true; hours: number[] } | { ok: false; problem: ReminderHoursProblem };

/**
 * Reads lead times typed as "48, 24" (commas, semicolons or spaces between them) into whole hours, longest
 * first and each once. Empty text gives an empty list; the form decides what an empty list means.
 */
export function parseReminderHours(text: string): ReminderHoursParse {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.some((part) => !/^\d+$/.test(part))) return { ok: false, problem: 'notNumbers' };
  const hours = [...new Set(parts.map(Number))].sort((a, b) => b - a);
  if (hours.some((hour) => hour < reminderHoursLimits.min || hour > reminderHoursLimits.max)) return { ok: false, problem: 'outOfRange' };
  if (hours.length > reminderHoursLimits.count) return { ok: false, problem: 'tooMany' };
  return { ok: true, hours };
}

/** The lead times as the form shows them again. */
export function formatReminderHours(hours: readonly number[] | undefined): string {
  return (hours ?? []).join(', ');
}
