import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { useSignedInMe } from '../../../lib/auth';
import { useTransferAbilities } from '../../directory-transfer/api/get-transfer-abilities';

/** Switches between the directory's views; People is there for those who may find people (staff, body managers). */
export function DirectoryNav() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const mayImport = useTransferAbilities().data?.datasets.some((d) => d.import) ?? false;
  return (
    <nav aria-label={t('directory.sections')} className="directory-nav">
      <NavLink to={paths.directory} end className="directory-nav__link">
        {t('directory.bodiesTitle')}
      </NavLink>
      <NavLink to={paths.organizations} end className="directory-nav__link">
        {t('directory.organizationsTitle')}
      </NavLink>
      {me.abilities.readPeople && (
        <NavLink to={paths.people} end className="directory-nav__link">
          {t('people.title')}
        </NavLink>
      )}
      <NavLink to={paths.directorySearch} end className="directory-nav__link">
        {t('search.title')}
      </NavLink>
      {mayImport && (
        <NavLink to={paths.directoryTransfer} end className="directory-nav__link">
          {t('directoryTransfer.title')}
        </NavLink>
      )}
    </nav>
  );
}
