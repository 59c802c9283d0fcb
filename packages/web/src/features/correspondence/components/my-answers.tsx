import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem } from '@collegium/shared/contracts/correspondence';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useErrorText } from '../../../lib/error-text';
import { useCorrespondenceAction } from '../api/correspondence';

/** What the member answered on an item, and, while it is open, the forms to write a position or ask for withdrawal. */
export function MyAnswers({ sessionId, item }: { sessionId: string; item: CorrespondenceItem }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const action = useCorrespondenceAction(sessionId);
  const [position, setPosition] = useState(item.mine.position ?? '');
  const [reason, setReason] = useState('');
  const [conflictReason, setConflictReason] = useState('');
  const conflict = item.mine.conflict;
  const open = !item.answersClosed && conflict === null;
  const id = item.agendaItemId;
  const answered = [
    item.mine.vote ? t('correspondence.mine.voted', { option: t(`correspondence.options.${item.mine.vote as 'for'}`) }) : t('correspondence.mine.notVoted'),
    item.mine.position ? t('correspondence.mine.position') : null,
    item.mine.withdrawalRequested ? t('correspondence.mine.asked') : null,
  ];
  const summary = (conflict !== null ? [t('correspondence.mine.conflict', { reason: conflict })] : answered).filter(Boolean);
  return (
    <div className="stack correspondence__mine" data-testid="my-answers">
      <h4>{t('correspondence.mine.heading')}</h4>
      <p role="status">{summary.join(' ')}</p>
      {action.error && <Alert tone="error">{errorText(action.error)}</Alert>}
      {open && (
        <>
          <form
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              action.mutate({ kind: 'position', itemId: id, text: position });
            }}
          >
            <TextAreaField label={t('correspondence.positions.label', { title: item.title })} rows={3} value={position} onChange={setPosition} maxLength={20000} />
            <div className="actions">
              <Button type="submit" variant="secondary" isPending={action.isPending && action.variables?.kind === 'position'} isDisabled={!position.trim()}>
                {t('correspondence.positions.save')}
              </Button>
              {item.mine.position && (
                <Button
                  variant="quiet"
                  onPress={() => action.mutate({ kind: 'deletePosition', itemId: id }, { onSuccess: () => setPosition('') })}
                >
                  {t('correspondence.positions.delete')}
                </Button>
              )}
            </div>
          </form>
          {!item.mine.vote && (
            <form
              className="stack"
              onSubmit={(event) => {
                event.preventDefault();
                action.mutate({ kind: 'declareConflict', itemId: id, reason: conflictReason });
              }}
            >
              <TextField
                label={t('correspondence.conflict.reason', { title: item.title })}
                description={t('correspondence.conflict.hint')}
                value={conflictReason}
                onChange={setConflictReason}
                maxLength={1000}
              />
              <div className="actions">
                <Button
                  type="submit"
                  variant="secondary"
                  isPending={action.isPending && action.variables?.kind === 'declareConflict'}
                  isDisabled={!conflictReason.trim()}
                >
                  {t('correspondence.conflict.declare')}
                </Button>
              </div>
            </form>
          )}
          {item.mine.withdrawalRequested ? (
            <div className="actions">
              <Button variant="secondary" onPress={() => action.mutate({ kind: 'takeBackWithdrawal', itemId: id })}>
                {t('correspondence.withdrawal.takeBack')}
              </Button>
            </div>
          ) : (
            <form
              className="stack"
              onSubmit={(event) => {
                event.preventDefault();
                action.mutate({ kind: 'requestWithdrawal', itemId: id, reason }, { onSuccess: () => setReason('') });
              }}
            >
              <TextField label={t('correspondence.withdrawal.reason', { title: item.title })} value={reason} onChange={setReason} maxLength={2000} />
              <div className="actions">
                <Button type="submit" variant="secondary" isPending={action.isPending && action.variables?.kind === 'requestWithdrawal'}>
                  {t('correspondence.withdrawal.ask')}
                </Button>
              </div>
            </form>
          )}
        </>
      )}
    </div>
  );
}
