import { useTranslation } from 'react-i18next';
import { useLiveStatus } from '../../../lib/live';

/** Says so while live updates are interrupted; silent otherwise. */
export function LiveNotice() {
  const { t } = useTranslation();
  const status = useLiveStatus();
  if (status === 'reconnecting') return <p className="alert alert--info" role="status">{t('meeting.live.reconnecting')}</p>;
  if (status === 'signed-out') return <p className="alert alert--error" role="alert">{t('meeting.live.signedOut')}</p>;
  return null;
}
