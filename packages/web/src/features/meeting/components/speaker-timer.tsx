import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speaker } from '@collegium/shared/contracts/meeting';
import { clockOffset, formatSeconds, remainingSeconds } from '../countdown';

/** The server's clock offset for an answer read with `serverTime`, measured when it arrived. */
export function useClockOffset(serverTime: string | undefined): number {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (serverTime) setOffset(clockOffset(serverTime, Date.now()));
  }, [serverTime]);
  return offset;
}

function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

/**
 * Who has the floor and how much time is left, counted down on this device. role=timer is not announced
 * every second; the words say when the time is up.
 */
export function SpeakerTimer({ speaker, offset, large = false }: { speaker: Speaker | null; offset: number; large?: boolean }) {
  const { t } = useTranslation();
  const now = useNow(speaker !== null);
  if (!speaker?.startedAt) return <p className={large ? 'screen__muted' : 'muted'}>{t('meeting.speakers.nobodySpeaking')}</p>;
  const left = remainingSeconds(speaker.startedAt, speaker.limitSeconds, now, offset);
  const over = left !== null && left < 0;
  return (
    <div className={`speaker-timer${over ? ' speaker-timer--over' : ''}${large ? ' speaker-timer--large' : ''}`} data-testid="speaker-timer">
      <p className="speaker-timer__name">{t('meeting.speakers.speaking', { name: speaker.person.name })}</p>
      <p className="speaker-timer__time" role="timer">
        {left === null
          ? t('meeting.speakers.noLimit')
          : over
            ? t('meeting.speakers.over', { time: formatSeconds(left) })
            : t('meeting.speakers.remaining', { time: formatSeconds(left) })}
      </p>
    </div>
  );
}
