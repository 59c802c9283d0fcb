import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { QueryState } from '../../../components/ui/query-state';
import { links } from '../../../config/paths';
import { useMe } from '../../../lib/auth';
import { useBodySessions } from '../api/get-body-sessions';
import { CalendarFeedPanel } from './calendar-feed-panel';
import { BodySeries } from '../../series/components/body-series';
import { SessionFormDialog } from './session-form-dialog';
import { SessionList } from './session-list';
import '../sessions.css';

/** The sessions section of a body's page: upcoming and past, and a new session for its managers. */
export function BodySessions({ body }: { body: { id: string; name: string } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const upcoming = useBodySessions(body.id, 'upcoming');
  const past = useBodySessions(body.id, 'past');
  const [creating, setCreating] = useState(false);
  const signedIn = Boolean(useMe().data);
  return (
    <section aria-labelledby="body-sessions" className="stack">
      <h2 id="body-sessions">{t('sessions.sectionTitle')}</h2>
      {upcoming.data?.canCreate && (
        <div className="actions">
          <Button variant="secondary" onPress={() => setCreating(true)}>
            {t('sessions.create')}
          </Button>
        </div>
      )}
      <h3>{t('sessions.upcoming')}</h3>
      <QueryState isPending={upcoming.isPending} error={upcoming.error} onRetry={() => void upcoming.refetch()} />
      {upcoming.data && <SessionList sessions={upcoming.data.items} emptyText={t('sessions.noneUpcoming')} />}
      <h3>{t('sessions.past')}</h3>
      <QueryState isPending={past.isPending} error={past.error} onRetry={() => void past.refetch()} />
      {past.data && <SessionList sessions={past.data.items} emptyText={t('sessions.nonePast')} />}
      {signedIn && <BodySeries body={body} />}
      {signedIn && (
        <>
          <h3>{t('sessions.feed.bodyTitle')}</h3>
          <CalendarFeedPanel body={body} />
        </>
      )}
      {creating && (
        <SessionFormDialog
          body={body}
          onClose={() => setCreating(false)}
          onSaved={(session) => {
            setCreating(false);
            void navigate(links.session(session.id), { state: { message: t('sessions.created') } });
          }}
        />
      )}
    </section>
  );
}
