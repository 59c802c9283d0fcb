import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@collegium/shared/contracts/sessions';

/** "Late", "Awaiting the chair’s approval" or "Refused by the chair" for a late item or material; nothing otherwise. */
export function LateBadge({ late, lateApproval }: { late: boolean; lateApproval: AgendaItem['lateApproval'] }) {
  const { t } = useTranslation();
  if (!late) return null;
  return (
    <>
      <span className="badge badge--warn">{t('materials.late')}</span>
      {lateApproval === 'pending' && <span className="badge badge--warn">{t('materials.awaiting')}</span>}
      {lateApproval === 'refused' && <span className="badge badge--muted">{t('materials.refused')}</span>}
    </>
  );
}
