import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AppLayout } from '../components/layouts/app-layout';
import { PublicLayout } from '../components/layouts/public-layout';
import { PageHeading } from '../components/ui/page-heading';
import { paths } from '../config/paths';
import { useMe } from '../lib/auth';

function NotFoundContent() {
  const { t } = useTranslation();
  return (
    <section className="stack">
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to={paths.home} className="button button--primary">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}

/** Inside a layout already (an ability check): only the content. */
export function NotFoundPage() {
  return <NotFoundContent />;
}

/** For unknown addresses: the layout that fits whoever is looking. */
export function NotFoundRoute() {
  const { data: me } = useMe();
  if (me && !me.mustEnrolTotp) {
    return (
      <AppLayout>
        <NotFoundContent />
      </AppLayout>
    );
  }
  return (
    <PublicLayout>
      <NotFoundContent />
    </PublicLayout>
  );
}
