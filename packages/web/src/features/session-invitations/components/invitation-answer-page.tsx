import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { links } from '../../../config/paths';
import { useSessionFormat } from '../../sessions/use-session-format';
import { useAnswerByToken, useTokenInvitation } from '../api/token-answer';
import { AnswerForm, AnswerState } from './answer-form';

/**
 * The page an invitation mail's answer link opens. The token is in the URL's fragment, which browsers
 * never send to a server, and goes to the API in a request body; it answers this one invitation and
 * signs nobody in.
 */
export function InvitationAnswerPage() {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const [token] = useState(() => decodeURIComponent(window.location.hash.replace(/^#/, '')));
  const lookup = useTokenInvitation(token);
  const save = useAnswerByToken(token);
  const [message, setMessage] = useState<string | null>(null);
  const data = lookup.data;
  const session = data?.session;

  return (
    <div className="stack stack--large">
      <PageHeading title={t('invitations.page.title')}>{t('invitations.page.title')}</PageHeading>
      {!token && <Alert tone="error">{t('invitations.page.missing')}</Alert>}
      <QueryState isPending={lookup.isPending && token.length > 0} error={lookup.error} onRetry={() => void lookup.refetch()} />
      <StatusMessage message={message} />
      {data && session && (
        <section className="stack card" aria-labelledby="invitation-session">
          <h2 id="invitation-session">
            {format.name(session, true)} – {session.bodyName}
          </h2>
          <p>{t('invitations.page.invitee', { name: data.invitee })}</p>
          <dl className="facts">
            <dt>{session.startsAt ? t('sessions.fields.startsAt') : t('sessions.fields.deadlineAt')}</dt>
            <dd>{format.when(session.startsAt ?? session.deadlineAt, session.timeZone)}</dd>
            {session.place && (
              <>
                <dt>{t('sessions.fields.place')}</dt>
                <dd>{session.place}</dd>
              </>
            )}
            <dt>{t('sessions.status.label')}</dt>
            <dd>{format.status(session.status)}</dd>
          </dl>
          <AnswerState invitation={data.invitation} />
          {data.invitation.canAnswer ? (
            <AnswerForm
              key={data.invitation.answeredAt ?? 'none'}
              invitation={data.invitation}
              isPending={save.isPending}
              error={save.error}
              onSubmit={(input) => {
                setMessage(null);
                save.mutate(input, { onSuccess: () => setMessage(t('invitations.mine.saved')) });
              }}
            />
          ) : (
            <p className="muted">{t('invitations.mine.closed')}</p>
          )}
          <p className="muted">{t('invitations.page.notSignedIn')}</p>
          <p>
            <Link to={links.session(session.id)}>{t('invitations.page.toSession')}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
