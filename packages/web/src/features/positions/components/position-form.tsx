import { useState, type FormEvent } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Position, PositionKind } from '@collegium/shared/contracts/positions';
import type { AgendaItem } from '@collegium/shared/contracts/sessions';
import { positionKinds } from '@collegium/shared/domain/consent-block';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { fieldErrors } from '../../../lib/api-client';
import { useErrorText } from '../../../lib/error-text';
import { useRecordPosition } from '../api/positions';
import { usePositionWords } from './position-words';

/** The caller's position on one item: a radio group, a reason where one is asked, and a save button. */
export function PositionForm({ sessionId, item, current }: { sessionId: string; item: AgendaItem; current: Position | undefined }) {
  const { t } = useTranslation();
  const words = usePositionWords();
  const errorText = useErrorText();
  const record = useRecordPosition(sessionId);
  const [choice, setChoice] = useState<PositionKind | null>(current?.position ?? null);
  const [reason, setReason] = useState(current?.reason ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const title = `${item.number} ${item.title ?? ''}`.trim();
  const asksReason = choice === 'object' || choice === 'conflict_of_interest';
  const errors = fieldErrors(record.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return;
    setSaved(null);
    record.mutate(
      { itemId: item.id, input: { position: choice, reason: asksReason && reason.trim() ? reason.trim() : null } },
      { onSuccess: (position) => setSaved(t('positions.saved', { number: item.number, position: words.position(position.position, item.kind) })) },
    );
  };

  return (
    <form className="position-form" onSubmit={submit}>
      <RadioGroup
        value={choice}
        onChange={(value) => {
          setChoice(value as PositionKind);
          setSaved(null);
        }}
        className="position-form__choices"
        orientation="horizontal"
      >
        <Label className="position-form__title">{title}</Label>
        <div className="position-form__options">
          {positionKinds.map((kind) => (
            <Radio key={kind} value={kind} className="position-form__option">
              <span className="position-form__dot" aria-hidden="true" />
              {words.position(kind, item.kind)}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {asksReason && (
        <TextAreaField
          label={choice === 'conflict_of_interest' ? t('positions.reasonConflict') : t('positions.reasonObject')}
          rows={2}
          maxLength={1000}
          value={reason}
          onChange={setReason}
          isRequired={choice === 'conflict_of_interest'}
          error={errors.reason}
        />
      )}
      <div className="position-form__footer">
        <Button type="submit" variant="secondary" isPending={record.isPending} isDisabled={!choice}>
          {t('positions.save')}
        </Button>
        <span className="muted">
          {current
            ? current.recordedBy && current.recordedBy.id !== current.person.id
              ? t('positions.currentBy', { position: words.position(current.position, item.kind), name: current.recordedBy.name })
              : t('positions.current', { position: words.position(current.position, item.kind) })
            : t('positions.none')}
        </span>
      </div>
      <div role="status" className={saved ? 'alert alert--success' : 'visually-hidden'}>
        {saved}
      </div>
      {record.error && !errors.reason && <Alert tone="error">{errorText(record.error)}</Alert>}
    </form>
  );
}
