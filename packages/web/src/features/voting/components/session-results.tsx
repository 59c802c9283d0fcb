import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Poll } from '@collegium/shared/contracts/polls';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { QueryState } from '../../../components/ui/query-state';
import { pollsQueryOptions } from '../api/polls';
import { PollResult } from './poll-result';
import '../voting.css';

interface ResultGroup {
  key: string;
  heading: string;
  polls: Poll[];
}

/** Polls grouped under their agenda items in agenda order; votes on the agenda first, other questions last. */
function groupByItem(session: SessionDetail, polls: Poll[], labels: { agenda: string; other: string; hidden: string }): ResultGroup[] {
  const taken = polls.filter((poll) => poll.status !== 'draft');
  const groups: ResultGroup[] = [];
  const agenda = taken.filter((poll) => !poll.agendaItemId && poll.subject === 'agenda');
  if (agenda.length) groups.push({ key: 'agenda', heading: labels.agenda, polls: agenda });
  for (const item of session.agenda.items) {
    const onItem = taken.filter((poll) => poll.agendaItemId === item.id);
    if (onItem.length) groups.push({ key: item.id, heading: `${item.number}. ${item.title ?? labels.hidden}`, polls: onItem });
  }
  const other = taken.filter((poll) => !poll.agendaItemId && poll.subject !== 'agenda');
  if (other.length) groups.push({ key: 'other', heading: labels.other, polls: other });
  return groups;
}

/**
 * A closed session's votes: per agenda item, each poll with its method and result (counts, verdict, who
 * voted how in a named vote) or the reason it was annulled. Shown to whoever may read the session; polls on
 * closed items come only to those who may read them.
 */
export function SessionResults({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const closed = session.status === 'closed';
  const polls = useQuery({ ...pollsQueryOptions(session.id), enabled: closed });
  if (!closed) return null;
  const groups = groupByItem(session, polls.data?.items ?? [], {
    agenda: t('voting.past.agenda'),
    other: t('voting.past.other'),
    hidden: t('sessions.agenda.hiddenTitle'),
  });
  return (
    <section className="stack voting" aria-labelledby="session-results-heading" data-testid="session-results">
      <h2 id="session-results-heading">{t('voting.past.heading')}</h2>
      <QueryState isPending={polls.isPending} error={polls.error} onRetry={() => void polls.refetch()} />
      {polls.data && groups.length === 0 && <p>{t('voting.past.none')}</p>}
      {groups.map((group) => (
        <section key={group.key} className="stack" aria-labelledby={`results-${group.key}`}>
          <h3 id={`results-${group.key}`}>{group.heading}</h3>
          {group.polls.map((poll) => (
            <article key={poll.id} className="poll stack" aria-labelledby={`result-${poll.id}`}>
              <h4 id={`result-${poll.id}`}>{poll.title}</h4>
              <p className="muted">
                {t(`voting.methods.${poll.method}`)} · {t(`voting.status.${poll.status}`)}
              </p>
              <PollResult poll={poll} />
            </article>
          ))}
        </section>
      ))}
    </section>
  );
}
