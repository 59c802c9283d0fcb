import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { TableWrap } from '../../../components/ui/table-wrap';
import { links } from '../../../config/paths';
import { usePersonMemberships } from '../api/get-person-memberships';
import { today } from '../membership-form';
import { MembershipPeriodCells, MembershipPeriodHeaders } from './membership-period-cells';

/** A person's memberships in the bodies the reader may see, past and future ones included. */
export function PersonMemberships({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const memberships = usePersonMemberships(personId);
  const day = today();
  return (
    <section aria-labelledby="person-memberships" className="stack">
      <h2 id="person-memberships">{t('people.memberships')}</h2>
      <QueryState isPending={memberships.isPending} error={memberships.error} onRetry={() => void memberships.refetch()} />
      {memberships.data &&
        (memberships.data.items.length === 0 ? (
          <p className="muted">{t('people.noMemberships')}</p>
        ) : (
          <TableWrap label={t('people.memberships')}>
            <table className="table">
              <caption className="visually-hidden">{t('people.memberships')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('people.body')}</th>
                  <th scope="col">{t('directory.role')}</th>
                  <th scope="col">{t('directory.represents')}</th>
                  <MembershipPeriodHeaders />
                </tr>
              </thead>
              <tbody>
                {memberships.data.items.map((m) => (
                  <tr key={m.membershipId}>
                    <th scope="row">
                      <Link to={links.body(m.body.id)}>{m.body.name}</Link>
                    </th>
                    <td>{t(`directory.bodyRoles.${m.role}`)}</td>
                    <td>{m.represents?.name}</td>
                    <MembershipPeriodCells membership={m} day={day} />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ))}
    </section>
  );
}
