import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { useLiveInvalidate } from '../../../lib/live';
import { useAnswerMyInvitation, useMyInvitation } from '../api/my-invitation';
import { myInvitationKey } from '../api/paths';
import { AnswerForm, AnswerState } from './answer-form';

/** "Your invitation" on the session page: the caller's answer, changeable until the session starts. */
export function MyInvitationPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const mine = useMyInvitation(sessionId);
  const save = useAnswerMyInvitation(sessionId);
  const [message, setMessage] = useState<string | null>(null);
  useLiveInvalidate(`session:${sessionId}`, [myInvitationKey(sessionId)]);
  const invitation = mine.data?.invitation;
  if (!invitation) return null;
  return (
    <section aria-labelledby="my-invitation" className="stack card">
      <h2 id="my-invitation">{t('invitations.mine.title')}</h2>
      <p>{t(`invitations.mine.role.${invitation.role}`)}</p>
      <StatusMessage message={message} />
      <AnswerState invitation={invitation} />
      {invitation.canAnswer ? (
        <AnswerForm
          key={invitation.answeredAt ?? 'none'}
          invitation={invitation}
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
    </section>
  );
}
