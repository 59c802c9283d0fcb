import { useState } from 'react';
import { Label, ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ImportRun } from '@collegium/shared/contracts/directory-transfer';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TableWrap } from '../../../components/ui/table-wrap';
import { useErrorText } from '../../../lib/error-text';
import { useConfirmImport } from '../api/import-run';

/** A run's progress, its outcome per row, and — for a clean dry run — the button that imports it. */
export function ImportRunView({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const confirm = useConfirmImport();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const working = run.status === 'queued' || run.status === 'running';
  const rows = onlyErrors ? run.rows.filter((row) => row.outcome === 'error') : run.rows;
  const canConfirm = run.dryRun && run.status === 'checked' && run.counts.error === 0;

  return (
    <section aria-labelledby="run-heading" className="stack">
      <h2 id="run-heading">{t(run.dryRun ? 'directoryTransfer.checkTitle' : 'directoryTransfer.importTitleRun', { file: run.fileName })}</h2>
      {working && (
        <ProgressBar className="transfer-progress" value={run.processed} maxValue={Math.max(run.total, 1)}>
          {({ percentage }) => (
            <>
              <Label>{t(run.status === 'queued' ? 'directoryTransfer.queued' : 'directoryTransfer.progress')}</Label>
              <span className="transfer-progress__value">{t('directoryTransfer.progressValue', { done: run.processed, total: run.total })}</span>
              <div className="transfer-progress__track">
                <div className="transfer-progress__fill" style={{ width: `${percentage ?? 0}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
      )}
      {!working && (
        <p role="status">
          {t('directoryTransfer.summary', { total: run.total, ...run.counts })}
        </p>
      )}
      {run.status === 'checked' && run.counts.error === 0 && <Alert tone="info">{t('directoryTransfer.checkedOk')}</Alert>}
      {run.status === 'checked' && run.counts.error > 0 && <Alert tone="error">{t('directoryTransfer.checkedErrors')}</Alert>}
      {run.status === 'done' && <Alert tone="success">{t('directoryTransfer.done')}</Alert>}
      {run.status === 'failed' && <Alert tone="error">{run.message ?? t('directoryTransfer.failed')}</Alert>}
      {confirm.error !== null && <Alert tone="error">{errorText(confirm.error)}</Alert>}
      {canConfirm && (
        <div className="actions">
          <Button onPress={() => confirm.mutate(run.id)} isPending={confirm.isPending}>
            {t('directoryTransfer.confirm')}
          </Button>
        </div>
      )}
      {!working && run.rows.length > 0 && (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={onlyErrors} onChange={(event) => setOnlyErrors(event.target.checked)} />{' '}
            {t('directoryTransfer.onlyErrors')}
          </label>
          <TableWrap label={t('directoryTransfer.table.caption')}>
            <table className="table">
              <caption className="visually-hidden">{t('directoryTransfer.table.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('directoryTransfer.table.row')}</th>
                  <th scope="col">{t('directoryTransfer.table.outcome')}</th>
                  <th scope="col">{t('directoryTransfer.table.key')}</th>
                  <th scope="col">{t('directoryTransfer.table.field')}</th>
                  <th scope="col">{t('directoryTransfer.table.message')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.row} className={row.outcome === 'error' ? 'transfer-row--error' : undefined}>
                    <th scope="row">{row.row}</th>
                    <td>{t(`directoryTransfer.outcomes.${row.outcome}`)}</td>
                    <td>{row.key}</td>
                    <td>{row.field ? <code>{row.field}</code> : null}</td>
                    <td>{row.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {run.rowsOmitted > 0 && <p className="muted">{t('directoryTransfer.rowsOmitted', { omitted: run.rowsOmitted })}</p>}
        </>
      )}
    </section>
  );
}
