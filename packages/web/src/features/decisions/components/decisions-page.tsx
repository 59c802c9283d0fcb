import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { DecisionsRegister } from './decisions-register';
import { OverdueSummary } from './overdue-summary';
import '../decisions.css';

/** The register of decisions across the installation: overdue summary, filters, table, export. */
export function DecisionsPage() {
  const { t } = useTranslation();
  return (
    <div className="stack stack--large">
      <div className="stack">
        <PageHeading title={t('decisions.title')}>{t('decisions.title')}</PageHeading>
        <p>{t('decisions.intro')}</p>
      </div>
      <OverdueSummary />
      <section aria-labelledby="decisions-register" className="stack">
        <h2 id="decisions-register" className="visually-hidden">
          {t('decisions.title')}
        </h2>
        <DecisionsRegister />
      </section>
    </div>
  );
}
