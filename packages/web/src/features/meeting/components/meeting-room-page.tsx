import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { links } from '../../../config/paths';
import { ApiError } from '../../../lib/api-client';
import { useErrorText } from '../../../lib/error-text';
import { AttendancePanel } from '../../attendance/components/attendance-panel';
import { SessionQuorum } from '../../attendance/components/quorum-indicator';
import { useSessionFormat } from '../../sessions/use-session-format';
import { useMeeting, useMeetingAction, type MeetingAction } from '../api/meeting';
import { useTimeFormat } from '../use-time-format';
import { AgendaAdoption } from './agenda-adoption';
import { CurrentItem } from './current-item';
import { LiveNotice } from './live-notice';
import { MeetingAgenda } from './meeting-agenda';
import { OutcomeControls } from './outcome-controls';
import { useClockOffset } from './speaker-timer';
import { SpeakersPanel } from './speakers-panel';
import { ProxiesPanel } from '../../voting/components/proxies-panel';
import { VotingSection } from '../../voting/components/voting-section';
import '../meeting.css';

/**
 * The meeting room: for the chair and secretary the controls of the meeting, for every participant the
 * current item with its materials, the speakers list and their own request for the floor. Live.
 */
export function MeetingRoomPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useSessionFormat();
  const errorText = useErrorText();
  const { meeting, session } = useMeeting(id);
  const action = useMeetingAction(id);
  const [message, setMessage] = useState<string | null>(null);
  const offset = useClockOffset(meeting.data?.serverTime);
  const formatTime = useTimeFormat(session.data?.timeZone);
  const name = session.data ? format.name(session.data, true) : t('sessions.sectionTitle');
  const run = (step: MeetingAction, done: string) => {
    setMessage(null);
    action.mutate(step, { onSuccess: () => setMessage(done) });
  };
  const busy = action.isPending;
  const state = meeting.data;
  const items = session.data?.agenda.items ?? [];
  const currentItem = items.find((item) => item.id === state?.currentItemId);

  return (
    <div className="stack stack--large meeting">
      <div className="stack">
        <PageHeading title={t('meeting.title', { name })}>{t('meeting.title', { name })}</PageHeading>
        <p className="actions">
          <Link to={links.session(id)}>{t('meeting.backToSession')}</Link>
          <Link to={links.meetingScreen(id)}>{t('meeting.openScreen')}</Link>
        </p>
      </div>
      <LiveNotice />
      <StatusMessage message={message} />
      {action.error && !(action.error instanceof ApiError && action.error.problem.field) && <Alert tone="error">{errorText(action.error)}</Alert>}
      <QueryState isPending={meeting.isPending || session.isPending} error={meeting.error ?? session.error} onRetry={() => void meeting.refetch()} />
      {state && session.data && (
        <>
          {state.sessionStatus !== 'in_progress' && (
            <Alert tone="info">{t('meeting.notInProgress', { status: format.status(session.data.status) })}</Alert>
          )}
          <SessionQuorum sessionId={id} />
          <div className="meeting__grid">
            <div className="stack stack--large">
              <CurrentItem meeting={state} items={items}>
                {state.abilities.conduct && currentItem && <OutcomeControls meeting={state} item={currentItem} run={run} busy={busy} />}
              </CurrentItem>
              <VotingSection sessionId={id} currentItem={currentItem} manage={state.abilities.conduct} />
              <ProxiesPanel sessionId={id} manage={state.abilities.conduct} />
              <SpeakersPanel meeting={state} offset={offset} run={run} busy={busy} />
            </div>
            <div className="stack stack--large">
              <MeetingAgenda meeting={state} items={items} run={run} busy={busy} />
              <AgendaAdoption meeting={state} items={items} run={run} busy={busy} error={action.error} formatTime={formatTime} />
            </div>
          </div>
          {state.abilities.conduct && <AttendancePanel sessionId={id} timeZone={session.data.timeZone} />}
        </>
      )}
    </div>
  );
}
