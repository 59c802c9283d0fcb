import { useTranslation } from 'react-i18next';
import type { Member } from '@collegium/shared/contracts/directory';
import { useFormat } from '../../../lib/format';
import { membershipPeriod } from '../membership-form';

/** The headers of the three columns MembershipPeriodCells fills. */
export function MembershipPeriodHeaders() {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col">{t('memberships.from')}</th>
      <th scope="col">{t('memberships.to')}</th>
      <th scope="col">{t('memberships.status')}</th>
    </>
  );
}

/** A membership table's last three cells: from, until (a dash while open) and past, current or future on `day`. */
export function MembershipPeriodCells({ membership, day }: { membership: Pick<Member, 'startDate' | 'endDate'>; day: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <td>{format.date(membership.startDate)}</td>
      <td>{membership.endDate ? format.date(membership.endDate) : '—'}</td>
      <td>{t(`memberships.period.${membershipPeriod(membership, day)}`)}</td>
    </>
  );
}
