import { useState, type FormEvent } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { BodyDetail, BodyRules } from '@collegium/shared/contracts/directory';
import { quorumRules } from '@collegium/shared/contracts/directory';
import { abstentionRules, pollMajorityRules, tieBreakRules } from '@collegium/shared/contracts/polls';
import { supportedLocales } from '@collegium/shared/contracts/auth';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrors } from '../../../lib/error-text';
import { languages } from '../../../lib/i18n/languages';
import { DecisionNumberFormatField } from '../../decisions/components/decision-number-format-field';
import { applyDecisionRules, DecisionRulesFields, decisionRulesValue } from '../../decisions/components/decision-rules-fields';
import { useUpdateBody } from '../api/update-body';
import { formatReminderHours, parseReminderHours, type ReminderHoursProblem } from '../reminder-hours';
import { applyCorrespondenceRules, correspondenceRulesValue, CorrespondenceRulesFields } from '../../correspondence/components/correspondence-rules-fields';

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/**
 * Changes a body's name, description, visibility and main rules. The change is sent with the version the
 * form was opened on; if someone else saved in between, the server refuses and the person reloads.
 */
export function EditBodyDialog({ body, onClose, onSaved, onReload }: { body: BodyDetail; onClose: () => void; onSaved: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateBody();
  // A background refetch must not pair a newer version with the values this form was opened on.
  const [opened] = useState(() => ({ etag: body.etag, rules: body.rules }));
  const [name, setName] = useState(body.name);
  const [shortName, setShortName] = useState(body.shortName ?? '');
  const [description, setDescription] = useState(body.description ?? '');
  const [isPublic, setIsPublic] = useState(body.isPublic);
  const [quorumRule, setQuorumRule] = useState<string>(body.rules.quorumRule ?? '');
  const [majorityRule, setMajorityRule] = useState<string>(body.rules.majorityRule === 'two_thirds' ? 'two_thirds_present' : (body.rules.majorityRule ?? ''));
  const [abstentions, setAbstentions] = useState<string>(body.rules.abstentions ?? '');
  const [tieBreak, setTieBreak] = useState<string>(body.rules.tieBreak ?? '');
  const [weightedVotes, setWeightedVotes] = useState(body.rules.weightedVotes);
  const [proxyVoting, setProxyVoting] = useState(body.rules.proxyVoting);
  const [deadline, setDeadline] = useState(body.rules.materialsDeadlineDays?.toString() ?? '');
  // Unset stays unset unless the person ticks or unticks the box: the defaults live on the server.
  const [substitutesMayVote, setSubstitutesMayVote] = useState(body.rules.substitutesMayVote);
  const [guestsMaySpeak, setGuestsMaySpeak] = useState(body.rules.guestsMaySpeak);
  const [sendReminders, setSendReminders] = useState(body.rules.reminderHours?.length !== 0);
  const [reminderHours, setReminderHours] = useState(formatReminderHours(body.rules.reminderHours));
  const [reminderProblem, setReminderProblem] = useState<ReminderHoursProblem | null>(null);
  const [language, setLanguage] = useState<string>(body.rules.language ?? '');
  const [numberFormat, setNumberFormat] = useState(body.rules.decisionNumberFormat ?? '');
  const [decisionRules, setDecisionRules] = useState(decisionRulesValue(body.rules));
  const [correspondenceRules, setCorrespondenceRules] = useState(correspondenceRulesValue(body.rules));
  const errors = useFieldErrors(update.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsedReminders = parseReminderHours(sendReminders ? reminderHours : '');
    if (!parsedReminders.ok) {
      setReminderProblem(parsedReminders.problem);
      return;
    }
    const rules: BodyRules = { ...opened.rules };
    delete rules.quorumRule;
    delete rules.majorityRule;
    delete rules.abstentions;
    delete rules.tieBreak;
    delete rules.materialsDeadlineDays;
    delete rules.reminderHours;
    delete rules.language;
    if (isOneOf(quorumRules, quorumRule)) rules.quorumRule = quorumRule;
    if (isOneOf(pollMajorityRules, majorityRule)) rules.majorityRule = majorityRule;
    if (isOneOf(abstentionRules, abstentions)) rules.abstentions = abstentions;
    if (isOneOf(tieBreakRules, tieBreak)) rules.tieBreak = tieBreak;
    if (weightedVotes !== undefined) rules.weightedVotes = weightedVotes;
    if (proxyVoting !== undefined) rules.proxyVoting = proxyVoting;
    if (deadline.trim() !== '') rules.materialsDeadlineDays = Number(deadline);
    if (substitutesMayVote !== undefined) rules.substitutesMayVote = substitutesMayVote;
    if (guestsMaySpeak !== undefined) rules.guestsMaySpeak = guestsMaySpeak;
    // No box ticked means no reminders; a ticked box with no hours leaves the default of 24 hours.
    if (!sendReminders) rules.reminderHours = [];
    else if (parsedReminders.hours.length > 0) rules.reminderHours = parsedReminders.hours;
    if (isOneOf(supportedLocales, language)) rules.language = language;
    if (numberFormat.trim()) rules.decisionNumberFormat = numberFormat.trim();
    else delete rules.decisionNumberFormat;
    applyDecisionRules(rules, decisionRules);
    applyCorrespondenceRules(rules, correspondenceRules);
    update.mutate(
      {
        id: body.id,
        etag: opened.etag,
        patch: { name: name.trim(), shortName: shortName.trim() || null, description: description.trim() || null, isPublic, rules },
      },
      { onSuccess: onSaved },
    );
  };

  const quorumOptions = [
    { value: '', label: t('directory.edit.notSet') },
    ...quorumRules.map((rule) => ({ value: rule, label: t(`directory.rules.quorum.${rule}`) })),
  ];
  const majorityOptions = [
    { value: '', label: t('directory.edit.notSet') },
    ...pollMajorityRules.map((rule) => ({ value: rule, label: t(`voting.majority.${rule}`) })),
  ];
  const abstentionOptions = [{ value: '', label: t('directory.edit.notSet') }, ...abstentionRules.map((rule) => ({ value: rule, label: t(`voting.abstentions.${rule}`) }))];
  const tieOptions = [{ value: '', label: t('directory.edit.notSet') }, ...tieBreakRules.map((rule) => ({ value: rule, label: t(`voting.tie.${rule}`) }))];
  const languageOptions = [{ value: '', label: t('directory.edit.languageDefault') }, ...languages.map((l) => ({ value: l.code, label: l.autonym }))];

  return (
    <Dialog title={t('directory.edit.title', { name: body.name })} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={update.error} fieldErrors={errors} conflictText={t('directory.edit.conflict')} reload={{ label: t('directory.edit.reload'), onPress: onReload }} />
        <TextField name="name" label={t('directory.name')} value={name} onChange={setName} error={errors.name} maxLength={300} isRequired autoFocus />
        <TextField name="shortName" label={`${t('directory.shortName')} (${t('common.optional')})`} value={shortName} onChange={setShortName} error={errors.shortName} maxLength={50} />
        <TextAreaField label={`${t('directory.tasks')} (${t('common.optional')})`} rows={5} value={description} onChange={setDescription} error={errors.description} />
        <Checkbox className="checkbox" isSelected={isPublic} onChange={setIsPublic}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('directory.edit.isPublic')}
        </Checkbox>
        <SelectField label={t('directory.edit.quorum')} value={quorumRule} options={quorumOptions} onChange={setQuorumRule} error={errors['rules.quorumRule'] ?? errors['/rules/quorumRule']} />
        <SelectField label={t('directory.edit.majority')} value={majorityRule} options={majorityOptions} onChange={setMajorityRule} error={errors['rules.majorityRule'] ?? errors['/rules/majorityRule']} />
        <SelectField label={t('directory.edit.abstentions')} value={abstentions} options={abstentionOptions} onChange={setAbstentions} />
        <SelectField label={t('directory.edit.tieBreak')} value={tieBreak} options={tieOptions} onChange={setTieBreak} />
        <Checkbox className="checkbox" isSelected={weightedVotes ?? false} onChange={setWeightedVotes}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('directory.edit.weightedVotes')}
        </Checkbox>
        <Checkbox className="checkbox" isSelected={proxyVoting ?? false} onChange={setProxyVoting}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('directory.edit.proxyVoting')}
        </Checkbox>
        <TextField
          name="materialsDeadlineDays"
          type="number"
          inputMode="numeric"
          label={`${t('directory.edit.deadline')} (${t('common.optional')})`}
          value={deadline}
          onChange={setDeadline}
          error={errors['rules.materialsDeadlineDays'] ?? errors['/rules/materialsDeadlineDays']}
        />
        <Checkbox className="checkbox" isSelected={substitutesMayVote ?? false} onChange={setSubstitutesMayVote}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('directory.edit.substitutesMayVote')}
        </Checkbox>
        <Checkbox className="checkbox" isSelected={guestsMaySpeak ?? false} onChange={setGuestsMaySpeak}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('directory.edit.guestsMaySpeak')}
        </Checkbox>
        <Checkbox
          className="checkbox"
          isSelected={sendReminders}
          onChange={(value) => {
            setSendReminders(value);
            setReminderProblem(null);
          }}
        >
          <span className="checkbox__box" aria-hidden="true" />
          {t('directory.edit.sendReminders')}
        </Checkbox>
        {sendReminders && (
          <TextField
            name="reminderHours"
            inputMode="numeric"
            label={`${t('directory.edit.reminderHours')} (${t('common.optional')})`}
            description={t('directory.edit.reminderHoursHint')}
            value={reminderHours}
            onChange={(value) => {
              setReminderHours(value);
              setReminderProblem(null);
            }}
            error={
              reminderProblem ? t(`directory.edit.reminderHoursProblem.${reminderProblem}`) : (errors['rules.reminderHours'] ?? errors['/rules/reminderHours'])
            }
          />
        )}
        <SelectField
          label={t('directory.edit.language')}
          description={t('directory.edit.languageHint')}
          value={language}
          options={languageOptions}
          onChange={setLanguage}
          error={errors['rules.language'] ?? errors['/rules/language']}
        />
        <DecisionNumberFormatField value={numberFormat} onChange={setNumberFormat} error={errors['rules.decisionNumberFormat'] ?? errors['/rules/decisionNumberFormat']} />
        <DecisionRulesFields value={decisionRules} onChange={setDecisionRules} errors={errors} />
        <CorrespondenceRulesFields value={correspondenceRules} onChange={setCorrespondenceRules} errors={errors} />
        <FormActions submitLabel={t('common.save')} isPending={update.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
