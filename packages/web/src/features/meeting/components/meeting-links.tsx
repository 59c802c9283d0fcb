import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { links } from '../../../config/paths';

/** On the session page while the meeting runs (and after, for its record): the meeting room and the big screen. */
export function MeetingLinks({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  if (session.kind === 'correspondence' || (session.status !== 'in_progress' && session.status !== 'closed')) return null;
  return (
    <p className="actions meeting-links">
      <Link className="button button--primary" to={links.meetingRoom(session.id)}>
        {t('meeting.open')}
      </Link>
      <Link className="button button--secondary" to={links.meetingScreen(session.id)}>
        {t('meeting.openScreen')}
      </Link>
    </p>
  );
}
