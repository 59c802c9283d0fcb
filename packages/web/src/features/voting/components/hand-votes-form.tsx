import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Poll, PollElector } from '@collegium/shared/contracts/polls';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TableWrap } from '../../../components/ui/table-wrap';
import { useErrorText } from '../../../lib/error-text';
import { usePollElectors, useRecordHandVotes } from '../api/hand-votes';
import { optionLabel } from './option-label';

/**
 * A named show of hands: the chair or secretary enters, seat by seat, the hand each member raised, and saves
 * the changed seats at once. The seats come from the poll's electorate, fixed when it opened.
 */
export function HandVotesForm({ poll, onUnsavedChange }: { poll: Poll; onUnsavedChange: (unsaved: boolean) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const electors = usePollElectors(poll.sessionId, poll.id);
  const record = useRecordHandVotes(poll.sessionId, poll.id);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const seats = electors.data?.items ?? [];
  const choiceOf = (seat: PollElector) => edits[seat.personId] ?? seat.optionId ?? '';
  const changed = seats.filter((seat) => choiceOf(seat) !== (seat.optionId ?? ''));
  const recorded = seats.filter((seat) => choiceOf(seat) !== '').length;
  const unsaved = changed.length > 0;
  useEffect(() => onUnsavedChange(unsaved), [unsaved, onUnsavedChange]);
  const choices = [{ value: '', label: t('voting.hands.none') }, ...poll.options.map((option) => ({ value: option.id, label: optionLabel(t, option) }))];
  const save = () => {
    setMessage(null);
    record.mutate(
      { votes: changed.map((seat) => ({ personId: seat.personId, optionId: choiceOf(seat) || null })) },
      {
        onSuccess: () => {
          setEdits({});
          setMessage(t('voting.hands.saved'));
        },
      },
    );
  };
  if (electors.error) return <Alert tone="error">{errorText(electors.error)}</Alert>;
  return (
    <form
      className="stack hand-votes"
      aria-label={t('voting.hands.heading')}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <p role="status" data-testid="hands-progress">
        {t('voting.hands.progress', { recorded, electors: seats.length })}
      </p>
      <TableWrap label={t('voting.hands.heading')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('voting.hands.seat')}</th>
              <th scope="col">{t('voting.hands.hand')}</th>
            </tr>
          </thead>
          <tbody>
            {seats.map((seat) => (
              <tr key={seat.personId}>
                <th scope="row">
                  {seat.name}
                  {seat.voter.personId !== seat.personId && (
                    <span className="muted"> · {t(`voting.hands.basis.${seat.basis}`, { name: seat.voter.name })}</span>
                  )}
                  {poll.weighted && <span className="muted"> · {t('voting.hands.weight', { weight: seat.weight })}</span>}
                </th>
                <td>
                  <SelectField
                    label={seat.name}
                    hideLabel
                    value={choiceOf(seat)}
                    options={choices}
                    onChange={(value) => setEdits((current) => ({ ...current, [seat.personId]: value }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <StatusMessage message={message} />
      {record.error && <Alert tone="error">{errorText(record.error)}</Alert>}
      {unsaved && <p className="muted">{t('voting.hands.unsaved')}</p>}
      <div className="actions">
        <Button type="submit" variant="secondary" isPending={record.isPending} isDisabled={changed.length === 0}>
          {t('voting.hands.save')}
        </Button>
      </div>
    </form>
  );
}
