import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '@collegium/shared/contracts/minutes';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { links } from '../../../config/paths';
import { useErrorText } from '../../../lib/error-text';
import { useBodySessions } from '../../sessions/api/get-body-sessions';
import { useSessionFormat } from '../../sessions/use-session-format';
import { useApprovalAction, type ApprovalAction } from '../api/flow';

const openStatuses = new Set(['draft', 'convened', 'in_progress']);

function LaterSessionPicker({ session, onSubmit, busy }: { session: SessionDetail; onSubmit: (sessionId: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const upcoming = useBodySessions(session.body.id, 'upcoming');
  const candidates = (upcoming.data?.items ?? []).filter((later) => later.id !== session.id && openStatuses.has(later.status));
  const [chosen, setChosen] = useState('');
  const value = chosen || candidates[0]?.id || '';
  if (upcoming.isPending) return <p className="muted">{t('common.loading')}</p>;
  if (candidates.length === 0) return <p>{t('minutes.approval.noLaterSession')}</p>;
  return (
    <div className="stack">
      <SelectField
        label={t('minutes.approval.session')}
        description={t('minutes.approval.sessionHint')}
        value={value}
        options={candidates.map((later) => ({ value: later.id, label: `${format.name(later, true)} (${format.whenOf(later)})` }))}
        onChange={setChosen}
      />
      <div className="actions">
        <Button onPress={() => onSubmit(value)} isPending={busy}>
          {t('minutes.approval.submit')}
        </Button>
      </div>
    </div>
  );
}

/** The secretary's way to approval: a later session (or a correspondence vote) approves; withdraw; correct approved minutes. */
export function ApprovalPanel({ minutes, session, onMessage }: { minutes: Minutes; session: SessionDetail; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const action = useApprovalAction(minutes.id, session.id);
  if (!session.abilities.manage) return null;
  const run = (step: ApprovalAction, done: string) => action.mutate(step, { onSuccess: () => onMessage(done) });
  return (
    <section className="card stack" aria-labelledby="minutes-approval">
      <h2 id="minutes-approval">{t('minutes.approval.heading')}</h2>
      {action.error && <Alert tone="error">{errorText(action.error)}</Alert>}
      {minutes.status === 'approved' ? (
        <>
          <p>{t('minutes.approval.correctionIntro')}</p>
          <div className="actions">
            <Button variant="secondary" onPress={() => run({ kind: 'correct' }, t('minutes.approval.correctionOpened'))} isPending={action.isPending}>
              {t('minutes.approval.correct')}
            </Button>
          </div>
        </>
      ) : minutes.approvalItem ? (
        <>
          <p>
            {t('minutes.approval.onAgenda', { number: minutes.approvalItem.sessionNumber })}{' '}
            <Link to={links.session(minutes.approvalItem.sessionId)}>{t('minutes.approval.openSession')}</Link>
          </p>
          <div className="actions">
            <Button variant="danger" onPress={() => run({ kind: 'withdraw' }, t('minutes.approval.withdrawn'))} isPending={action.isPending}>
              {t('minutes.approval.withdraw')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p>{t('minutes.approval.intro')}</p>
          <LaterSessionPicker session={session} busy={action.isPending} onSubmit={(sessionId) => run({ kind: 'submit', sessionId }, t('minutes.approval.submitted'))} />
        </>
      )}
    </section>
  );
}
