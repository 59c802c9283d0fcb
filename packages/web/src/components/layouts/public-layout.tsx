import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Brand } from './brand';
import { LanguageSwitcher } from './language-switcher';
import { Footer, SkipLink } from './skip-link';

/** For visitors, and pages anyone may open: the brand, the language and one centred card, narrow unless it holds a document. */
export function PublicLayout({ children, wide = false }: { children?: ReactNode; wide?: boolean }) {
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
      <main id="main" tabIndex={-1} className={wide ? 'main main--reading' : 'main main--narrow'}>
        <p className="tagline">{t('app.tagline')}</p>
        <div className="card">{children ?? <Outlet />}</div>
      </main>
      <Footer />
    </div>
  );
}
