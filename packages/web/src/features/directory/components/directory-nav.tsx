import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';

/** Switches between the directory's two views: bodies and organisations. */
export function DirectoryNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('directory.sections')} className="directory-nav">
      <NavLink to={paths.directory} end className="directory-nav__link">
        {t('directory.bodiesTitle')}
      </NavLink>
      <NavLink to={paths.organizations} end className="directory-nav__link">
        {t('directory.organizationsTitle')}
      </NavLink>
    </nav>
  );
}
