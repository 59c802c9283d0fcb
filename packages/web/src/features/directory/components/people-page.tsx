import { useEffect, useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { limits } from '@collegium/shared/limits';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { Pagination } from '../../../components/ui/pagination';
import { QueryState } from '../../../components/ui/query-state';
import { TableWrap } from '../../../components/ui/table-wrap';
import { links } from '../../../config/paths';
import { usePersonsPage } from '../api/list-persons';
import { useDebounced } from '../use-debounced';
import { DirectoryNav } from './directory-nav';
import { PersonFormDialog } from './person-form-dialog';
import { personName } from './person-name';
import '../directory.css';

/** The people of the directory, searchable by name; staff and those who manage a body may add someone. */
export function PeoplePage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [offset, setOffset] = useState(0);
  const limit = limits.pageSizeDefault;
  const persons = usePersonsPage({ q, limit, offset });
  const [creating, setCreating] = useState(false);
  const showContacts = (persons.data?.items ?? []).some((p) => 'email' in p);

  useEffect(() => setOffset(0), [q]);

  return (
    <div className="stack stack--large">
      <div className="stack">
        <PageHeading title={t('people.title')}>{t('people.title')}</PageHeading>
        <DirectoryNav />
        <p>{t('people.intro')}</p>
      </div>
      {/* person:create goes with person:read, so whoever the list answers may add someone */}
      {persons.data && (
        <div className="actions">
          <Button variant="secondary" onPress={() => setCreating(true)}>
            {t('people.createButton')}
          </Button>
        </div>
      )}
      <SearchField className="field search" value={search} onChange={setSearch}>
        <Label className="field__label">{t('people.search')}</Label>
        <Input className="field__input" />
      </SearchField>
      <QueryState isPending={persons.isPending} error={persons.error} onRetry={() => void persons.refetch()} />
      {persons.data && (
        <>
          <p role="status" className="muted">
            {t('people.total', { count: persons.data.total })}
          </p>
          {persons.data.items.length === 0 ? (
            <p>{q ? t('people.noMatch') : t('people.none')}</p>
          ) : (
            <TableWrap label={t('people.title')}>
              <table className="table">
                <caption className="visually-hidden">{t('people.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('directory.name')}</th>
                    <th scope="col">{t('directory.organization')}</th>
                    {showContacts && <th scope="col">{t('directory.email')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {persons.data.items.map((person) => (
                    <tr key={person.id}>
                      <th scope="row">
                        <Link to={links.person(person.id)}>{personName(person)}</Link>
                      </th>
                      <td>{person.organization && <Link to={links.organization(person.organization.id)}>{person.organization.name}</Link>}</td>
                      {showContacts && <td className="break">{person.email}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          <Pagination offset={offset} limit={limit} total={persons.data.total} onOffsetChange={setOffset} />
        </>
      )}
      {creating && <PersonFormDialog person={null} onClose={() => setCreating(false)} />}
    </div>
  );
}
