import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem, CorrespondenceOverview } from '@collegium/shared/contracts/correspondence';
import type { Poll } from '@collegium/shared/contracts/polls';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { links } from '../../../config/paths';
import { Ballot } from '../../voting/components/ballot';
import { useSessionFormat } from '../../sessions/use-session-format';
import { ItemDeadlineField } from './item-deadline-field';
import { MyAnswers } from './my-answers';

/** What became of the item: its result, annulment, withdrawal and where it was carried. */
function ItemState({ item }: { item: CorrespondenceItem }) {
  const { t } = useTranslation();
  const poll = item.poll;
  return (
    <>
      {poll && poll.status === 'open' && <p data-testid="correspondence-progress">{t('correspondence.progress', { voted: poll.voted, electors: poll.electors })}</p>}
      {poll && poll.status === 'closed' && (
        <p>
          {poll.void ? t('correspondence.result.void') : poll.passed ? t('correspondence.result.adopted') : t('correspondence.result.rejected')}{' '}
          {t('correspondence.result.counts', { for: poll.counts?.for ?? 0, against: poll.counts?.against ?? 0, abstain: poll.counts?.abstain ?? 0 })}
        </p>
      )}
      {item.withdrawnAt ? (
        <p className="correspondence__withdrawn">
          {t('correspondence.withdrawn', { n: item.withdrawalRequests.count })}{' '}
          {item.carriedTo ? <Link to={links.session(item.carriedTo.sessionId)}>{t('correspondence.carried')}</Link> : t('correspondence.carryPending')}
        </p>
      ) : (
        poll?.status === 'annulled' && <p>{t('correspondence.result.annulled', { reason: poll.annulledReason ?? '' })}</p>
      )}
    </>
  );
}

/** Who asked for the withdrawal (for the managers) or how many did. */
function WithdrawalRequests({ item, threshold }: { item: CorrespondenceItem; threshold: number }) {
  const { t } = useTranslation();
  const { count, entries } = item.withdrawalRequests;
  if (count === 0) return null;
  return (
    <div className="stack" data-testid="withdrawal-requests">
      <p>{t('correspondence.requests', { n: count, threshold })}</p>
      {entries && (
        <ul>
          {entries.map((entry) => (
            <li key={entry.personId}>{entry.reason ? t('correspondence.requestWithReason', { name: entry.name, reason: entry.reason }) : entry.name}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function CorrespondenceItemCard({ session, overview, item, poll }: { session: SessionDetail; overview: CorrespondenceOverview; item: CorrespondenceItem; poll: Poll | null }) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const headingId = `correspondence-item-${item.agendaItemId}`;
  return (
    <article className="correspondence__item stack" aria-labelledby={headingId} data-testid="correspondence-item">
      <h3 id={headingId}>
        {item.number} {item.title}
      </h3>
      {!item.voted ? (
        <p className="muted">{t('correspondence.forInformation')}</p>
      ) : (
        <>
          {overview.manage && session.status === 'draft' ? (
            <ItemDeadlineField sessionId={session.id} item={item} timeZone={session.timeZone} />
          ) : (
            <p>{t('correspondence.deadline', { when: format.when(item.deadlineAt, session.timeZone) })}</p>
          )}
          <ItemState item={item} />
          <WithdrawalRequests item={item} threshold={overview.rules.withdrawalRequestThreshold} />
          {item.positions.length > 0 && (
            <div className="stack">
              <h4>{t('correspondence.positions.heading')}</h4>
              <ul className="correspondence__positions">
                {item.positions.map((position) => (
                  <li key={position.personId}>
                    <strong>{position.name}:</strong> <span className="correspondence__text">{position.text}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {item.conflicts.length > 0 && (
            <div className="stack">
              <h4>{t('correspondence.conflict.heading')}</h4>
              <ul>
                {item.conflicts.map((declared) => (
                  <li key={declared.personId}>{t('correspondence.conflict.entry', { name: declared.name, reason: declared.reason ?? '' })}</li>
                ))}
              </ul>
            </div>
          )}
          {item.mine.elector && !item.answersClosed && poll && poll.status === 'open' && <Ballot poll={poll} sessionId={session.id} />}
          {(item.mine.elector || item.mine.conflict !== null) && <MyAnswers sessionId={session.id} item={item} />}
        </>
      )}
    </article>
  );
}
