import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { links, paths } from '../../../config/paths';
import { useSignedInMe } from '../../../lib/auth';
import { usePerson } from '../api/get-person';
import { useEditDialog } from '../use-edit-dialog';
import { ContactFacts } from './contact-facts';
import { DirectoryNav } from './directory-nav';
import { PersonAccountFact } from './person-account';
import { PersonFormDialog } from './person-form-dialog';
import { PersonMemberships } from './person-memberships';
import { personName } from './person-name';
import '../directory.css';

/** One person: name, organisation, contact details for those who may see them, and their memberships. */
export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const person = usePerson(id);
  const data = person.data;
  const canEdit = useSignedInMe().abilities.editPeople;
  const edit = useEditDialog({ refetch: person.refetch, savedText: t('directory.edit.saved') });
  const title = data ? personName(data) : t('people.title');

  return (
    <div className="stack stack--large">
      <div className="stack">
        <PageHeading title={title}>{title}</PageHeading>
        <DirectoryNav />
      </div>
      <StatusMessage message={edit.message} />
      {data && canEdit && (
        <div className="actions">
          <Button variant="secondary" onPress={edit.open}>
            {t('people.editButton')}
          </Button>
        </div>
      )}
      <QueryState isPending={person.isPending} error={person.error} onRetry={() => void person.refetch()} />
      {data && (
        <>
          <dl className="facts">
            <div>
              <dt>{t('directory.organization')}</dt>
              <dd>{data.organization ? <Link to={links.organization(data.organization.id)}>{data.organization.name}</Link> : t('people.noOrganization')}</dd>
            </div>
            <ContactFacts email={data.email} phone={data.phone} />
            <PersonAccountFact person={data} onMessage={edit.setMessage} onReload={() => void person.refetch()} />
          </dl>
          <PersonMemberships personId={data.id} />
        </>
      )}
      {data && edit.isOpen && <PersonFormDialog key={edit.formKey} person={data} {...edit.dialogProps} />}
      {person.error !== null && (
        <p>
          <Link to={paths.people}>{t('people.back')}</Link>
        </p>
      )}
    </div>
  );
}
