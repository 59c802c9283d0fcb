import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { links } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { useMyMemberships } from '../api/get-my-memberships';
import '../directory.css';

/** The bodies the signed-in person belongs to today, for the home page. */
export function MyMemberships() {
  const { t } = useTranslation();
  const format = useFormat();
  const memberships = useMyMemberships();
  return (
    <section aria-labelledby="my-memberships" className="stack">
      <h2 id="my-memberships">{t('directory.myMemberships')}</h2>
      <QueryState isPending={memberships.isPending} error={memberships.error} onRetry={() => void memberships.refetch()} />
      {memberships.data &&
        (memberships.data.items.length === 0 ? (
          <p className="muted">{t('directory.noMemberships')}</p>
        ) : (
          <ul className="member-list">
            {memberships.data.items.map((membership) => (
              <li key={membership.membershipId} className="member">
                <p className="member__name">
                  <Link to={links.body(membership.body.id)}>{membership.body.name}</Link>
                </p>
                <dl className="member__details">
                  <div>
                    <dt>{t('directory.role')}</dt>
                    <dd>{t(`directory.bodyRoles.${membership.role}`)}</dd>
                  </div>
                  {membership.represents && (
                    <div>
                      <dt>{t('directory.represents')}</dt>
                      <dd>{membership.represents.name}</dd>
                    </div>
                  )}
                  <div>
                    <dt>{t('directory.since')}</dt>
                    <dd>{format.date(membership.startDate)}</dd>
                  </div>
                </dl>
                {!membership.votingRight && <span className="badge badge--muted">{t('directory.noVote')}</span>}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
