import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '@collegium/shared/contracts/auth';
import { paths } from '../config/paths';
import { safeNextPath, useMe } from '../lib/auth';
import { QueryState } from '../components/ui/query-state';
import { NotFoundPage } from './not-found-page';

function Booting({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="main main--narrow" aria-busy={!error}>
      <p className="visually-hidden">{t('common.loading')}</p>
      <QueryState isPending={!error} error={error} onRetry={onRetry} />
    </main>
  );
}

/** Pages for signed-in people; everyone else goes to sign-in and comes back afterwards. */
export function RequireAuth() {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  if (isPending || (error && me === undefined)) return <Booting error={error} onRetry={() => void refetch()} />;
  if (!me) {
    const next = location.pathname + location.search;
    const target = next === paths.home ? paths.signIn : `${paths.signIn}?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  if (me.mustEnrolTotp && location.pathname !== paths.enrolTotp) return <Navigate to={paths.enrolTotp} replace />;
  if (!me.mustEnrolTotp && location.pathname === paths.enrolTotp) return <Navigate to={paths.home} replace />;
  return <Outlet />;
}

/** Sign-in pages are for visitors; someone already signed in continues where they were going. */
export function RedirectIfSignedIn() {
  const { data: me, isPending, error, refetch } = useMe();
  const [params] = useSearchParams();
  if (isPending || (error && me === undefined)) return <Booting error={error} onRetry={() => void refetch()} />;
  if (me) return <Navigate to={safeNextPath(params.get('next')) ?? paths.home} replace />;
  return <Outlet />;
}

/** Without the ability the page does not exist for this person. */
/** Shows its children, or the child route when used as a layout route, only to those with the ability. */
export function RequireAbility({ ability, children }: { ability: keyof Me['abilities']; children?: ReactNode }) {
  const { data: me } = useMe();
  if (!me?.abilities[ability]) return <NotFoundPage />;
  return children === undefined ? <Outlet /> : <>{children}</>;
}
