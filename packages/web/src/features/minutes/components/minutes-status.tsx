import { useTranslation } from 'react-i18next';
import type { Minutes } from '@collegium/shared/contracts/minutes';
import { useFormat } from '../../../lib/format';

const badge: Record<Minutes['status'], string> = { draft: 'badge badge--muted', submitted: 'badge badge--warn', approved: 'badge badge--ok', correction: 'badge badge--warn' };

/** Where the minutes stand: a draft, on a later session's agenda, approved (when, by which session), or under correction. */
export function MinutesStatusLine({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const format = useFormat();
  const detail = (() => {
    if (minutes.status === 'approved' && minutes.approval)
      return t('minutes.status.approvedDetail', {
        date: format.date(minutes.approval.approvedAt),
        number: minutes.approval.sessionNumber,
        version: minutes.approvedVersion ?? minutes.version,
      });
    if (minutes.approvalItem) return t('minutes.status.submittedDetail', { number: minutes.approvalItem.sessionNumber });
    if (minutes.status === 'correction') return t('minutes.status.correctionDetail', { version: minutes.approvedVersion ?? '' });
    return t('minutes.status.draftDetail');
  })();
  return (
    <section className="card stack" aria-labelledby="minutes-status" data-testid="minutes-status">
      <h2 id="minutes-status">{t('minutes.status.heading')}</h2>
      <p>
        <span className={badge[minutes.status]}>{t(`minutes.status.${minutes.status}`)}</span> {detail}
      </p>
      <p className="muted">{t('minutes.status.version', { version: minutes.version })}</p>
      {minutes.status === 'approved' && <p>{t('minutes.status.locked')}</p>}
    </section>
  );
}
