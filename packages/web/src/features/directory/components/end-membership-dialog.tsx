import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Member } from '@collegium/shared/contracts/directory';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrors } from '../../../lib/error-text';
import { useEndMembership } from '../api/end-membership';
import { today } from '../membership-form';
import { personName } from './person-name';

/** Ends a membership on a chosen date; it stays in the body's history. */
export function EndMembershipDialog({ member, onClose, onEnded }: { member: Member; onClose: () => void; onEnded: (message: string) => void }) {
  const { t } = useTranslation();
  const end = useEndMembership();
  const [endDate, setEndDate] = useState(today());
  const errors = useFieldErrors(end.error);
  const name = personName(member.person);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    end.mutate({ membershipId: member.membershipId, endDate }, { onSuccess: () => onEnded(t('directory.edit.ended', { name })) });
  };

  return (
    <Dialog title={t('directory.edit.endTitle', { name })} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={end.error} fieldErrors={errors} />
        <p>{t('directory.edit.endText')}</p>
        <TextField name="endDate" type="date" label={t('directory.edit.endDate')} value={endDate} onChange={setEndDate} error={errors.endDate} isRequired autoFocus />
        <FormActions submitLabel={t('directory.edit.end')} isPending={end.isPending} onCancel={onClose} submitVariant="danger" />
      </Form>
    </Dialog>
  );
}
