import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { links } from '../../../config/paths';
import { useSession } from '../api/get-session';
import { statusBadgeClass, useSessionFormat } from '../use-session-format';
import { AgendaChanges } from './agenda-changes';
import { SessionPacketPanel } from '../../session-packet/components/session-packet-panel';
import { AgendaList } from './agenda-list';
import { SessionMaterials } from '../../materials/components/session-materials';
import { PositionsSection } from '../../positions/components/positions-section';
import { SessionAttendance } from '../../attendance/components/session-attendance';
import { InviteesSection } from '../../session-invitations/components/invitees-section';
import { MyInvitationPanel } from '../../session-invitations/components/my-invitation-panel';
import { SessionFormDialog } from './session-form-dialog';
import { StatusActions } from './status-actions';
import { MeetingLinks } from '../../meeting/components/meeting-links';
import { MinutesLink } from '../../minutes/components/minutes-link';
import { SessionResults } from '../../voting/components/session-results';
import { CorrespondenceSection } from '../../correspondence/components/correspondence-section';
import '../sessions.css';

function SessionFacts({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const correspondence = session.kind === 'correspondence';
  return (
    <section aria-labelledby="session-details" className="stack">
      <h2 id="session-details">{t('sessions.details')}</h2>
      <dl className="facts">
        <dt>{t('sessions.status.label')}</dt>
        <dd>
          <span className={statusBadgeClass(session.status)}>{format.status(session.status)}</span>
          {session.statusReason ? ` ${session.statusReason}` : ''}
        </dd>
        <dt>{t('sessions.kind.label')}</dt>
        <dd>{t(`sessions.kind.${session.kind}`)}</dd>
        {correspondence ? (
          <>
            <dt>{t('sessions.fields.deadlineAt')}</dt>
            <dd>{format.when(session.deadlineAt, session.timeZone)}</dd>
          </>
        ) : (
          <>
            <dt>{t('sessions.fields.startsAt')}</dt>
            <dd>{format.when(session.startsAt, session.timeZone)}</dd>
            {session.endsAt && (
              <>
                <dt>{t('sessions.fields.endsAt')}</dt>
                <dd>{format.when(session.endsAt, session.timeZone)}</dd>
              </>
            )}
            <dt>{t('sessions.fields.place')}</dt>
            <dd>{session.place ?? t('sessions.notSet')}</dd>
          </>
        )}
        {session.onlineUrl && (
          <>
            <dt>{t('sessions.fields.onlineUrl')}</dt>
            <dd>
              <a href={session.onlineUrl} rel="noopener noreferrer">
                {session.onlineUrl}
              </a>
            </dd>
          </>
        )}
        {session.notes && (
          <>
            <dt>{t('sessions.fields.notes')}</dt>
            <dd className="pre-line">{session.notes}</dd>
          </>
        )}
      </dl>
      <p className="muted">{t('sessions.fields.timeZone', { zone: session.timeZone })}</p>
    </section>
  );
}

/** One session: its details, its status actions and its agenda. */
export function SessionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useSessionFormat();
  const location = useLocation();
  const { data, isPending, error, refetch } = useSession(id);
  const [message, setMessage] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  const [editing, setEditing] = useState(false);
  const title = data ? format.name(data, true) : t('sessions.sectionTitle');
  const editable = data?.abilities.manage && data.status !== 'closed' && data.status !== 'cancelled';

  return (
    <div className="stack stack--large">
      <div className="stack">
        <PageHeading title={title}>{title}</PageHeading>
        {data && (
          <p>
            <Link to={links.body(data.body.id)}>{t('sessions.backToBody', { body: data.body.name })}</Link>
          </p>
        )}
      </div>
      <StatusMessage message={message} />
      <QueryState isPending={isPending} error={error} onRetry={() => void refetch()} />
      {data && (
        <>
          {data.warnings.some((warning) => warning.code === 'overlap') && <Alert tone="info">{t('sessions.overlap')}</Alert>}
          {data.abilities.manage && (
            <div className="stack">
              {editable && (
                <div className="actions">
                  <Button variant="secondary" onPress={() => setEditing(true)}>
                    {t('sessions.edit')}
                  </Button>
                </div>
              )}
              <StatusActions session={data} onChanged={setMessage} />
            </div>
          )}
          <MeetingLinks session={data} />
          <MinutesLink session={data} />
          <SessionFacts session={data} />
          <MyInvitationPanel sessionId={data.id} />
          <AgendaList session={data} onMessage={setMessage} onReload={() => void refetch()} />
          <CorrespondenceSection session={data} />
          <SessionResults session={data} />
          <SessionMaterials session={data} />
          <AgendaChanges changes={data.agenda.changes} />
          <PositionsSection session={data} />
          <SessionPacketPanel sessionId={data.id} />
          <SessionAttendance session={data} />
          <InviteesSection session={data} />
          {editing && (
            <SessionFormDialog
              session={data}
              onClose={() => setEditing(false)}
              onSaved={(saved) => {
                setEditing(false);
                setMessage(saved.warnings.length ? `${t('sessions.saved')} ${t('sessions.overlap')}` : t('sessions.saved'));
              }}
              onReload={() => {
                setEditing(false);
                void refetch();
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
