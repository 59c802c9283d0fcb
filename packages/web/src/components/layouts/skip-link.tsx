import { useTranslation } from 'react-i18next';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href="#main" className="skip-link">
      {t('layout.skipToContent')}
    </a>
  );
}

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="footer">
      <p>{t('layout.footer')}</p>
    </footer>
  );
}
