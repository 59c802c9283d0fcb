import { useTranslation } from 'react-i18next';
import type { QuorumState } from '@collegium/shared/contracts/attendance';
import { useAttendance } from '../api/attendance';
import '../attendance.css';

/** "Quorum: 7 of 13 present, 7 needed — met" as one sentence, for announcing it after a change. */
export function useQuorumText(): (quorum: QuorumState) => string {
  const { t } = useTranslation();
  return (quorum) =>
    quorum.rule === 'none'
      ? t('attendance.quorum.none', { present: quorum.present, base: quorum.base })
      : t('attendance.quorum.summary', {
          present: quorum.present,
          base: quorum.base,
          needed: quorum.needed,
          state: quorum.met ? t('attendance.quorum.met') : t('attendance.quorum.notMet'),
        });
}

/**
 * The quorum now, for the session page, the meeting room and the big screen. The words carry the state
 * (met / not met); the colour and mark only repeat it.
 */
export function QuorumIndicator({ quorum, size = 'normal' }: { quorum: QuorumState; size?: 'normal' | 'large' }) {
  const { t } = useTranslation();
  const text = useQuorumText()(quorum);
  return (
    <p className={`quorum quorum--${quorum.met ? 'met' : 'not-met'} quorum--${size}`} data-testid="quorum-indicator">
      <span className="quorum__mark" aria-hidden="true">
        {quorum.met ? '✓' : '✗'}
      </span>{' '}
      {text}
      {quorum.substitutesCount && <span className="visually-hidden"> {t('attendance.quorum.substitutesCount')}</span>}
    </p>
  );
}

/**
 * The quorum of a session — or of one agenda item, without the members who declared a conflict of interest
 * on it — read and kept live by itself: drop it on any page that follows the session.
 */
export function SessionQuorum({ sessionId, agendaItemId = null, size }: { sessionId: string; agendaItemId?: string | null; size?: 'normal' | 'large' }) {
  const { data } = useAttendance(sessionId, agendaItemId);
  return data ? <QuorumIndicator quorum={data.quorum} {...(size ? { size } : {})} /> : null;
}
