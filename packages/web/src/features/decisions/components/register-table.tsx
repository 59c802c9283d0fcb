import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Decision } from '@collegium/shared/contracts/decisions';
import { TableWrap } from '../../../components/ui/table-wrap';
import { links } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { DecisionStatus, responsibleText } from './decision-status';

/** The register's rows: number (to the decision), title, body, session (to the session), responsible, deadline, status. */
export function RegisterTable({ items, showBody = true }: { items: readonly Decision[]; showBody?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableWrap label={t('decisions.title')}>
      <table className="table decisions-table">
        <caption className="visually-hidden">{t('decisions.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('decisions.columns.number')}</th>
            <th scope="col">{t('decisions.columns.title')}</th>
            {showBody && <th scope="col">{t('decisions.columns.body')}</th>}
            <th scope="col">{t('decisions.columns.session')}</th>
            <th scope="col">{t('decisions.columns.responsible')}</th>
            <th scope="col">{t('decisions.columns.deadline')}</th>
            <th scope="col">{t('decisions.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((decision) => (
            <tr key={decision.id} className={decision.overdue ? 'decisions-table__overdue' : undefined}>
              <th scope="row">
                <Link to={links.decision(decision.id)}>{decision.number}</Link>
              </th>
              <td>{decision.title}</td>
              {showBody && <td>{decision.body.shortName ?? decision.body.name}</td>}
              <td>
                <Link to={links.session(decision.session.id)}>{t('decisions.session', { number: decision.session.number })}</Link>
              </td>
              <td>{responsibleText(decision, t('decisions.notSet'))}</td>
              <td>{decision.deadline ? format.date(decision.deadline) : t('decisions.notSet')}</td>
              <td>
                <DecisionStatus decision={decision} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
