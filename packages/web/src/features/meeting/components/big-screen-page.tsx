import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { SessionQuorum } from '../../attendance/components/quorum-indicator';
import { useSessionFormat } from '../../sessions/use-session-format';
import { useMeeting } from '../api/meeting';
import { itemLabel } from './current-item';
import { LiveNotice } from './live-notice';
import { SpeakerTimer, useClockOffset } from './speaker-timer';
import { ScreenPoll } from '../../voting/components/screen-poll';
import '../meeting.css';

/**
 * The room's display: the current item, who has the floor with the time left, who is next, and the
 * quorum, in large type and high contrast. Read-only; any reader of the session may show it.
 */
export function BigScreenPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useSessionFormat();
  const { meeting, session } = useMeeting(id);
  const offset = useClockOffset(meeting.data?.serverTime);
  const state = meeting.data;
  const item = session.data?.agenda.items.find((candidate) => candidate.id === state?.currentItemId);
  const outcome = state?.items.find((entry) => entry.agendaItemId === state.currentItemId)?.outcome;
  const name = session.data ? format.name(session.data, true) : t('sessions.sectionTitle');
  return (
    <main className="screen" id="main">
      <h1 className="screen__session">{name}</h1>
      <LiveNotice />
      <QueryState isPending={meeting.isPending || session.isPending} error={meeting.error ?? session.error} onRetry={() => void meeting.refetch()} />
      {state && session.data && (
        <>
          <section aria-labelledby="screen-item" className="screen__item" aria-live="polite">
            <h2 id="screen-item" className="screen__label">
              {t('meeting.current.heading')}
            </h2>
            <p className="screen__title" data-testid="screen-item-title">
              {item ? itemLabel(item, t('meeting.current.closedItem')) : t('meeting.current.none')}
            </p>
            {outcome && <p className="screen__outcome">{t(`meeting.outcomes.${outcome}`)}</p>}
          </section>
          <ScreenPoll sessionId={id} itemId={state.currentItemId} />
          <section aria-labelledby="screen-speaker" className="screen__speaker">
            <h2 id="screen-speaker" className="screen__label">
              {t('meeting.speakers.heading')}
            </h2>
            <SpeakerTimer speaker={state.currentSpeaker} offset={offset} large />
            {state.queue.length > 0 && (
              <>
                <h3 className="screen__label">{t('meeting.speakers.queue')}</h3>
                <ol className="screen__queue">
                  {state.queue.map((speaker) => (
                    <li key={speaker.id}>{speaker.person.name}</li>
                  ))}
                </ol>
              </>
            )}
          </section>
          <SessionQuorum sessionId={id} size="large" />
        </>
      )}
    </main>
  );
}
