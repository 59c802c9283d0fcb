import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { useMySessions } from '../api/get-my-sessions';
import { CalendarFeedPanel } from './calendar-feed-panel';
import { SessionList } from './session-list';
import '../sessions.css';

/** Upcoming and recent sessions of every body the person belongs to. */
export function MySessionsPage() {
  const { t } = useTranslation();
  const upcoming = useMySessions('upcoming');
  const past = useMySessions('past');
  return (
    <div className="stack stack--large">
      <PageHeading title={t('sessions.mineTitle')}>{t('sessions.mineTitle')}</PageHeading>
      <p>{t('sessions.mineIntro')}</p>
      <section aria-labelledby="my-upcoming" className="stack">
        <h2 id="my-upcoming">{t('sessions.upcoming')}</h2>
        <QueryState isPending={upcoming.isPending} error={upcoming.error} onRetry={() => void upcoming.refetch()} />
        {upcoming.data && <SessionList sessions={upcoming.data.items} emptyText={t('sessions.noneUpcoming')} showBody />}
      </section>
      <section aria-labelledby="my-past" className="stack">
        <h2 id="my-past">{t('sessions.past')}</h2>
        <QueryState isPending={past.isPending} error={past.error} onRetry={() => void past.refetch()} />
        {past.data && <SessionList sessions={past.data.items} emptyText={t('sessions.nonePast')} showBody />}
      </section>
      <section aria-labelledby="my-calendar-feed" className="stack">
        <h2 id="my-calendar-feed">{t('sessions.feed.title')}</h2>
        <CalendarFeedPanel body={null} />
      </section>
    </div>
  );
}
