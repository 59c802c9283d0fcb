import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { abstentionRules, pollMajorityRules, pollMethods, tieBreakRules, type PollInput, type PollSubject } from '@collegium/shared/contracts/polls';
import type { AgendaItem } from '@collegium/shared/contracts/sessions';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import type { PollAction } from '../api/polls';

/** what a vote on an item can be about; the agenda itself is adopted from the meeting's agenda step */
const itemSubjects = ['resolution', 'amendment', 'minutes', 'other'] as const satisfies readonly PollSubject[];
type ItemSubject = (typeof itemSubjects)[number];

/**
 * The chair's form for a new poll on the current item: the question (the item's title to begin with), the
 * method, yes/no or a choice, and — folded away — this vote's rules, which default to the body's.
 */
export function PollComposer({ item, run, busy }: { item: AgendaItem; run: (action: PollAction, done: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(item.title ?? '');
  const [subject, setSubject] = useState<ItemSubject>('resolution');
  const [method, setMethod] = useState<PollInput['method']>('named');
  const [kind, setKind] = useState<'yes_no' | 'choice'>('yes_no');
  const [choices, setChoices] = useState('');
  const [rules, setRules] = useState<Pick<PollInput, 'majorityRule' | 'abstentions' | 'tieBreak'>>({});
  const submit = () => {
    const options = choices.split('\n').map((line) => line.trim()).filter(Boolean);
    const input: PollInput = { agendaItemId: item.id, subject, title: title.trim(), method, kind, ...rules, ...(kind === 'choice' ? { options } : {}) };
    run({ kind: 'create', input }, t('voting.compose.created'));
  };
  const pick = <K extends keyof typeof rules>(key: K, label: string, options: { value: string; label: string }[]) => (
    <SelectField
      label={label}
      value={rules[key] ?? ''}
      options={[{ value: '', label: t('voting.compose.bodyDefault') }, ...options]}
      onChange={(value) => setRules((current) => ({ ...current, [key]: value || undefined }))}
    />
  );
  return (
    <form
      className="form stack"
      aria-labelledby="poll-compose-heading"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id="poll-compose-heading">{t('voting.compose.heading')}</h3>
      <TextField label={t('voting.compose.title')} value={title} onChange={setTitle} isRequired maxLength={500} />
      <SelectField
        label={t('voting.compose.subject')}
        value={subject}
        options={itemSubjects.map((value) => ({ value, label: t(`voting.subjects.${value}`) }))}
        onChange={(value) => setSubject(value as ItemSubject)}
      />
      <SelectField
        label={t('voting.compose.method')}
        value={method}
        options={pollMethods.map((value) => ({ value, label: t(`voting.methods.${value}`) }))}
        onChange={(value) => setMethod(value as PollInput['method'])}
      />
      <SelectField
        label={t('voting.compose.kind')}
        value={kind}
        options={(['yes_no', 'choice'] as const).map((value) => ({ value, label: t(`voting.kinds.${value}`) }))}
        onChange={(value) => setKind(value as 'yes_no' | 'choice')}
      />
      {kind === 'choice' && <TextAreaField label={t('voting.compose.choices')} rows={4} value={choices} onChange={setChoices} isRequired />}
      <details>
        <summary>{t('voting.compose.rules')}</summary>
        <div className="stack">
          {pick('majorityRule', t('voting.compose.majority'), pollMajorityRules.map((value) => ({ value, label: t(`voting.majority.${value}`) })))}
          {pick('abstentions', t('voting.compose.abstentions'), abstentionRules.map((value) => ({ value, label: t(`voting.abstentions.${value}`) })))}
          {pick('tieBreak', t('voting.compose.tie'), tieBreakRules.map((value) => ({ value, label: t(`voting.tie.${value}`) })))}
        </div>
      </details>
      <div className="actions">
        <Button type="submit" isPending={busy}>
          {t('voting.compose.create')}
        </Button>
      </div>
    </form>
  );
}
