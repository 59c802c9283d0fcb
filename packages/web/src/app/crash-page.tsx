import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundRoute } from './not-found-page';

/** The last line of defence: a render error shows this instead of a blank page. */
export function CrashPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  console.error(error);
  return (
    <main id="main" className="main main--narrow">
      <div className="card stack">
        <h1 className="page-heading">{t('crash.title')}</h1>
        <p>{t('crash.text')}</p>
        <p>
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            {t('crash.reload')}
          </button>
        </p>
      </div>
    </main>
  );
}
