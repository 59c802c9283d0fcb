import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { links, paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { useLiveInvalidate } from '../../../lib/live';
import { RichText } from '../../directory/components/rich-text';
import { useEditDialog } from '../../directory/use-edit-dialog';
import { decisionsQueryKey, useDecision } from '../api/decisions';
import { DecisionReports } from './decision-reports';
import { DecisionStatus, responsibleText } from './decision-status';
import { EditDecisionDialog } from './edit-decision-dialog';
import '../decisions.css';

/** One decision: its facts and resolution, the secretary's edit, and the progress reports with their form. */
export function DecisionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const decision = useDecision(id);
  const edit = useEditDialog({ refetch: () => decision.refetch(), savedText: t('decisions.detail.saved') });
  useLiveInvalidate(decision.data ? `session:${decision.data.session.id}` : null, [decisionsQueryKey]);
  const data = decision.data;
  return (
    <div className="stack stack--large">
      <p>
        <Link to={paths.decisions}>{t('decisions.detail.back')}</Link>
      </p>
      <QueryState isPending={decision.isPending} error={decision.error} onRetry={() => void decision.refetch()} />
      {data && (
        <>
          <PageHeading title={`${data.number} ${data.title}`}>
            {data.number} {data.title}
          </PageHeading>
          <StatusMessage message={edit.message} />
          <section aria-labelledby="decision-facts" className="stack">
            <h2 id="decision-facts">{t('decisions.detail.facts')}</h2>
            <dl className="decision-facts">
              <dt>{t('decisions.columns.body')}</dt>
              <dd>
                <Link to={links.body(data.body.id)}>{data.body.name}</Link>
              </dd>
              <dt>{t('decisions.columns.session')}</dt>
              <dd>
                <Link to={links.session(data.session.id)}>{t('decisions.detail.session', { number: data.session.number, body: data.body.shortName ?? data.body.name })}</Link>
              </dd>
              <dt>{t('decisions.detail.adopted')}</dt>
              <dd>{format.dateTime(data.adoptedAt)}</dd>
              <dt>{t('decisions.columns.responsible')}</dt>
              <dd>{responsibleText(data, t('decisions.notSet'))}</dd>
              <dt>{t('decisions.columns.deadline')}</dt>
              <dd>{data.deadline ? format.date(data.deadline) : t('decisions.notSet')}</dd>
              <dt>{t('decisions.columns.status')}</dt>
              <dd>
                <DecisionStatus decision={data} />
              </dd>
            </dl>
            {data.canEdit && (
              <div className="actions">
                <Button variant="secondary" onPress={edit.open}>
                  {t('decisions.detail.edit')}
                </Button>
              </div>
            )}
          </section>
          <section aria-labelledby="decision-text" className="stack">
            <h2 id="decision-text">{t('decisions.detail.text')}</h2>
            <RichText html={data.text} />
          </section>
          <DecisionReports decision={data} />
          {edit.isOpen && <EditDecisionDialog key={edit.formKey} decision={data} {...edit.dialogProps} />}
        </>
      )}
    </div>
  );
}
