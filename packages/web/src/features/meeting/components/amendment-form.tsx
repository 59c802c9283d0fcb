import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { amendmentDecisions, amendmentKinds, type AmendmentInput } from '@collegium/shared/contracts/meeting';
import type { AgendaItem } from '@collegium/shared/contracts/sessions';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { itemLabel } from './current-item';

type Kind = AmendmentInput['kind'];
type Decision = AmendmentInput['decision'];

/** Records one proposed amendment of the agenda and what the meeting decided on it. */
export function AmendmentForm({ items, busy, errors, onSubmit }: { items: readonly AgendaItem[]; busy: boolean; errors: Record<string, string>; onSubmit: (input: AmendmentInput) => void }) {
  const { t } = useTranslation();
  const open = items.filter((item) => !item.withdrawn);
  const [kind, setKind] = useState<Kind>('add');
  const [text, setText] = useState('');
  const [itemId, setItemId] = useState(open[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [proposer, setProposer] = useState('');
  const [decision, setDecision] = useState<Decision>('accepted');
  return (
    <form
      className="form"
      aria-labelledby="amendment-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({
          kind,
          text,
          decision,
          ...(kind === 'add' ? (title.trim() ? { newItemTitle: title.trim() } : {}) : { agendaItemId: itemId }),
          ...(proposer.trim() ? { proposerName: proposer.trim() } : {}),
        });
      }}
    >
      <h3 id="amendment-form">{t('meeting.amendments.add')}</h3>
      <SelectField
        label={t('meeting.amendments.kind')}
        value={kind}
        onChange={(value) => setKind(value as Kind)}
        options={amendmentKinds.map((value) => ({ value, label: t(`meeting.amendments.kinds.${value}`) }))}
      />
      <TextAreaField label={t('meeting.amendments.text')} rows={3} value={text} onChange={setText} isRequired error={errors.text} />
      {kind === 'add' ? (
        <TextField label={t('meeting.amendments.newItemTitle')} value={title} onChange={setTitle} error={errors.newItemTitle} />
      ) : (
        <SelectField
          label={t('meeting.amendments.item')}
          value={itemId}
          onChange={setItemId}
          error={errors.agendaItemId}
          options={open.map((item) => ({ value: item.id, label: itemLabel(item, t('meeting.current.closedItem')) }))}
        />
      )}
      <TextField label={t('meeting.amendments.proposer')} value={proposer} onChange={setProposer} error={errors.proposerName} />
      <SelectField
        label={t('meeting.amendments.decision')}
        value={decision}
        onChange={(value) => setDecision(value as Decision)}
        options={amendmentDecisions.map((value) => ({ value, label: t(`meeting.amendments.decisions.${value}`) }))}
      />
      <div className="actions">
        <Button type="submit" variant="secondary" isPending={busy}>
          {t('meeting.amendments.save')}
        </Button>
      </div>
    </form>
  );
}
