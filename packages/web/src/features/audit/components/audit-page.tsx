import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '@collegium/shared/limits';
import { PageHeading } from '../../../components/ui/page-heading';
import { Pagination } from '../../../components/ui/pagination';
import { QueryState } from '../../../components/ui/query-state';
import { TableWrap } from '../../../components/ui/table-wrap';
import { useFormat } from '../../../lib/format';
import { useAudit } from '../api/get-audit';

/** The event's summary as short "key: value" lines; nested values stay compact JSON. */
function summaryLines(summary: unknown): string[] {
  if (summary === null || summary === undefined) return [];
  if (typeof summary !== 'object' || Array.isArray(summary)) return [typeof summary === 'string' ? summary : JSON.stringify(summary)];
  return Object.entries(summary).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

function Summary({ summary }: { summary: unknown }) {
  const lines = summaryLines(summary);
  if (lines.length === 0) return null;
  return (
    <ul className="summary">
      {lines.map((line, index) => (
        <li key={index}>
          <code>{line}</code>
        </li>
      ))}
    </ul>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [offset, setOffset] = useState(0);
  const limit = limits.pageSizeDefault;
  const audit = useAudit({ limit, offset });

  return (
    <div className="stack stack--large">
      <div className="stack">
        <PageHeading title={t('audit.title')}>{t('audit.title')}</PageHeading>
        <p>{t('audit.intro')}</p>
      </div>
      <QueryState isPending={audit.isPending} error={audit.error} onRetry={() => void audit.refetch()} />
      {audit.data &&
        (audit.data.items.length === 0 ? (
          <p>{t('audit.none')}</p>
        ) : (
          <>
            <p role="status" className="muted">
              {t('audit.total', { count: audit.data.total })}
            </p>
            <TableWrap label={t('audit.title')}>
              <table className="table table--compact">
                <caption className="visually-hidden">{t('audit.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.colTime')}</th>
                    <th scope="col">{t('audit.colActor')}</th>
                    <th scope="col">{t('audit.colAction')}</th>
                    <th scope="col">{t('audit.colEntity')}</th>
                    <th scope="col">{t('audit.colIp')}</th>
                    <th scope="col">{t('audit.colDetails')}</th>
                  </tr>
                </thead>
                <tbody>
                  {audit.data.items.map((event) => (
                    <tr key={event.id}>
                      <td className="nowrap">
                        <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
                      </td>
                      <td>{event.actorLabel}</td>
                      <td>
                        <code>{event.action}</code>
                      </td>
                      <td>
                        {event.entityType}
                        {event.entityId && <code className="entity-id">{event.entityId}</code>}
                      </td>
                      <td>{event.ip ?? ''}</td>
                      <td className="details">
                        <Summary summary={event.summary} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <Pagination offset={offset} limit={limit} total={audit.data.total} onOffsetChange={setOffset} />
          </>
        ))}
    </div>
  );
}
