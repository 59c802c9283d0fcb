import { useTranslation } from 'react-i18next';
import type { DecisionDetail } from '@collegium/shared/contracts/decisions';
import { useFormat } from '../../../lib/format';
import { RichText } from '../../directory/components/rich-text';
import { ReportForm } from './report-form';

/** The progress reports on a decision, newest first, with their attachments; the form for who may report. */
export function DecisionReports({ decision }: { decision: DecisionDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="decision-reports" className="stack">
      <h2 id="decision-reports">{t('decisions.reports.heading')}</h2>
      {decision.reports.length === 0 ? (
        <p>{t('decisions.reports.none')}</p>
      ) : (
        <ol className="stack decision-reports-list">
          {decision.reports.map((report) => (
            <li key={report.id} className="decision-report stack">
              <p className="muted">
                {t('decisions.reports.by', { name: report.author?.name ?? t('decisions.reports.unknownAuthor'), when: format.dateTime(report.createdAt) })}
              </p>
              <RichText html={report.text} />
              {report.statusChange && <p>{t('decisions.reports.statusSet', { status: t(`decisions.status.${report.statusChange}`) })}</p>}
              {report.attachments.length > 0 && (
                <div>
                  <h3>{t('decisions.reports.attachments')}</h3>
                  <ul>
                    {report.attachments.map((file) => (
                      <li key={file.documentId}>
                        <a href={file.href} download>
                          {file.fileName}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {decision.canReport && <ReportForm decisionId={decision.id} />}
    </section>
  );
}
