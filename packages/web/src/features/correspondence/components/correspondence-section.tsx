import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { QueryState } from '../../../components/ui/query-state';
import { pollsQueryOptions } from '../../voting/api/polls';
import { useCorrespondence } from '../api/correspondence';
import { CorrespondenceItemCard } from './correspondence-item';
import '../correspondence.css';

/**
 * A correspondence session's answers, item by item: the secretary sets each item's deadline while the
 * session is a draft and follows the votes, positions and withdrawal requests; a member votes, writes a
 * position or asks for the item's withdrawal until its deadline. Live: every event of the session refetches.
 */
export function CorrespondenceSection({ session }: { session: SessionDetail }) {
  if (session.kind !== 'correspondence') return null;
  return <CorrespondenceAnswers session={session} />;
}

function CorrespondenceAnswers({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const overview = useCorrespondence(session.id, true);
  const voting = session.status === 'convened' || session.status === 'in_progress';
  const polls = useQuery({ ...pollsQueryOptions(session.id), enabled: voting });
  const data = overview.data;
  return (
    <section className="stack correspondence" aria-labelledby="correspondence-heading" data-testid="correspondence">
      <h2 id="correspondence-heading">{t('correspondence.heading')}</h2>
      <QueryState isPending={overview.isPending} error={overview.error} onRetry={() => void overview.refetch()} />
      {data && (
        <>
          <p className="muted">
            {t('correspondence.rules', { min: data.rules.minHours, max: data.rules.maxHours, n: data.rules.withdrawalRequestThreshold })}
          </p>
          {data.items.length === 0 && <p>{t('correspondence.noItems')}</p>}
          <ol className="correspondence__items">
            {data.items.map((item) => (
              <li key={item.agendaItemId}>
                <CorrespondenceItemCard
                  session={session}
                  overview={data}
                  item={item}
                  poll={polls.data?.items.find((poll) => poll.id === item.poll?.id) ?? null}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
