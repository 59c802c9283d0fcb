import { useTranslation } from 'react-i18next';
import { Pagination } from '../../../components/ui/pagination';
import { QueryState } from '../../../components/ui/query-state';
import { decisionExportUrl, useDecisionList } from '../api/decisions';
import { RegisterFilters } from './register-filters';
import { REGISTER_PAGE_SIZE, useRegisterQuery } from './register-query';
import { RegisterTable } from './register-table';

/** The register with its filters, paging and export, across the installation or (bodyId) of one body. */
export function DecisionsRegister({ bodyId }: { bodyId?: string }) {
  const { t } = useTranslation();
  const { query, setFilters, setOffset, clear } = useRegisterQuery(bodyId);
  const list = useDecisionList(query);
  return (
    <div className="stack">
      <RegisterFilters query={query} setFilters={setFilters} clear={clear} showBody={!bodyId} />
      <div className="actions" role="group" aria-label={t('decisions.export.heading')}>
        <span>{t('decisions.export.heading')}:</span>
        <a className="button button--secondary" href={decisionExportUrl(query, 'csv')} download>
          {t('decisions.export.csv', { format: 'CSV' })}
        </a>
        <a className="button button--secondary" href={decisionExportUrl(query, 'csv', ';')} download>
          {t('decisions.export.csvSemicolon', { format: 'CSV', excel: 'Excel' })}
        </a>
        <a className="button button--secondary" href={decisionExportUrl(query, 'xlsx')} download>
          {t('decisions.export.xlsx', { format: 'XLSX' })}
        </a>
      </div>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()} />
      {list.data && (
        <>
          <p role="status" className="muted">
            {t('decisions.total', { count: list.data.total })}
          </p>
          {list.data.items.length === 0 ? <p>{t('decisions.none')}</p> : <RegisterTable items={list.data.items} showBody={!bodyId} />}
          <Pagination offset={query.offset ?? 0} limit={REGISTER_PAGE_SIZE} total={list.data.total} onOffsetChange={setOffset} />
        </>
      )}
    </div>
  );
}
