import { useTranslation } from 'react-i18next';
import { usePolls } from '../api/polls';
import { PollResult } from './poll-result';
import '../voting.css';

/** The big screen's vote: while a poll on the current item is open, how many have voted; then its result. */
export function ScreenPoll({ sessionId, itemId }: { sessionId: string; itemId: string | null }) {
  const { t } = useTranslation();
  const polls = usePolls(sessionId);
  const onItem = (polls.data?.items ?? []).filter((poll) => poll.agendaItemId === itemId && poll.status !== 'draft');
  const poll = onItem.find((candidate) => candidate.status === 'open') ?? onItem.at(-1);
  if (!poll) return null;
  return (
    <section aria-labelledby="screen-vote" className="screen__vote" aria-live="polite">
      <h2 id="screen-vote" className="screen__label">
        {t('voting.heading')}: {poll.title}
      </h2>
      {poll.status === 'open' ? (
        <p className="screen__title" data-testid="screen-vote-progress">
          {t('voting.controls.progress', { voted: poll.voted, electors: poll.electors })}
        </p>
      ) : (
        <PollResult poll={poll} large />
      )}
    </section>
  );
}
