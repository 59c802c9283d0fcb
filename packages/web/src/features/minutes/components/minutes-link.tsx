import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { links } from '../../../config/paths';

/** On the page of a closed session: the way to its minutes. */
export function MinutesLink({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  if (session.status !== 'closed') return null;
  return (
    <section className="card stack" aria-labelledby="session-minutes">
      <h2 id="session-minutes">{t('minutes.heading')}</h2>
      <p>{t('minutes.link.intro')}</p>
      <p>
        <Link to={links.sessionMinutes(session.id)}>{t('minutes.link.open')}</Link>
      </p>
    </section>
  );
}
