import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { ApiTokens } from './api-tokens';
import { ChangePasswordForm } from './change-password-form';
import { ProfileDetails } from './profile-details';
import { SignOutEverywhere } from './sign-out-everywhere';
import { TotpSettings } from './totp-settings';

export function ProfilePage() {
  const { t } = useTranslation();
  return (
    <div className="stack stack--large">
      <PageHeading title={t('profile.title')}>{t('profile.title')}</PageHeading>
      <section className="panel stack" aria-labelledby="profile-details">
        <h2 id="profile-details">{t('profile.detailsTitle')}</h2>
        <ProfileDetails />
      </section>
      <section className="panel stack" aria-labelledby="profile-password">
        <h2 id="profile-password">{t('profile.passwordTitle')}</h2>
        <ChangePasswordForm />
      </section>
      <section className="panel stack" aria-labelledby="two-factor">
        <h2 id="two-factor" tabIndex={-1}>
          {t('totp.title')}
        </h2>
        <TotpSettings />
      </section>
      <section className="panel stack" aria-labelledby="profile-tokens">
        <h2 id="profile-tokens">{t('tokens.title')}</h2>
        <ApiTokens />
      </section>
      <section className="panel stack" aria-labelledby="profile-sessions">
        <h2 id="profile-sessions">{t('profile.signOutEverywhereTitle')}</h2>
        <SignOutEverywhere />
      </section>
    </div>
  );
}
