import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { TotpSettings } from './totp-settings';

/** Administrators land here until they have two-factor sign-in; RequireAuth lets them on afterwards. */
export function EnrolTotpPage() {
  const { t } = useTranslation();
  return (
    <div className="stack stack--large narrow">
      <PageHeading title={t('enrolTotp.title')}>{t('enrolTotp.title')}</PageHeading>
      <Alert tone="info">{t('enrolTotp.intro')}</Alert>
      <TotpSettings />
    </div>
  );
}
