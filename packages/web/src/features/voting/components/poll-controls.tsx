import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Poll } from '@collegium/shared/contracts/polls';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import type { PollAction } from '../api/polls';
import { HandVotesForm } from './hand-votes-form';
import { optionLabel } from './option-label';

/** The chair's and secretary's steps for one poll: open, watch the count, close (with hands counted), annul. */
export function PollControls({ poll, run, busy }: { poll: Poll; run: (action: PollAction, done: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [annulling, setAnnulling] = useState(false);
  const [reason, setReason] = useState('');
  const [repeat, setRepeat] = useState(true);
  const hands = poll.method === 'hands_totals';
  const namedHands = poll.method === 'hands_named';
  // hands entered but not saved would be lost by closing the vote
  const [unsavedHands, setUnsavedHands] = useState(false);
  // where the chair's own vote is not on record (secret ballot, hands in totals), a tie needs the chair's word
  const asksCastingVote = poll.tieBreak === 'chair_decides' && (poll.method === 'secret' || hands);
  const [castingVote, setCastingVote] = useState('');
  const close = () => {
    const input = {
      ...(hands ? { counts: poll.options.map((option) => ({ optionId: option.id, votes: Number(counts[option.id] || 0) })) } : {}),
      ...(asksCastingVote && castingVote ? { chairOptionId: castingVote } : {}),
    };
    run({ kind: 'close', pollId: poll.id, ...(Object.keys(input).length ? { input } : {}) }, t('voting.controls.closed'));
  };
  return (
    <div className="stack" role="group" aria-label={poll.title}>
      {poll.status === 'open' && namedHands && <HandVotesForm poll={poll} onUnsavedChange={setUnsavedHands} />}
      {poll.status === 'open' && !hands && !namedHands && (
        <p className="poll-progress" role="status" data-testid="poll-progress">
          {t('voting.controls.progress', { voted: poll.voted, electors: poll.electors })}
        </p>
      )}
      {poll.status === 'open' && hands && (
        <div className="poll-counts">
          {poll.options.map((option) => (
            <TextField
              key={option.id}
              label={t('voting.controls.counts', { option: optionLabel(t, option) })}
              inputMode="numeric"
              value={counts[option.id] ?? ''}
              onChange={(value) => setCounts((current) => ({ ...current, [option.id]: value.replace(/\D/g, '') }))}
            />
          ))}
        </div>
      )}
      {poll.status === 'open' && asksCastingVote && (
        <SelectField
          label={t('voting.controls.casting')}
          value={castingVote}
          options={[
            { value: '', label: t('voting.controls.castingNone') },
            ...poll.options.filter((option) => option.role !== 'abstain').map((option) => ({ value: option.id, label: optionLabel(t, option) })),
          ]}
          onChange={setCastingVote}
        />
      )}
      <div className="actions">
        {poll.status === 'draft' && (
          <>
            <Button isPending={busy} onPress={() => run({ kind: 'open', pollId: poll.id }, t('voting.controls.opened'))}>
              {t('voting.controls.open')}
            </Button>
            <Button variant="quiet" isPending={busy} onPress={() => run({ kind: 'delete', pollId: poll.id }, t('voting.controls.deleted'))}>
              {t('voting.controls.delete')}
            </Button>
          </>
        )}
        {poll.status === 'open' && (
          <Button isPending={busy} isDisabled={namedHands && unsavedHands} onPress={close}>
            {t('voting.controls.close')}
          </Button>
        )}
        {(poll.status === 'open' || poll.status === 'closed') && (
          <Button variant="danger" isPending={busy} onPress={() => setAnnulling(true)}>
            {t('voting.controls.annul')}
          </Button>
        )}
      </div>
      <Dialog title={t('voting.controls.annul')} isOpen={annulling} onOpenChange={setAnnulling}>
        <form
          className="form stack"
          onSubmit={(event) => {
            event.preventDefault();
            run({ kind: 'annul', pollId: poll.id, reason: reason.trim(), repeat }, t('voting.controls.annulled'));
            setAnnulling(false);
          }}
        >
          <TextAreaField label={t('voting.controls.annulReason')} rows={3} value={reason} onChange={setReason} isRequired />
          <Checkbox className="checkbox" isSelected={repeat} onChange={setRepeat}>
            <span className="checkbox__box" aria-hidden="true" />
            {t('voting.controls.repeat')}
          </Checkbox>
          <div className="actions">
            <Button type="submit" variant="danger" isPending={busy}>
              {t('voting.controls.annul')}
            </Button>
            <Button variant="quiet" onPress={() => setAnnulling(false)}>
              {t('meeting.cancel')}
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
