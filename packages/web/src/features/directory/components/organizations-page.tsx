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
import { useOrganizations } from '../api/get-organizations';
import { useDebounced } from '../use-debounced';
import { useSignedInMe } from '../../../lib/auth';
import { DirectoryNav } from './directory-nav';
import { OrganizationFormDialog } from './organization-form-dialog';
import '../directory.css';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [offset, setOffset] = useState(0);
  const limit = limits.pageSizeDefault;
  const organizations = useOrganizations({ q, limit, offset });
  const canCreate = useSignedInMe().abilities.manageOrganizations;
  const [creating, setCreating] = useState(false);

  useEffect(() => setOffset(0), [q]);

  return (
    <div className="stack stack--large">
      <div className="stack">
        <PageHeading title={t('directory.organizationsTitle')}>{t('directory.organizationsTitle')}</PageHeading>
        <DirectoryNav />
        <p>{t('directory.organizationsIntro')}</p>
      </div>
      {canCreate && (
        <div className="actions">
          <Button variant="secondary" onPress={() => setCreating(true)}>
            {t('organizationForm.createButton')}
          </Button>
        </div>
      )}
      {creating && <OrganizationFormDialog organization={null} onClose={() => setCreating(false)} />}
      <SearchField className="field search" value={search} onChange={setSearch}>
        <Label className="field__label">{t('directory.searchOrganizations')}</Label>
        <Input className="field__input" />
      </SearchField>
      <QueryState
        isPending={organizations.isPending}
        error={organizations.error}
        onRetry={() => void organizations.refetch()}
      />
      {organizations.data && (
        <>
          <p role="status" className="muted">
            {t('directory.organizationsTotal', { count: organizations.data.total })}
          </p>
          {organizations.data.items.length === 0 ? (
            <p>{q ? t('directory.noOrganizationsMatch') : t('directory.noOrganizations')}</p>
          ) : (
            <TableWrap label={t('directory.organizationsTitle')}>
              <table className="table">
                <caption className="visually-hidden">{t('directory.organizationsTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('directory.name')}</th>
                    <th scope="col">{t('directory.shortName')}</th>
                    <th scope="col">{t('directory.kind')}</th>
                  </tr>
                </thead>
                <tbody>
                  {organizations.data.items.map((organization) => (
                    <tr key={organization.id}>
                      <th scope="row">
                        <Link to={links.organization(organization.id)}>{organization.name}</Link>
                      </th>
                      <td>{organization.shortName}</td>
                      <td>{t(`directory.organizationKinds.${organization.kind}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          <Pagination offset={offset} limit={limit} total={organizations.data.total} onOffsetChange={setOffset} />
        </>
      )}
    </div>
  );
}
