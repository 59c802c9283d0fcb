import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { useFieldErrors } from '../../../lib/error-text';
import { usePersons } from '../../directory/api/get-persons';
import { personName } from '../../directory/components/person-name';
import { SearchPicker, usePicker } from '../../directory/components/search-picker';
import { useDebounced } from '../../directory/use-debounced';
import { useAddGuest } from '../api/invitees';

/** Invites a person of the directory as a guest of the session. */
export function AddGuestDialog({ sessionId, onClose, onAdded }: { sessionId: string; onClose: () => void; onAdded: (message: string) => void }) {
  const { t } = useTranslation();
  const add = useAddGuest(sessionId);
  const picker = usePicker();
  const persons = usePersons(useDebounced(picker.query, 250));
  const [missing, setMissing] = useState(false);
  const errors = useFieldErrors(add.error, missing ? { personId: t('invitations.guest.choose') } : null);
  const items = (persons.data?.items ?? []).map((p) => ({
    id: p.id,
    label: p.organization ? `${personName(p)} (${p.organization.shortName ?? p.organization.name})` : personName(p),
  }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const person = picker.selected;
    setMissing(!person);
    if (!person) return;
    add.mutate(person.id, { onSuccess: () => onAdded(t('invitations.guest.added', { name: person.label })) });
  };
  return (
    <Dialog title={t('invitations.guest.title')} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <SaveErrorAlert error={add.error} fieldErrors={errors} />
        <SearchPicker
          label={t('invitations.guest.person')}
          description={t('invitations.guest.hint')}
          items={items}
          {...picker.pickerProps}
          emptyText={t('invitations.guest.none')}
          error={errors.personId}
          isRequired
        />
        <FormActions submitLabel={t('invitations.guest.submit')} isPending={add.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
