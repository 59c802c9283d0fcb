import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';

export function Brand() {
  const { t } = useTranslation();
  return (
    <Link to={paths.home} className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="6" fill="currentColor" />
        <path d="M8 24V12l8-5 8 5v12h-4v-9h-8v9z" fill="#fff" />
      </svg>
      <span className="brand__name">{t('app.name')}</span>
    </Link>
  );
}
