import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BodyRules } from '@collegium/shared/contracts/directory';
import {
  DEFAULT_CORRESPONDENCE_MAX_HOURS,
  DEFAULT_CORRESPONDENCE_MIN_HOURS,
  DEFAULT_CORRESPONDENCE_REMINDER_HOURS,
  DEFAULT_WITHDRAWAL_REQUEST_THRESHOLD,
} from '@collegium/shared/contracts/correspondence';
import { TextField } from '../../../components/ui/text-field';

export interface CorrespondenceRulesValue {
  minHours: string;
  maxHours: string;
  threshold: string;
  reminderHours: string;
}

export const correspondenceRulesValue = (rules: BodyRules): CorrespondenceRulesValue => ({
  minHours: rules.correspondenceMinHours?.toString() ?? '',
  maxHours: rules.correspondenceMaxHours?.toString() ?? '',
  threshold: rules.withdrawalRequestThreshold?.toString() ?? '',
  reminderHours: rules.correspondenceReminderHours?.join(', ') ?? '',
});

const hoursList = (text: string): number[] =>
  text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);

/** Writes the fields into the rules sent; an empty field leaves the default. The server checks the numbers. */
export function applyCorrespondenceRules(rules: BodyRules, value: CorrespondenceRulesValue): void {
  delete rules.correspondenceMinHours;
  delete rules.correspondenceMaxHours;
  delete rules.withdrawalRequestThreshold;
  delete rules.correspondenceReminderHours;
  if (value.minHours.trim()) rules.correspondenceMinHours = Number(value.minHours);
  if (value.maxHours.trim()) rules.correspondenceMaxHours = Number(value.maxHours);
  if (value.threshold.trim()) rules.withdrawalRequestThreshold = Number(value.threshold);
  if (value.reminderHours.trim()) rules.correspondenceReminderHours = hoursList(value.reminderHours);
}

const errorOf = (errors: Record<string, string>, key: string) => errors[`rules.${key}`] ?? errors[`/rules/${key}`];

/** The edit-body dialog's rules for correspondence sessions: the answering window, the withdrawal threshold, reminders. */
export function CorrespondenceRulesFields({ value, onChange, errors }: { value: CorrespondenceRulesValue; onChange: (value: CorrespondenceRulesValue) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const field = (key: keyof CorrespondenceRulesValue, name: string, label: string, placeholder: string, description?: string) => (
    <TextField
      name={name}
      inputMode="numeric"
      label={label}
      placeholder={placeholder}
      {...(description ? { description } : {})}
      value={value[key]}
      onChange={(text) => onChange({ ...value, [key]: text })}
      error={errorOf(errors, name)}
    />
  );
  return (
    <fieldset className="stack">
      <legend>{t('correspondence.rulesFields.legend')}</legend>
      {field('minHours', 'correspondenceMinHours', t('correspondence.rulesFields.minHours'), String(DEFAULT_CORRESPONDENCE_MIN_HOURS))}
      {field('maxHours', 'correspondenceMaxHours', t('correspondence.rulesFields.maxHours'), String(DEFAULT_CORRESPONDENCE_MAX_HOURS))}
      {field('threshold', 'withdrawalRequestThreshold', t('correspondence.rulesFields.threshold'), String(DEFAULT_WITHDRAWAL_REQUEST_THRESHOLD))}
      {field(
        'reminderHours',
        'correspondenceReminderHours',
        t('correspondence.rulesFields.reminders'),
        DEFAULT_CORRESPONDENCE_REMINDER_HOURS.join(', '),
        t('correspondence.rulesFields.remindersHelp'),
      )}
    </fieldset>
  );
}

/** The body page's sentence about correspondence sessions, once any of their rules is set. */
export function correspondenceRuleSentences(rules: BodyRules, t: TFunction): string[] {
  const set = [rules.correspondenceMinHours, rules.correspondenceMaxHours, rules.withdrawalRequestThreshold, rules.correspondenceReminderHours].some((v) => v !== undefined);
  if (!set) return [];
  return [
    t('correspondence.rulesSentence', {
      min: rules.correspondenceMinHours ?? DEFAULT_CORRESPONDENCE_MIN_HOURS,
      max: rules.correspondenceMaxHours ?? DEFAULT_CORRESPONDENCE_MAX_HOURS,
      threshold: rules.withdrawalRequestThreshold ?? DEFAULT_WITHDRAWAL_REQUEST_THRESHOLD,
      reminders: (rules.correspondenceReminderHours ?? DEFAULT_CORRESPONDENCE_REMINDER_HOURS).join(', '),
    }),
  ];
}
