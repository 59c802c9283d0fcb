import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PersonSaved } from '@collegium/shared/contracts/directory';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { TextField } from '../../../components/ui/text-field';
import { links } from '../../../config/paths';
import { useSignedInMe } from '../../../lib/auth';
import { useFieldErrors } from '../../../lib/error-text';
import { useOrganizations } from '../api/get-organizations';
import { useCreatePerson, useUpdatePerson } from '../api/save-person';
import { personFormValues, personInput, type PersonFormValues } from '../record-forms';
import { useDebounced } from '../use-debounced';
import { SearchPicker, usePicker } from './search-picker';

interface PersonFormDialogProps {
  /** the person to edit, as last read (with its version); null to add someone */
  person: PersonSaved | null;
  onClose: () => void;
  /** after an edit; a new person opens their own page instead */
  onSaved?: () => void;
  onReload?: () => void;
}

/** Adds or changes a person of the directory; e-mail and phone only for those who may read contact details. */
export function PersonFormDialog(props: PersonFormDialogProps) {
  const { onClose, onSaved, onReload } = props;
  // The version the form was opened on: a background refetch must not swap the ETag under the person's
  // edits, or their save would overwrite a change they never saw. Reloading remounts the form.
  const [person] = useState(props.person);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const withContacts = useSignedInMe().abilities.readContacts;
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const mutation = person ? update : create;
  const [values, setValues] = useState(() => personFormValues(person));
  const organizationPicker = usePicker(person?.organization ? { id: person.organization.id, label: person.organization.name } : null);
  const organizations = useOrganizations({ q: useDebounced(organizationPicker.query, 250), limit: 20, offset: 0 });
  const errors = useFieldErrors(mutation.error);
  const set = (key: keyof Omit<PersonFormValues, 'organizationId'>) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = personInput({ ...values, organizationId: organizationPicker.selected?.id ?? null }, withContacts);
    if (person) {
      update.mutate({ id: person.id, etag: person.etag, patch: input }, { onSuccess: () => onSaved?.() });
    } else {
      create.mutate(input, {
        onSuccess: (saved) => {
          onClose();
          void navigate(links.person(saved.id));
        },
      });
    }
  };

  return (
    <Dialog
      title={person ? t('people.editTitle', { name: `${person.givenName} ${person.familyName}` }) : t('people.createTitle')}
      isOpen
      onOpenChange={(open) => !open && onClose()}
    >
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={mutation.error} fieldErrors={errors} conflictText={t('people.conflict')} reload={{ label: t('directory.edit.reload'), onPress: () => onReload?.() }} />
        <TextField name="givenName" label={t('people.givenName')} value={values.givenName} onChange={set('givenName')} error={errors.givenName} maxLength={300} isRequired autoFocus />
        <TextField name="familyName" label={t('people.familyName')} value={values.familyName} onChange={set('familyName')} error={errors.familyName} maxLength={300} isRequired />
        <TextField name="title" label={`${t('people.personTitle')} (${t('common.optional')})`} value={values.title} onChange={set('title')} error={errors.title} maxLength={100} />
        <SearchPicker
          label={`${t('directory.organization')} (${t('common.optional')})`}
          items={(organizations.data?.items ?? []).map((o) => ({ id: o.id, label: o.name }))}
          {...organizationPicker.pickerProps}
          emptyText={t('directory.noOrganizationsMatch')}
          error={errors.organizationId}
        />
        {withContacts && (
          <>
            <TextField name="email" type="email" label={`${t('directory.email')} (${t('common.optional')})`} value={values.email} onChange={set('email')} error={errors.email} maxLength={254} />
            <TextField name="phone" type="tel" label={`${t('directory.phone')} (${t('common.optional')})`} value={values.phone} onChange={set('phone')} error={errors.phone} maxLength={50} />
          </>
        )}
        <FormActions submitLabel={person ? t('common.save') : t('people.submit')} isPending={mutation.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
