import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { TableWrap } from '../../../components/ui/table-wrap';
import { paths } from '../../../config/paths';
import { useOverdueSummary } from '../api/decisions';

const registerLink = (filter: 'bodyId' | 'responsibleOrganizationId', id: string) =>
  `${paths.decisions}?${new URLSearchParams({ status: 'overdue', [filter]: id }).toString()}`;

function GroupTable({ caption, firstColumn, groups, filter }: { caption: string; firstColumn: string; groups: { id: string; name: string; count: number }[]; filter: 'bodyId' | 'responsibleOrganizationId' }) {
  const { t } = useTranslation();
  if (groups.length === 0) return null;
  return (
    <TableWrap label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            <th scope="col">{t('decisions.overdue.count')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.id}>
              <th scope="row">
                <Link to={registerLink(filter, group.id)}>{group.name}</Link>
              </th>
              <td>{group.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** Overdue decisions counted per body and per responsible organisation, each linking to its list. */
export function OverdueSummary() {
  const { t } = useTranslation();
  const summary = useOverdueSummary();
  return (
    <section aria-labelledby="decisions-overdue" className="stack">
      <h2 id="decisions-overdue">{t('decisions.overdue.heading')}</h2>
      <QueryState isPending={summary.isPending} error={summary.error} onRetry={() => void summary.refetch()} />
      {summary.data &&
        (summary.data.total === 0 ? (
          <p>{t('decisions.overdue.none')}</p>
        ) : (
          <div className="decisions-overdue">
            <p>{t('decisions.overdue.total', { count: summary.data.total })}</p>
            <GroupTable caption={t('decisions.overdue.byBody')} firstColumn={t('decisions.columns.body')} groups={summary.data.byBody} filter="bodyId" />
            <GroupTable caption={t('decisions.overdue.byOrganization')} firstColumn={t('decisions.filters.organization')} groups={summary.data.byOrganization} filter="responsibleOrganizationId" />
            {summary.data.withoutOrganization > 0 && <p>{t('decisions.overdue.withoutOrganization', { count: summary.data.withoutOrganization })}</p>}
          </div>
        ))}
    </section>
  );
}
