/**
 * The friendly form of a recurrence rule and its RFC 5545 text. The form covers what bodies use (every N
 * weeks on some weekdays, monthly on a weekday or a day of the month, daily); anything else is edited as
 * the raw rule.
 */
export const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof weekdayCodes)[number];

export interface RuleForm {
  frequency: 'daily' | 'weekly' | 'monthly';
  /** every N days, weeks or months */
  interval: number;
  /** weekly: the weekdays */
  weekdays: WeekdayCode[];
  /** monthly: on the nth weekday (e.g. 1st Tuesday; -1 = last) or on a day of the month */
  monthlyBy: 'weekday' | 'monthDay';
  monthlyWeek: number;
  monthlyWeekday: WeekdayCode;
  monthDay: number;
  ends: 'never' | 'until' | 'count';
  /** YYYY-MM-DD */
  until: string;
  count: number;
}

export const defaultRuleForm: RuleForm = {
  frequency: 'weekly',
  interval: 1,
  weekdays: ['TU'],
  monthlyBy: 'weekday',
  monthlyWeek: 1,
  monthlyWeekday: 'TU',
  monthDay: 1,
  ends: 'never',
  until: '',
  count: 10,
};

export function buildRule(form: RuleForm): string {
  const parts = [`FREQ=${form.frequency.toUpperCase()}`];
  if (form.interval > 1) parts.push(`INTERVAL=${form.interval}`);
  if (form.frequency === 'weekly' && form.weekdays.length > 0) {
    parts.push(`BYDAY=${weekdayCodes.filter((code) => form.weekdays.includes(code)).join(',')}`);
  }
  if (form.frequency === 'monthly') {
    parts.push(form.monthlyBy === 'weekday' ? `BYDAY=${form.monthlyWeek}${form.monthlyWeekday}` : `BYMONTHDAY=${form.monthDay}`);
  }
  if (form.ends === 'until' && form.until) parts.push(`UNTIL=${form.until.replaceAll('-', '')}`);
  if (form.ends === 'count') parts.push(`COUNT=${form.count}`);
  return parts.join(';');
}

const isWeekday = (value: string): value is WeekdayCode => (weekdayCodes as readonly string[]).includes(value);

/** The form of a rule, or null when the form cannot show it (then the raw rule is edited). */
export function parseRule(rrule: string): RuleForm | null {
  const parts = new Map(
    rrule
      .toUpperCase()
      .replace(/^RRULE:/, '')
      .split(';')
      .filter(Boolean)
      .map((part) => part.split('=') as [string, string]),
  );
  const frequency = parts.get('FREQ')?.toLowerCase();
  if (frequency !== 'daily' && frequency !== 'weekly' && frequency !== 'monthly') return null;
  const form: RuleForm = { ...defaultRuleForm, frequency, weekdays: [] };
  for (const [name, value] of parts) {
    if (name === 'FREQ') continue;
    else if (name === 'INTERVAL' && /^\d+$/.test(value)) form.interval = Number(value);
    else if (name === 'COUNT' && /^\d+$/.test(value)) Object.assign(form, { ends: 'count', count: Number(value) });
    else if (name === 'UNTIL' && /^\d{8}/.test(value)) {
      Object.assign(form, { ends: 'until', until: `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` });
    } else if (name === 'BYDAY' && frequency === 'weekly' && value.split(',').every(isWeekday)) form.weekdays = value.split(',') as WeekdayCode[];
    else if (name === 'BYDAY' && frequency === 'monthly' && /^-?[1-4]?(MO|TU|WE|TH|FR|SA|SU)$/.test(value)) {
      const match = /^(-?[1-4])?(\w\w)$/.exec(value)!;
      Object.assign(form, { monthlyBy: 'weekday', monthlyWeek: Number(match[1] ?? 1), monthlyWeekday: match[2] as WeekdayCode });
    } else if (name === 'BYMONTHDAY' && frequency === 'monthly' && /^\d{1,2}$/.test(value)) {
      Object.assign(form, { monthlyBy: 'monthDay', monthDay: Number(value) });
    } else return null;
  }
  return form;
}
