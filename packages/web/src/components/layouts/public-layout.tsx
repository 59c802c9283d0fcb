import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Brand } from './brand';
import { LanguageSwitcher } from './language-switcher';
import { Footer, SkipLink } from './skip-link';

/** For visitors who are not signed in: the brand, the language and one centred card. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <SkipLink />
      <header className="header">
        <div className="header__bar">
          <Brand />
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main main--narrow">
        <p className="tagline">{t('app.tagline')}</p>
        <div className="card">{children ?? <Outlet />}</div>
      </main>
      <Footer />
    </div>
  );
}
