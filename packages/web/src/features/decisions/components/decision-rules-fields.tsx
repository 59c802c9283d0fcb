import { Checkbox } from 'react-aria-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BodyRules } from '@collegium/shared/contracts/directory';
import { TextField } from '../../../components/ui/text-field';

export interface DecisionRulesValue {
  reminderDays: string;
  implementationReport: boolean | undefined;
}

export const decisionRulesValue = (rules: BodyRules): DecisionRulesValue => ({
  reminderDays: rules.decisionReminderDays?.toString() ?? '',
  implementationReport: rules.implementationReportOnAgenda,
});

/** Writes the fields into the rules sent (an empty number of days leaves the default of 7). */
export function applyDecisionRules(rules: BodyRules, value: DecisionRulesValue): void {
  delete rules.decisionReminderDays;
  if (value.reminderDays.trim() !== '') rules.decisionReminderDays = Number(value.reminderDays);
  if (value.implementationReport !== undefined) rules.implementationReportOnAgenda = value.implementationReport;
}

/** The edit-body dialog's rules for following decisions: reminder days and the implementation report. */
export function DecisionRulesFields({ value, onChange, errors }: { value: DecisionRulesValue; onChange: (value: DecisionRulesValue) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="decisionReminderDays"
        inputMode="numeric"
        label={t('decisions.rules.reminderDays')}
        description={t('decisions.rules.reminderDaysHint')}
        value={value.reminderDays}
        onChange={(reminderDays) => onChange({ ...value, reminderDays })}
        error={errors['rules.decisionReminderDays'] ?? errors['/rules/decisionReminderDays']}
      />
      <Checkbox className="checkbox" isSelected={value.implementationReport ?? false} onChange={(implementationReport) => onChange({ ...value, implementationReport })}>
        <span className="checkbox__box" aria-hidden="true" />
        {t('decisions.rules.implementationReport')}
      </Checkbox>
    </>
  );
}

/** The body page's sentences about the rules for following decisions. */
export function decisionRuleSentences(rules: BodyRules, t: TFunction): string[] {
  const sentences: string[] = [];
  if (rules.decisionReminderDays !== undefined) sentences.push(t('decisions.rules.remindersSentence', { days: rules.decisionReminderDays }));
  if (rules.implementationReportOnAgenda) sentences.push(t('decisions.rules.implementationSentence'));
  return sentences;
}
