import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@collegium/shared/contracts/sessions';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { useErrorText } from '../../../lib/error-text';
import { usePollAction, usePolls, type PollAction } from '../api/polls';
import { Ballot } from './ballot';
import { PollComposer } from './poll-composer';
import { PollControls } from './poll-controls';
import { PollResult } from './poll-result';
import '../voting.css';

/**
 * Voting in the meeting room: ballots for every open poll the reader may vote in (on whatever item), and
 * for the current item its polls with their results — with the chair's controls and a form for a new one.
 */
export function VotingSection({ sessionId, currentItem, manage }: { sessionId: string; currentItem: AgendaItem | undefined; manage: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const polls = usePolls(sessionId);
  const action = usePollAction(sessionId);
  const [message, setMessage] = useState<string | null>(null);
  const run = (step: PollAction, done: string) => {
    setMessage(null);
    action.mutate(step, { onSuccess: () => setMessage(done) });
  };
  const all = polls.data?.items ?? [];
  const ballots = all.filter((poll) => poll.status === 'open' && poll.me.seats.length > 0);
  const onItem = currentItem ? all.filter((poll) => poll.agendaItemId === currentItem.id) : [];
  const anyOpen = onItem.some((poll) => poll.status === 'open');
  if (!manage && ballots.length === 0 && onItem.length === 0) return null;
  return (
    <section className="card stack voting" aria-labelledby="voting-heading">
      <h2 id="voting-heading">{t('voting.heading')}</h2>
      <StatusMessage message={message} />
      {action.error && <Alert tone="error">{errorText(action.error)}</Alert>}
      {ballots.map((poll) => (
        <Ballot key={poll.id} poll={poll} sessionId={sessionId} offerRecusal />
      ))}
      {onItem.map((poll) => (
        <article key={poll.id} className="poll stack" aria-labelledby={`poll-${poll.id}`}>
          <h3 id={`poll-${poll.id}`}>
            {poll.title} <span className="muted">({t(`voting.status.${poll.status}`)})</span>
          </h3>
          <p className="muted">{t(`voting.methods.${poll.method}`)}</p>
          {poll.status !== 'open' && poll.status !== 'draft' && <PollResult poll={poll} />}
          {poll.status === 'open' && !manage && (
            <p role="status">{t('voting.controls.progress', { voted: poll.voted, electors: poll.electors })}</p>
          )}
          {manage && <PollControls poll={poll} run={run} busy={action.isPending} />}
        </article>
      ))}
      {manage && currentItem && !anyOpen && <PollComposer key={currentItem.id} item={currentItem} run={run} busy={action.isPending} />}
      {!manage && onItem.length === 0 && ballots.length === 0 && <p>{t('voting.none')}</p>}
    </section>
  );
}
