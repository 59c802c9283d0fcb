import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { useDecisionList } from '../api/decisions';
import { RegisterTable } from './register-table';
import '../decisions.css';

const SHOWN = 10;

/** The body page's section: its latest decisions, how many are overdue, and a link to its whole register. */
export function BodyDecisions({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const latest = useDecisionList({ bodyId, limit: SHOWN, sort: '-adopted' });
  const overdue = useDecisionList({ bodyId, status: 'overdue', limit: 1 });
  const registerOf = (filters: Record<string, string>) => `${paths.decisions}?${new URLSearchParams({ bodyId, ...filters }).toString()}`;
  return (
    <section aria-labelledby="body-decisions" className="stack">
      <h2 id="body-decisions">{t('decisions.bodySection')}</h2>
      <QueryState isPending={latest.isPending} error={latest.error} onRetry={() => void latest.refetch()} />
      {latest.data &&
        (latest.data.total === 0 ? (
          <p>{t('decisions.bodyNone')}</p>
        ) : (
          <>
            {overdue.data && overdue.data.total > 0 && (
              <p>
                <Link to={registerOf({ status: 'overdue' })}>{t('decisions.bodyOverdue', { count: overdue.data.total })}</Link>
              </p>
            )}
            <RegisterTable items={latest.data.items} showBody={false} />
            <p>
              <Link to={registerOf({})}>{t('decisions.bodyRegister')}</Link>
            </p>
          </>
        ))}
    </section>
  );
}
