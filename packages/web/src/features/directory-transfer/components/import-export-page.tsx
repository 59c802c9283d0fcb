import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferDataset } from '@collegium/shared/contracts/directory-transfer';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { SelectField } from '../../../components/ui/select-field';
import { useErrorText } from '../../../lib/error-text';
import { DirectoryNav } from '../../directory/components/directory-nav';
import { NotFoundPage } from '../../../app/not-found-page';
import { useTransferAbilities } from '../api/get-transfer-abilities';
import { useImportRun, useStartImport } from '../api/import-run';
import { ExportSection } from './export-section';
import { ImportRunView } from './import-run-view';
import '../../directory/directory.css';
import '../directory-transfer.css';

/** Export the directory as spreadsheets; import one with a dry run first, then confirm. */
export function ImportExportPage() {
  const { t } = useTranslation();
  const abilities = useTransferAbilities();
  const errorText = useErrorText();
  const start = useStartImport();
  const [dataset, setDataset] = useState<TransferDataset | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const run = useImportRun(runId);

  if (abilities.isPending || abilities.error) {
    return <QueryState isPending={abilities.isPending} error={abilities.error} onRetry={() => void abilities.refetch()} />;
  }
  const importable = abilities.data.datasets.filter((d) => d.import).map((d) => d.dataset);
  const exportable = abilities.data.datasets.filter((d) => d.export).map((d) => d.dataset);
  if (importable.length === 0) return <NotFoundPage />;
  const chosen = dataset || importable[0]!;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return;
    start.mutate({ dataset: chosen, file }, { onSuccess: (started) => setRunId(started.id) });
  };

  return (
    <div className="stack stack--large">
      <div className="stack">
        <PageHeading title={t('directoryTransfer.title')}>{t('directoryTransfer.title')}</PageHeading>
        <DirectoryNav />
        <p>{t('directoryTransfer.intro')}</p>
      </div>
      <ExportSection datasets={exportable} />
      <section aria-labelledby="import-heading" className="stack">
        <h2 id="import-heading">{t('directoryTransfer.importTitle')}</h2>
        <p>{t('directoryTransfer.importIntro')}</p>
        <form className="stack" onSubmit={submit}>
          <SelectField
            label={t('directoryTransfer.dataset')}
            value={chosen}
            options={importable.map((value) => ({ value, label: t(`directoryTransfer.datasets.${value}`) }))}
            onChange={(value) => setDataset(value as TransferDataset)}
          />
          <div className="field">
            <label htmlFor="import-file" className="field__label">
              {t('directoryTransfer.file', { formats: 'CSV, XLSX' })}
            </label>
            <input
              id="import-file"
              name="file"
              type="file"
              required
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="field__input"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </div>
          {start.error !== null && <Alert tone="error">{errorText(start.error)}</Alert>}
          <div className="actions">
            <Button type="submit" isPending={start.isPending} isDisabled={!file}>
              {t('directoryTransfer.check')}
            </Button>
          </div>
        </form>
      </section>
      {run.data && <ImportRunView key={run.data.id} run={run.data} />}
      {run.error !== null && <Alert tone="error">{errorText(run.error)}</Alert>}
    </div>
  );
}
