import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BodyDetail, Member } from '@collegium/shared/contracts/directory';
import { QueryState } from '../../../components/ui/query-state';
import { TextField } from '../../../components/ui/text-field';
import { links } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { useMembersOn } from '../api/get-members-on';
import { dayFromQuery } from '../membership-form';
import { BodyMembers } from './body-members';
import { EditMembershipDialog } from './edit-membership-dialog';
import { personName } from './person-name';

const localToday = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

interface BodyMemberListProps {
  body: BodyDetail;
  onEnd?: (member: Member) => void;
  onMessage: (message: string | null) => void;
}

/**
 * The members of a body on a chosen day (today unless the address says ?on=YYYY-MM-DD), with a link to the
 * full history. Those who manage the body can edit and end memberships from here.
 */
export function BodyMemberList({ body, onEnd, onMessage }: BodyMemberListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const on = dayFromQuery(searchParams.get('on'));
  const membersOn = useMembersOn(body.id, on ?? '', on !== null);
  const [editing, setEditing] = useState<Member | null>(null);
  const groups = on === null ? body.memberGroups : membersOn.data?.memberGroups;

  const chooseDay = (value: string) => {
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        if (dayFromQuery(value) && value !== localToday()) next.set('on', value);
        else next.delete('on');
        return next;
      },
      { replace: true },
    );
  };

  return (
    <div className="stack">
      <div className="directory-toolbar">
        <TextField name="on" type="date" label={t('memberships.onDate')} value={on ?? localToday()} onChange={chooseDay} />
        <Link to={links.bodyHistory(body.id)}>{t('memberships.historyLink')}</Link>
      </div>
      {on !== null && <QueryState isPending={membersOn.isPending} error={membersOn.error} onRetry={() => void membersOn.refetch()} />}
      {groups &&
        (on !== null && groups.length === 0 ? (
          <p className="muted">{t('memberships.noneOn', { date: format.date(on) })}</p>
        ) : (
          <BodyMembers
            groups={groups}
            {...(body.abilities.manage && onEnd
              ? {
                  onEnd,
                  onEdit: (member: Member) => {
                    onMessage(null);
                    setEditing(member);
                  },
                }
              : {})}
          />
        ))}
      {editing && (
        <EditMembershipDialog
          membershipId={editing.membershipId}
          personLabel={personName(editing.person)}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            onMessage(message);
          }}
        />
      )}
    </div>
  );
}
