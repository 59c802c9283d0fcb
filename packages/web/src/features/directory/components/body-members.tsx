import type { BodyDetail, Member } from '@collegium/shared/contracts/directory';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { links } from '../../../config/paths';
import { Button } from '../../../components/ui/button';
import { useFormat } from '../../../lib/format';
import { personName } from './person-name';


function MemberItem({ member, onEnd, onEdit }: { member: Member; onEnd: ((member: Member) => void) | undefined; onEdit: ((member: Member) => void) | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { person } = member;
  return (
    <li className="member">
      <p className="member__name">{personName(person)}</p>
      <dl className="member__details">
        {member.represents && (
          <div>
            <dt>{t('directory.represents')}</dt>
            <dd>
              <Link to={links.organization(member.represents.id)}>{member.represents.name}</Link>
            </dd>
          </div>
        )}
        {member.slot && (
          <div>
            <dt>{t('representation.slot')}</dt>
            <dd>{member.slot.label}</dd>
          </div>
        )}
        {member.substitute && (
          <div>
            <dt>{t('directory.substitute')}</dt>
            <dd>{personName(member.substitute)}</dd>
          </div>
        )}
        <div>
          <dt>{t('directory.since')}</dt>
          <dd>{format.date(member.startDate)}</dd>
        </div>
        {member.endDate && (
          <div>
            <dt>{t('directory.until')}</dt>
            <dd>{format.date(member.endDate)}</dd>
          </div>
        )}
        {person.email && (
          <div>
            <dt>{t('directory.email')}</dt>
            <dd className="break">
              <a href={`mailto:${person.email}`}>{person.email}</a>
            </dd>
          </div>
        )}
        {member.voteWeight !== 1 && (
          <div>
            <dt>{t('voting.weight.label')}</dt>
            <dd>{member.voteWeight}</dd>
          </div>
        )}
        {person.phone && (
          <div>
            <dt>{t('directory.phone')}</dt>
            <dd>
              <a href={`tel:${person.phone.replace(/\s/g, '')}`}>{person.phone}</a>
            </dd>
          </div>
        )}
      </dl>
      {!member.votingRight && <span className="badge badge--muted">{t('directory.noVote')}</span>}
      {onEdit && (
        <Button variant="quiet" aria-label={t('memberships.editLabel', { name: personName(person) })} onPress={() => onEdit(member)}>
          {t('memberships.edit')}
        </Button>
      )}
      {onEnd && (
        <Button variant="quiet" aria-label={t('directory.edit.endLabel', { name: personName(person) })} onPress={() => onEnd(member)}>
          {t('directory.edit.end')}
        </Button>
      )}
    </li>
  );
}

/** Current members, one section per role in the order the server gives; onEnd and onEdit only for those who manage the body. */
export function BodyMembers({
  groups,
  onEnd,
  onEdit,
}: {
  groups: BodyDetail['memberGroups'];
  onEnd?: (member: Member) => void;
  onEdit?: (member: Member) => void;
}) {
  const { t } = useTranslation();
  if (groups.length === 0) return <p className="muted">{t('directory.noMembers')}</p>;
  return (
    <div className="stack stack--large">
      {groups.map((group) => (
        <section key={group.role} aria-labelledby={`members-${group.role}`} className="stack">
          <h3 id={`members-${group.role}`}>
            {t(`directory.roleGroups.${group.role}`)} <span className="muted">({group.members.length})</span>
          </h3>
          <ul className="member-list">
            {group.members.map((member) => (
              <MemberItem key={member.membershipId} member={member} onEnd={onEnd} onEdit={onEdit} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
