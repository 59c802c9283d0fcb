import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { TableWrap } from '../../../components/ui/table-wrap';
import { links } from '../../../config/paths';
import { useBody } from '../api/get-body';
import { useMembershipHistory } from '../api/get-membership-history';
import { today } from '../membership-form';
import { DirectoryNav } from './directory-nav';
import { MembershipPeriodCells, MembershipPeriodHeaders } from './membership-period-cells';
import { personName } from './person-name';
import '../directory.css';

/** Every membership a body has had, has and will have: who, in which role, from when until when. */
export function MembershipHistoryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const body = useBody(id);
  const history = useMembershipHistory(id);
  const title = body.data ? t('memberships.historyTitle', { name: body.data.name }) : t('memberships.history');
  const day = today();

  return (
    <div className="stack stack--large">
      <div className="stack">
        <PageHeading title={title}>{title}</PageHeading>
        <DirectoryNav />
        <p>
          <Link to={links.body(id)}>{t('memberships.backToBody', { name: body.data?.name ?? '' })}</Link>
        </p>
      </div>
      <QueryState isPending={history.isPending} error={history.error} onRetry={() => void history.refetch()} />
      {history.data &&
        (history.data.items.length === 0 ? (
          <p>{t('memberships.noHistory')}</p>
        ) : (
          <TableWrap label={t('memberships.history')}>
            <table className="table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('directory.edit.person')}</th>
                  <th scope="col">{t('directory.role')}</th>
                  <th scope="col">{t('directory.represents')}</th>
                  <th scope="col">{t('memberships.vote')}</th>
                  <MembershipPeriodHeaders />
                </tr>
              </thead>
              <tbody>
                {history.data.items.map((member) => (
                  <tr key={member.membershipId}>
                    <th scope="row">{personName(member.person)}</th>
                    <td>{t(`directory.bodyRoles.${member.role}`)}</td>
                    <td>{member.represents && <Link to={links.organization(member.represents.id)}>{member.represents.name}</Link>}</td>
                    <td>{t(member.votingRight ? 'memberships.yes' : 'memberships.no')}</td>
                    <MembershipPeriodCells membership={member} day={day} />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ))}
    </div>
  );
}
