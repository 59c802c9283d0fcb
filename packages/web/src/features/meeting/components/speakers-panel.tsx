import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingState, Speaker } from '@collegium/shared/contracts/meeting';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import type { MeetingAction } from '../api/meeting';
import { SpeakerTimer } from './speaker-timer';

type Run = (action: MeetingAction, done: string) => void;

function SpeakerName({ speaker }: { speaker: Speaker }) {
  const { t } = useTranslation();
  return (
    <>
      {speaker.person.name}
      {speaker.kind === 'reply' && <span className="badge">{t('meeting.speakers.reply')}</span>}
    </>
  );
}

/** What a participant does from their own device: ask for the floor, see their place, withdraw. */
function OwnRequest({ meeting, run, busy }: { meeting: MeetingState; run: Run; busy: boolean }) {
  const { t } = useTranslation();
  const own = meeting.me.request;
  if (own?.status === 'speaking') return <p className="alert alert--info">{t('meeting.speakers.youSpeak')}</p>;
  if (own) {
    return (
      <div className="actions">
        <p data-testid="queue-place">{t('meeting.speakers.yourPlace', { place: meeting.me.queuePlace })}</p>
        <Button variant="secondary" isPending={busy} onPress={() => run({ kind: 'withdraw', requestId: own.id }, t('meeting.speakers.withdrawn'))}>
          {t('meeting.speakers.withdraw')}
        </Button>
      </div>
    );
  }
  if (!meeting.abilities.askForFloor) return null;
  return (
    <div className="actions">
      <Button isPending={busy} onPress={() => run({ kind: 'ask', input: {} }, t('meeting.speakers.asked'))}>
        {t('meeting.speakers.ask')}
      </Button>
      <Button variant="secondary" isPending={busy} onPress={() => run({ kind: 'ask', input: { kind: 'reply' } }, t('meeting.speakers.asked'))}>
        {t('meeting.speakers.askReply')}
      </Button>
    </div>
  );
}

function LimitForm({ meeting, run, busy }: { meeting: MeetingState; run: Run; busy: boolean }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(meeting.speakingLimitSeconds ? String(meeting.speakingLimitSeconds) : '');
  return (
    <form
      className="actions"
      onSubmit={(event) => {
        event.preventDefault();
        const seconds = value.trim() === '' ? null : Number(value);
        run({ kind: 'limit', input: { seconds } }, t('meeting.speakers.limitSaved'));
      }}
    >
      <TextField label={t('meeting.speakers.limit')} description={t('meeting.speakers.limitHint')} inputMode="numeric" value={value} onChange={setValue} />
      <Button type="submit" variant="secondary" isPending={busy}>
        {t('meeting.speakers.setLimit')}
      </Button>
    </form>
  );
}

/** The current item's speakers: who has the floor with the time left, who waits, and the chair's controls. */
export function SpeakersPanel({ meeting, offset, run, busy }: { meeting: MeetingState; offset: number; run: Run; busy: boolean }) {
  const { t } = useTranslation();
  const conduct = meeting.abilities.conduct;
  const current = meeting.currentSpeaker;
  const moveUp = (index: number) => {
    const ids = meeting.queue.map((speaker) => speaker.id);
    [ids[index - 1], ids[index]] = [ids[index]!, ids[index - 1]!];
    run({ kind: 'order', ids }, t('meeting.speakers.reordered'));
  };
  return (
    <section aria-labelledby="speakers" className="panel stack">
      <h2 id="speakers">{t('meeting.speakers.heading')}</h2>
      <SpeakerTimer speaker={current} offset={offset} />
      {conduct && current && (
        <div className="actions">
          <Button variant="secondary" isPending={busy} onPress={() => run({ kind: 'end', requestId: current.id }, t('meeting.speakers.ended'))}>
            {t('meeting.speakers.end')}
          </Button>
        </div>
      )}
      {meeting.currentItemId && <OwnRequest meeting={meeting} run={run} busy={busy} />}
      <h3>{t('meeting.speakers.queue')}</h3>
      {meeting.queue.length === 0 ? (
        <p className="muted">{t('meeting.speakers.none')}</p>
      ) : (
        <ol className="speaker-queue" data-testid="speaker-queue">
          {meeting.queue.map((speaker, index) => (
            <li key={speaker.id} className="speaker-queue__item">
              <span>
                <SpeakerName speaker={speaker} />
              </span>
              {conduct && (
                <span className="actions">
                  <Button aria-label={`${t('meeting.speakers.grant')}: ${speaker.person.name}`} isPending={busy} onPress={() => run({ kind: 'grant', requestId: speaker.id }, t('meeting.speakers.granted', { name: speaker.person.name }))}>
                    {t('meeting.speakers.grant')}
                  </Button>
                  {index > 0 && (
                    <Button aria-label={`${t('meeting.speakers.up')}: ${speaker.person.name}`} variant="quiet" isPending={busy} onPress={() => moveUp(index)}>
                      {t('meeting.speakers.up')}
                    </Button>
                  )}
                  <Button aria-label={`${t('meeting.speakers.remove')}: ${speaker.person.name}`} variant="quiet" isPending={busy} onPress={() => run({ kind: 'withdraw', requestId: speaker.id }, t('meeting.speakers.withdrawn'))}>
                    {t('meeting.speakers.remove')}
                  </Button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {meeting.spoken.length > 0 && (
        <>
          <h3>{t('meeting.speakers.spoken')}</h3>
          <ul className="muted">
            {meeting.spoken.map((speaker) => (
              <li key={speaker.id}>
                <SpeakerName speaker={speaker} />
              </li>
            ))}
          </ul>
        </>
      )}
      {conduct && <LimitForm meeting={meeting} run={run} busy={busy} />}
    </section>
  );
}
