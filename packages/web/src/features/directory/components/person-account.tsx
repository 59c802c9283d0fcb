import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PersonSaved } from '@collegium/shared/contracts/directory';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { useSignedInMe } from '../../../lib/auth';
import { useFieldErrors } from '../../../lib/error-text';
import { useUsers } from '../../users/api/get-users';
import { useLinkPersonAccount, useUnlinkPersonAccount } from '../api/person-account';
import { useDebounced } from '../use-debounced';
import { personName } from './person-name';
import { SearchPicker, usePicker } from './search-picker';

interface PersonAccountProps {
  person: PersonSaved;
  onMessage: (message: string) => void;
  onReload: () => void;
}

/**
 * The "User account" fact of a person page. Administrators see which account it is and may link one or
 * unlink it; everyone else sees only whether the person can sign in.
 */
export function PersonAccountFact({ person, onMessage, onReload }: PersonAccountProps) {
  const { t } = useTranslation();
  const canLink = useSignedInMe().abilities.linkAccounts;
  const [dialog, setDialog] = useState<'link' | 'unlink' | null>(null);
  const account = person.account ?? null;
  const close = () => setDialog(null);
  const done = (message: string) => {
    setDialog(null);
    onMessage(message);
  };

  return (
    <div>
      <dt>{t('people.account')}</dt>
      <dd>
        {!canLink && t(person.hasAccount ? 'people.hasAccount' : 'people.noAccount')}
        {canLink && (
          <div className="stack">
            <span className="break">{account ? `${account.displayName} (${account.email})` : t('people.noAccount')}</span>
            <div className="actions">
              <Button variant="secondary" onPress={() => setDialog(account ? 'unlink' : 'link')}>
                {t(account ? 'people.unlinkAccount' : 'people.linkAccount')}
              </Button>
            </div>
          </div>
        )}
        {dialog === 'link' && <LinkAccountDialog person={person} onClose={close} onDone={done} onReload={onReload} />}
        {dialog === 'unlink' && account && (
          <UnlinkAccountDialog person={person} accountLabel={account.displayName} onClose={close} onDone={done} onReload={onReload} />
        )}
      </dd>
    </div>
  );
}

/** After a conflict: load the current person and close the dialog, so it opens again on that version. */
const reloadAndClose = (label: string, onReload: () => void, onClose: () => void) => ({
  label,
  onPress: () => {
    onReload();
    onClose();
  },
});

interface DialogProps {
  person: PersonSaved;
  onClose: () => void;
  onDone: (message: string) => void;
  onReload: () => void;
}

function LinkAccountDialog({ person, onClose, onDone, onReload }: DialogProps) {
  const { t } = useTranslation();
  const link = useLinkPersonAccount();
  const picker = usePicker();
  const users = useUsers({ q: useDebounced(picker.query, 250), limit: 20, offset: 0 });
  const [missingUser, setMissingUser] = useState(false);
  const errors = useFieldErrors(link.error, missingUser ? { userId: t('people.chooseUser') } : null);
  const name = personName(person);
  const items = (users.data?.items ?? []).map((u) => ({ id: u.id, label: `${u.displayName} (${u.email})` }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const user = picker.selected;
    setMissingUser(!user);
    if (!user) return;
    link.mutate(
      { personId: person.id, etag: person.etag, userId: user.id },
      { onSuccess: () => onDone(t('people.linked', { name, user: user.label })) },
    );
  };

  return (
    <Dialog title={t('people.linkTitle', { name })} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={link.error} fieldErrors={errors} conflictText={t('people.accountConflict')} reload={reloadAndClose(t('directory.edit.reload'), onReload, onClose)} />
        <p>{t('people.linkText')}</p>
        <SearchPicker
          label={t('people.accountUser')}
          description={t('people.accountUserHint')}
          items={items}
          {...picker.pickerProps}
          emptyText={t('people.noUsers')}
          error={errors.userId}
          isRequired
        />
        <FormActions submitLabel={t('people.link')} isPending={link.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}

function UnlinkAccountDialog({ person, accountLabel, onClose, onDone, onReload }: DialogProps & { accountLabel: string }) {
  const { t } = useTranslation();
  const unlink = useUnlinkPersonAccount();
  const errors = useFieldErrors(unlink.error);
  const name = personName(person);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    unlink.mutate({ personId: person.id, etag: person.etag }, { onSuccess: () => onDone(t('people.unlinked', { name })) });
  };

  return (
    <Dialog title={t('people.unlinkTitle', { name, user: accountLabel })} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={unlink.error} fieldErrors={errors} conflictText={t('people.accountConflict')} reload={reloadAndClose(t('directory.edit.reload'), onReload, onClose)} />
        <p>{t('people.unlinkText')}</p>
        <FormActions submitLabel={t('people.unlinkAccount')} isPending={unlink.isPending} onCancel={onClose} submitVariant="danger" />
      </Form>
    </Dialog>
  );
}
