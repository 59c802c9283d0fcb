import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AttendanceRoster } from '@collegium/shared/contracts/attendance';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrors } from '../../../lib/error-text';
import { usePersons } from '../../directory/api/get-persons';
import { personName } from '../../directory/components/person-name';
import { SearchPicker, usePicker } from '../../directory/components/search-picker';
import { useDebounced } from '../../directory/use-debounced';
import { useAttendanceChange } from '../api/attendance';

/** Adds a guest on the spot: a person from the directory, or a name and organisation. */
export function GuestDialog({ sessionId, onClose, onAdded }: { sessionId: string; onClose: () => void; onAdded: (name: string, roster: AttendanceRoster) => void }) {
  const { t } = useTranslation();
  const change = useAttendanceChange(sessionId);
  const picker = usePicker();
  const persons = usePersons(useDebounced(picker.query, 250));
  const [name, setName] = useState('');
  const [organization, setOrganization] = useState('');
  const errors = useFieldErrors(change.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = picker.selected;
    const input = chosen
      ? { personId: chosen.id }
      : { name: name.trim(), ...(organization.trim() ? { organization: organization.trim() } : {}) };
    change.mutate({ kind: 'addGuest', input }, { onSuccess: (roster) => onAdded(chosen?.label ?? name.trim(), roster) });
  };

  return (
    <Dialog title={t('attendance.guest.title')} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <p className="muted">{t('attendance.guest.intro')}</p>
        <SaveErrorAlert error={change.error} fieldErrors={errors} />
        <SearchPicker
          label={t('attendance.guest.fromDirectory')}
          items={(persons.data?.items ?? []).map((p) => ({ id: p.id, label: personName(p) }))}
          {...picker.pickerProps}
          emptyText={t('attendance.guest.noPersons')}
          error={errors.personId}
        />
        {!picker.selected && (
          <>
            <TextField name="name" label={t('attendance.guest.name')} value={name} onChange={setName} error={errors.name} maxLength={200} />
            <TextField
              name="organization"
              label={`${t('attendance.guest.organization')} (${t('common.optional')})`}
              value={organization}
              onChange={setOrganization}
              error={errors.organization}
              maxLength={300}
            />
          </>
        )}
        <FormActions submitLabel={t('attendance.guest.add')} isPending={change.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
