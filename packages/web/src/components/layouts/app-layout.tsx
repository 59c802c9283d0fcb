import { useEffect, useState, type ReactNode } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { navigationFor } from '../../config/navigation';
import { paths } from '../../config/paths';
import { useLogout } from '../../features/auth/api/logout';
import { useSignedInMe } from '../../lib/auth';
import { Button } from '../ui/button';
import { Brand } from './brand';
import { LanguageSwitcher } from './language-switcher';
import { Footer, SkipLink } from './skip-link';

/** The shell of every page a signed-in person sees. */
export function AppLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const location = useLocation();
  const logout = useLogout();
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => setMenuOpen(false), [location.pathname]);

  const items = me.mustEnrolTotp ? [] : navigationFor(me);
  const signOut = () => logout.mutate();

  return (
    <div className="shell">
      <SkipLink />
      <header className="header">
        <div className="header__bar header__bar--app">
          <Brand />
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            {t('layout.menu')}
          </button>
          <div id="site-menu" className={menuOpen ? 'header__menu is-open' : 'header__menu'}>
            {items.length > 0 && (
              <nav aria-label={t('layout.mainNavigation')} className="nav">
                <ul className="nav__list">
                  {items.map((item) => (
                    <li key={item.to}>
                      <NavLink to={item.to} end={item.to === paths.home} className="nav__link">
                        {t(item.label)}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            <div className="header__tools">
              <LanguageSwitcher />
              <span className="header__user">{t('layout.signedInAs', { name: me.displayName })}</span>
              <Button variant="secondary" onPress={signOut} isPending={logout.isPending}>
                {t('layout.signOut')}
              </Button>
            </div>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main">
        {children ?? <Outlet />}
      </main>
      <Footer />
    </div>
  );
}
