import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { navigationFor } from '../../../config/navigation';
import { paths } from '../../../config/paths';
import { useSignedInMe } from '../../../lib/auth';
import { MyMemberships } from '../../directory/components/my-memberships';

const descriptions = {
  [paths.directory]: 'home.directoryText',
  [paths.profile]: 'home.profileText',
  [paths.adminUsers]: 'home.usersText',
  [paths.adminAudit]: 'home.auditText',
} as const;

export function HomePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const destinations = navigationFor(me).filter((item) => item.to in descriptions);

  return (
    <div className="stack stack--large">
      <header className="stack">
        <PageHeading title={t('nav.home')}>{t('home.title', { name: me.displayName })}</PageHeading>
        <p className="lead">{t('home.intro')}</p>
        <p className="muted">{t('home.yourRole', { role: t(`roles.${me.role}`) })}</p>
      </header>

      <MyMemberships />

      <section aria-labelledby="home-available" className="stack">
        <h2 id="home-available">{t('home.available')}</h2>
        <ul className="tiles">
          {destinations.map((item) => (
            <li key={item.to} className="tile">
              <Link to={item.to} className="tile__link">
                {t(item.label)}
              </Link>
              <p className="tile__text">{t(descriptions[item.to as keyof typeof descriptions])}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-security" className="stack">
        <h2 id="home-security">{t('home.security')}</h2>
        {me.totpEnabled ? (
          <Alert tone="success">{t('home.totpOn')}</Alert>
        ) : (
          <Alert tone="info">
            <p>{t('home.totpOff')}</p>
            <p>
              <Link to={`${paths.profile}#two-factor`}>{t('home.setUpTotp')}</Link>
            </p>
          </Alert>
        )}
      </section>
    </div>
  );
}
