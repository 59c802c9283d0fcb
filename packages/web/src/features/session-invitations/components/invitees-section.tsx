import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitee } from '@collegium/shared/contracts/session-invitations';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { QueryState } from '../../../components/ui/query-state';
import { TableWrap } from '../../../components/ui/table-wrap';
import { useErrorText } from '../../../lib/error-text';
import { useFormat } from '../../../lib/format';
import { useLiveInvalidate } from '../../../lib/live';
import { useInvitees, useRemoveGuest, useResendInvitation } from '../api/invitees';
import { inviteesKey } from '../api/paths';
import { AddGuestDialog } from './add-guest-dialog';

const mailTone = { none: 'badge--muted', pending: 'badge--warn', sent: 'badge--ok', failed: 'badge' } as const;

function AnswerCell({ invitee }: { invitee: Invitee }) {
  const { t } = useTranslation();
  if (!invitee.answer) return <span className="muted">{t('invitations.answers.none')}</span>;
  return (
    <>
      {t(`invitations.answers.${invitee.answer}`)}
      {invitee.sentSubstitute && ` (${t('invitations.list.sends', { name: invitee.sentSubstitute.name })})`}
      {invitee.answerNote && <div className="muted pre-line">{invitee.answerNote}</div>}
    </>
  );
}

/** The invitees with their answers and mail state, for the body's managers: guests, resending, removing. */
export function InviteesSection({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const invitees = useInvitees(session.id, session.abilities.manage);
  const resend = useResendInvitation(session.id);
  const remove = useRemoveGuest(session.id);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Invitee | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useLiveInvalidate(`session:${session.id}`, [inviteesKey(session.id)]);
  if (!session.abilities.manage) return null;
  const items = invitees.data?.items ?? [];
  const acceptsGuests = ['draft', 'convened', 'postponed'].includes(session.status);
  const count = (test: (i: Invitee) => boolean) => items.filter(test).length;

  return (
    <section aria-labelledby="session-invitees" className="stack">
      <h2 id="session-invitees">{t('invitations.list.title')}</h2>
      <p className="muted">{invitees.data?.mailed ? t('invitations.list.intro') : t('invitations.list.introDraft')}</p>
      <StatusMessage message={message} />
      <QueryState isPending={invitees.isPending} error={invitees.error} onRetry={() => void invitees.refetch()} />
      {resend.error && <Alert tone="error">{errorText(resend.error)}</Alert>}
      {invitees.data && items.length === 0 && <p>{t('invitations.list.none')}</p>}
      {items.length > 0 && (
        <>
          <p>
            {t('invitations.list.summary', {
              attend: count((i) => i.answer === 'attend'),
              excused: count((i) => i.answer === 'excused' || i.answer === 'substitute'),
              open: count((i) => !i.answer),
            })}
          </p>
          <TableWrap label={t('invitations.list.tableLabel')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('invitations.list.person')}</th>
                  <th scope="col">{t('invitations.list.role')}</th>
                  <th scope="col">{t('invitations.list.answer')}</th>
                  <th scope="col">{t('invitations.list.mail')}</th>
                  <th scope="col">{t('invitations.list.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((invitee) => (
                  <tr key={invitee.id}>
                    <th scope="row">{invitee.person.name}</th>
                    <td>{t(`invitations.roles.${invitee.role}`)}</td>
                    <td>
                      <AnswerCell invitee={invitee} />
                    </td>
                    <td>
                      <span className={`badge ${mailTone[invitee.mailStatus]}`}>{t(`invitations.mail.${invitee.mailStatus}`)}</span>
                      {invitee.mailedAt && <div className="muted">{format.dateTime(invitee.mailedAt)}</div>}
                      {invitee.mailStatus === 'failed' && invitee.mailError && <div className="muted">{invitee.mailError}</div>}
                    </td>
                    <td>
                      <div className="actions">
                        {session.status === 'convened' && (
                          <Button
                            variant="quiet"
                            aria-label={t('invitations.list.resendLabel', { name: invitee.person.name })}
                            isPending={resend.isPending && resend.variables === invitee.id}
                            onPress={() => resend.mutate(invitee.id, { onSuccess: () => setMessage(t('invitations.list.resent', { name: invitee.person.name })) })}
                          >
                            {t('invitations.list.resend')}
                          </Button>
                        )}
                        {invitee.role === 'guest' && acceptsGuests && (
                          <Button variant="quiet" aria-label={t('invitations.list.removeLabel', { name: invitee.person.name })} onPress={() => {
                              remove.reset();
                              setRemoving(invitee);
                            }}>
                            {t('invitations.list.remove')}
                          </Button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
      {acceptsGuests && (
        <div className="actions">
          <Button variant="secondary" onPress={() => setAdding(true)}>
            {t('invitations.guest.add')}
          </Button>
        </div>
      )}
      {adding && (
        <AddGuestDialog
          sessionId={session.id}
          onClose={() => setAdding(false)}
          onAdded={(text) => {
            setAdding(false);
            setMessage(text);
          }}
        />
      )}
      <ConfirmDialog
        title={t('invitations.list.removeLabel', { name: removing?.person.name ?? '' })}
        text={t('invitations.list.removeText')}
        confirmLabel={t('invitations.list.remove')}
        isOpen={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        isPending={remove.isPending}
        error={remove.error ? errorText(remove.error) : null}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              setMessage(t('invitations.list.removed', { name: removing.person.name }));
              setRemoving(null);
            },
          })
        }
      />
    </section>
  );
}
