import { useEffect, useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { User } from '@collegium/shared/contracts/users';
import { limits } from '@collegium/shared/limits';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { Pagination } from '../../../components/ui/pagination';
import { QueryState } from '../../../components/ui/query-state';
import { TableWrap } from '../../../components/ui/table-wrap';
import { links } from '../../../config/paths';
import { useSignedInMe } from '../../../lib/auth';
import { useFormat } from '../../../lib/format';
import { personName } from '../../directory/components/person-name';
import { useUsers } from '../api/get-users';
import { CreateUserDialog, EditUserDialog } from './user-form-dialogs';

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

function UserStatus({ user }: { user: User }) {
  const { t } = useTranslation();
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil) > new Date();
  return (
    <span className="badges">
      {user.disabled ? <span className="badge badge--muted">{t('users.disabled')}</span> : <span className="badge badge--ok">{t('users.active')}</span>}
      {locked && <span className="badge badge--warn">{t('users.locked')}</span>}
      {user.totpEnabled && <span className="badge">{t('users.totpOn')}</span>}
    </span>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSignedInMe();
  const canManage = me.abilities.administer;
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [offset, setOffset] = useState(0);
  const limit = limits.pageSizeDefault;
  const users = useUsers({ q, limit, offset });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => setOffset(0), [q]);

  return (
    <div className="stack stack--large">
      <div className="page-header">
        <div className="stack">
          <PageHeading title={t('users.title')}>{t('users.title')}</PageHeading>
          <p>{t('users.intro')}</p>
        </div>
        {canManage && (
          <Button
            onPress={() => {
              setMessage(null);
              setCreating(true);
            }}
          >
            {t('users.add')}
          </Button>
        )}
      </div>
      <StatusMessage message={message} />
      <SearchField className="field search" value={search} onChange={setSearch}>
        <Label className="field__label">{t('users.search')}</Label>
        <Input className="field__input" />
      </SearchField>
      <QueryState isPending={users.isPending} error={users.error} onRetry={() => void users.refetch()} />
      {users.data && (
        <>
          <p role="status" className="muted">
            {t('users.total', { count: users.data.total })}
          </p>
          {users.data.items.length === 0 ? (
            <p>{t('users.none')}</p>
          ) : (
            <TableWrap label={t('users.title')}>
              <table className="table">
                <caption className="visually-hidden">{t('users.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('users.colName')}</th>
                    <th scope="col">{t('users.colEmail')}</th>
                    <th scope="col">{t('users.colPerson')}</th>
                    <th scope="col">{t('users.colRole')}</th>
                    <th scope="col">{t('users.colStatus')}</th>
                    <th scope="col">{t('users.colLastSignIn')}</th>
                    {canManage && (
                      <th scope="col">
                        <span className="visually-hidden">{t('common.actions')}</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {users.data.items.map((user) => (
                    <tr key={user.id}>
                      <th scope="row">{user.displayName}</th>
                      <td className="break">{user.email}</td>
                      <td>{user.person ? <Link to={links.person(user.person.id)}>{personName(user.person)}</Link> : t('users.noPerson')}</td>
                      <td>{t(`roles.${user.role}`)}</td>
                      <td>
                        <UserStatus user={user} />
                      </td>
                      <td>{format.dateTime(user.lastLoginAt)}</td>
                      {canManage && (
                        <td>
                          <Button
                            variant="quiet"
                            aria-label={t('users.editLabel', { name: user.displayName })}
                            onPress={() => {
                              setMessage(null);
                              setEditing(user);
                            }}
                          >
                            {t('users.edit')}
                          </Button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          <Pagination offset={offset} limit={limit} total={users.data.total} onOffsetChange={setOffset} />
        </>
      )}
      {canManage && (
        <CreateUserDialog
          isOpen={creating}
          onOpenChange={setCreating}
          onCreated={(user) => {
            setCreating(false);
            setMessage(t('users.added', { name: user.displayName }));
          }}
        />
      )}
      {canManage && editing && (
        <EditUserDialog
          key={editing.id}
          user={editing}
          onClose={() => setEditing(null)}
          onDone={(text) => {
            setEditing(null);
            setMessage(text);
          }}
        />
      )}
    </div>
  );
}
