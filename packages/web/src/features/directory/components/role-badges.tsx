import type { BodyRole } from '@collegium/shared/domain/roles';
import { useTranslation } from 'react-i18next';

/** The roles the signed-in person holds in a body. */
export function RoleBadges({ roles }: { roles: readonly BodyRole[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return null;
  return (
    <span className="badges">
      <span className="visually-hidden">{t('directory.yourRoles')}</span>
      {roles.map((role) => (
        <span key={role} className="badge badge--ok">
          {t(`directory.bodyRoles.${role}`)}
        </span>
      ))}
    </span>
  );
}
