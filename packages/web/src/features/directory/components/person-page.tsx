import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { links, paths } from '../../../config/paths';
import { useSignedInMe } from '../../../lib/auth';
import { usePerson } from '../api/get-person';
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
  const [editing, setEditing] = useState(false);
  // Bumped after loading a newer version, so the form starts again from it.
  const [formVersion, setFormVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const title = data ? personName(data) : t('people.title');

  return (
    <div className="stack stack--large">
      <div className="stack">
        <PageHeading title={title}>{title}</PageHeading>
        <DirectoryNav />
      </div>
      <StatusMessage message={message} />
      {data && canEdit && (
        <div className="actions">
          <Button
            variant="secondary"
            onPress={() => {
              setMessage(null);
              setEditing(true);
            }}
          >
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
            {data.email && (
              <div>
                <dt>{t('directory.email')}</dt>
                <dd className="break">
                  <a href={`mailto:${data.email}`}>{data.email}</a>
                </dd>
              </div>
            )}
            {data.phone && (
              <div>
                <dt>{t('directory.phone')}</dt>
                <dd>
                  <a href={`tel:${data.phone.replace(/\s/g, '')}`}>{data.phone}</a>
                </dd>
              </div>
            )}
            <PersonAccountFact person={data} onMessage={setMessage} onReload={() => void person.refetch()} />
          </dl>
          <PersonMemberships personId={data.id} />
        </>
      )}
      {data && editing && (
        <PersonFormDialog
          key={formVersion}
          person={data}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setMessage(t('directory.edit.saved'));
          }}
          onReload={() => void person.refetch().then(() => setFormVersion((version) => version + 1))}
        />
      )}
      {person.error !== null && (
        <p>
          <Link to={paths.people}>{t('people.back')}</Link>
        </p>
      )}
    </div>
  );
}
