import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Poll, PollSeat } from '@collegium/shared/contracts/polls';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useErrorText } from '../../../lib/error-text';
import { useCast } from '../api/polls';
import { newCastKey, newReceipt, receiptCode, storedReceipt, storeReceipt } from '../receipts';
import { optionLabel } from './option-label';
import { RecusalForm } from './recusal-form';

/**
 * The voter's ballot for an open poll: a row of large buttons per seat the voter casts for (their own, a
 * member they substitute for, a proxy). The vote shows as recorded once the server acknowledged it.
 */
export function Ballot({ poll, sessionId, offerRecusal = false }: { poll: Poll; sessionId: string; offerRecusal?: boolean }) {
  const { t } = useTranslation();
  const undecided = poll.me.seats.some((seat) => seat.basis !== 'proxy' && !seat.voted);
  return (
    <section className="ballot stack" aria-labelledby={`ballot-${poll.id}`} data-testid="ballot">
      <h3 id={`ballot-${poll.id}`}>{t('voting.ballot.heading', { title: poll.title })}</h3>
      <p className="muted">
        {t(`voting.methods.${poll.method}`)}
        {poll.method === 'secret' && ` — ${t('voting.ballot.secretNote')}`}
      </p>
      {poll.me.seats.map((seat) => (
        <SeatBallot key={seat.personId} poll={poll} seat={seat} sessionId={sessionId} own={poll.me.seats.length === 1 && seat.basis === 'member'} />
      ))}
      {offerRecusal && undecided && poll.agendaItemId && <RecusalForm poll={{ ...poll, agendaItemId: poll.agendaItemId }} sessionId={sessionId} />}
    </section>
  );
}

function SeatBallot({ poll, seat, sessionId, own }: { poll: Poll; seat: PollSeat; sessionId: string; own: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const cast = useCast(sessionId);
  const secret = poll.method === 'secret';
  const [receipt, setReceipt] = useState(() => storedReceipt(poll.id, seat.personId));
  const [chosen, setChosen] = useState<string | null>(seat.optionId);
  const lockedElsewhere = secret && seat.voted && !receipt;
  const choose = (optionId: string) => {
    let token = receipt;
    if (secret && !token) {
      token = newReceipt();
      storeReceipt(poll.id, seat.personId, token);
      setReceipt(token);
    }
    cast.mutate(
      { pollId: poll.id, optionId, personId: seat.personId, onBehalf: seat.basis !== 'member', key: newCastKey(), ...(token ? { receipt: token } : {}) },
      { onSuccess: () => setChosen(optionId) },
    );
  };
  const heading = seat.basis === 'member' ? t('voting.ballot.own') : t(`voting.ballot.${seat.basis}`, { name: seat.name });
  const current = chosen ?? seat.optionId;
  const currentOption = poll.options.find((option) => option.id === current);
  return (
    <div className="stack" role="group" aria-label={heading}>
      {!own && <h4>{heading}</h4>}
      {lockedElsewhere ? (
        <p>{t('voting.ballot.otherDevice')}</p>
      ) : (
        <div className="ballot__options">
          {poll.options.map((option) => (
            <Button
              key={option.id}
              className={`ballot__option ballot__option--${option.role}`}
              variant={current === option.id ? 'primary' : 'secondary'}
              aria-pressed={current === option.id}
              isPending={cast.isPending && cast.variables?.optionId === option.id}
              onPress={() => choose(option.id)}
            >
              {optionLabel(t, option)}
            </Button>
          ))}
        </div>
      )}
      <p role="status" className="ballot__status">
        {secret && (seat.voted || cast.isSuccess) && receipt
          ? t('voting.ballot.secretVoted', { code: receiptCode(receipt) }) + (currentOption ? ` ${t('voting.ballot.recorded', { option: optionLabel(t, currentOption) })}` : '')
          : !secret && currentOption && (seat.voted || cast.isSuccess)
            ? `${t('voting.ballot.recorded', { option: optionLabel(t, currentOption) })} ${t('voting.ballot.change')}`
            : ''}
      </p>
      {cast.error && <Alert tone="error">{errorText(cast.error)}</Alert>}
    </div>
  );
}
