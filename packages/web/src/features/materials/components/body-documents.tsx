import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { TableWrap } from '../../../components/ui/table-wrap';
import { TextField } from '../../../components/ui/text-field';
import { useFormat } from '../../../lib/format';
import { useBodyDocuments } from '../api/materials';
import { formatSize } from '../use-material-uploads';

/** A body's documents, newest first, searchable by title (for the body's members and staff). */
export function BodyDocuments({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [q, setQ] = useState('');
  const { data, isPending, error, refetch } = useBodyDocuments(bodyId, q.trim());

  return (
    <section aria-labelledby="body-documents" className="stack">
      <h2 id="body-documents">{t('materials.documents.title')}</h2>
      <TextField label={t('materials.documents.search')} value={q} onChange={setQ} />
      <QueryState isPending={isPending} error={error} onRetry={() => void refetch()} />
      {data &&
        (data.items.length === 0 ? (
          <p className="muted">{t('materials.noDocuments')}</p>
        ) : (
          <TableWrap label={t('materials.documents.title')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('materials.documents.documentTitle')}</th>
                  <th scope="col">{t('materials.documents.file')}</th>
                  <th scope="col">{t('materials.documents.uploaded')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((document) => (
                  <tr key={document.id}>
                    <td>
                      <a href={document.latest.downloadUrl} download={document.latest.fileName}>
                        {document.title}
                      </a>
                    </td>
                    <td>
                      {[document.latest.fileName, t('materials.version', { version: document.latest.number }), formatSize(document.latest.size, format.locale)].join(' · ')}
                    </td>
                    <td>{format.dateTime(document.latest.uploadedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ))}
      {data && data.total > data.items.length && <p className="muted">{t('materials.documents.more', { shown: data.items.length, total: data.total })}</p>}
    </section>
  );
}
