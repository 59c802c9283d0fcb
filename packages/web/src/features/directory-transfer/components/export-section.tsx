import { useTranslation } from 'react-i18next';
import { transferFormats, type TransferDataset } from '@collegium/shared/contracts/directory-transfer';
import { apiPaths } from '../../../config/paths';
import { buildUrl } from '../../../lib/api-client';

/** Download links: every dataset the person may export, as CSV and XLSX. */
export function ExportSection({ datasets }: { datasets: readonly TransferDataset[] }) {
  const { t, i18n } = useTranslation();
  // Excel in Slovenian, Serbian and Greek expects ';' between CSV columns; in English ','.
  const delimiter = i18n.language === 'en' ? ',' : ';';
  return (
    <section aria-labelledby="export-heading" className="stack">
      <h2 id="export-heading">{t('directoryTransfer.exportTitle')}</h2>
      <p>{t('directoryTransfer.exportIntro')}</p>
      <ul className="transfer-downloads">
        {datasets.map((dataset) => (
          <li key={dataset}>
            <span>{t(`directoryTransfer.datasets.${dataset}`)}</span>
            {transferFormats.map((format) => (
              <a
                key={format}
                className="button button--secondary"
                href={buildUrl(apiPaths.directoryExport, { dataset, format, delimiter: format === 'csv' ? delimiter : undefined })}
                download
              >
                {t('directoryTransfer.download', { dataset: t(`directoryTransfer.datasets.${dataset}`), format: format.toUpperCase() })}
              </a>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
