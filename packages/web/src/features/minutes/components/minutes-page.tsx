import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { links } from '../../../config/paths';
import { useErrorText } from '../../../lib/error-text';
import { useSession } from '../../sessions/api/get-session';
import { useSessionFormat } from '../../sessions/use-session-format';
import { useBuildMinutes, useMinutes } from '../api/minutes';
import { ApprovalPanel } from './approval-panel';
import { CommentsPanel } from './comments-panel';
import { ExportsPanel } from './exports-panel';
import { MinutesEditor } from './minutes-editor';
import { MinutesStatusLine } from './minutes-status';
import { RecordedFacts } from './recorded-facts';
import { VersionsPanel } from './versions-panel';
import '../minutes.css';

function NoMinutesYet({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const build = useBuildMinutes(session.id);
  const mayBuild = session.abilities.manage && session.status === 'closed';
  return (
    <section className="card stack" aria-labelledby="no-minutes">
      <h2 id="no-minutes">{t('minutes.none.heading')}</h2>
      <p>{session.status === 'closed' ? t('minutes.none.closed') : t('minutes.none.notClosed')}</p>
      {build.error && <Alert tone="error">{errorText(build.error)}</Alert>}
      {mayBuild && (
        <div className="actions">
          <Button onPress={() => build.mutate()} isPending={build.isPending}>
            {t('minutes.none.build')}
          </Button>
        </div>
      )}
    </section>
  );
}

/** The minutes of one session: where they stand, what was recorded, the written parts, versions, comments, exports. */
export function MinutesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useSessionFormat();
  const session = useSession(id);
  const minutes = useMinutes(id);
  const [message, setMessage] = useState<string | null>(null);
  const name = session.data ? format.name(session.data, true) : '';
  const title = session.data ? t('minutes.title', { name }) : t('minutes.heading');

  return (
    <div className="stack stack--large minutes">
      <div className="stack">
        <PageHeading title={title}>{title}</PageHeading>
        <p>
          <Link to={links.session(id)}>{t('minutes.backToSession')}</Link>
        </p>
      </div>
      <StatusMessage message={message} />
      <QueryState isPending={session.isPending || minutes.isPending} error={session.error ?? minutes.error} onRetry={() => void minutes.refetch()} />
      {session.data && minutes.data === null && <NoMinutesYet session={session.data} />}
      {session.data && minutes.data && (
        <>
          <MinutesStatusLine minutes={minutes.data} />
          <ApprovalPanel minutes={minutes.data} session={session.data} onMessage={setMessage} />
          <ExportsPanel minutes={minutes.data} />
          <RecordedFacts content={minutes.data.content} />
          <MinutesEditor minutes={minutes.data} sessionId={id} onMessage={setMessage} />
          <CommentsPanel minutes={minutes.data} sessionId={id} />
          <VersionsPanel minutes={minutes.data} />
        </>
      )}
    </div>
  );
}
