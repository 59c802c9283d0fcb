import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { links, paths } from '../../../config/paths';
import { useOrganization } from '../api/get-organization';
import { useSignedInMe } from '../../../lib/auth';
import { ContactFacts } from './contact-facts';
import { DirectoryNav } from './directory-nav';
import { OrganizationFormDialog } from './organization-form-dialog';
import { RoleBadges } from './role-badges';
import { useEditDialog } from '../use-edit-dialog';
import '../directory.css';

export function OrganizationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const organization = useOrganization(id);
  const data = organization.data;
  // organization:manage, like body:create, is the administrators' alone
  const canEdit = useSignedInMe().abilities.manageOrganizations;
  const edit = useEditDialog({ refetch: organization.refetch, savedText: t('directory.edit.saved') });

  return (
    <div className="stack stack--large">
      <div className="stack">
        <PageHeading title={data?.name ?? t('directory.organizationsTitle')}>
          {data?.name ?? t('directory.organizationsTitle')}
        </PageHeading>
        <DirectoryNav />
      </div>
      <StatusMessage message={edit.message} />
      {data && canEdit && (
        <div className="actions">
          <Button variant="secondary" onPress={edit.open}>
            {t('organizationForm.editButton')}
          </Button>
        </div>
      )}
      <QueryState
        isPending={organization.isPending}
        error={organization.error}
        onRetry={() => void organization.refetch()}
      />
      {data && (
        <>
          <dl className="facts">
            <div>
              <dt>{t('directory.kind')}</dt>
              <dd>{t(`directory.organizationKinds.${data.kind}`)}</dd>
            </div>
            {data.shortName && (
              <div>
                <dt>{t('directory.shortName')}</dt>
                <dd>{data.shortName}</dd>
              </div>
            )}
            {data.parent && (
              <div>
                <dt>{t('directory.parentOrganization')}</dt>
                <dd>
                  <Link to={links.organization(data.parent.id)}>{data.parent.name}</Link>
                </dd>
              </div>
            )}
            <ContactFacts email={data.email} phone={data.phone} />
            {data.website && (
              <div>
                <dt>{t('directory.website')}</dt>
                <dd className="break">
                  <a href={data.website} rel="noopener noreferrer">
                    {data.website}
                  </a>
                </dd>
              </div>
            )}
            {data.address && (
              <div>
                <dt>{t('directory.address')}</dt>
                <dd className="pre-line">{data.address}</dd>
              </div>
            )}
          </dl>

          <section aria-labelledby="organization-bodies" className="stack">
            <h2 id="organization-bodies">{t('directory.organizationBodies')}</h2>
            {data.bodies.length === 0 ? (
              <p className="muted">{t('directory.organizationNoBodies')}</p>
            ) : (
              <ul className="link-list">
                {data.bodies.map((body) => (
                  <li key={body.id}>
                    <Link to={links.body(body.id)}>{body.name}</Link>{' '}
                    <span className="badges">
                      <span className="badge badge--muted">{t(`directory.bodyKinds.${body.kind}`)}</span>
                      <RoleBadges roles={body.myRoles} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      {data && edit.isOpen && <OrganizationFormDialog key={edit.formKey} organization={data} {...edit.dialogProps} />}
      {organization.error !== null && (
        <p>
          <Link to={paths.organizations}>{t('directory.backToOrganizations')}</Link>
        </p>
      )}
    </div>
  );
}
