import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { decisionStatuses, type DecisionDetail, type DecisionPatch } from '@collegium/shared/contracts/decisions';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrors } from '../../../lib/error-text';
import { useUpdateDecision } from '../api/decisions';
import { OrganizationPickerField, PersonPickerField, usePicker } from './directory-pickers';

interface EditDecisionDialogProps {
  decision: DecisionDetail;
  onClose: () => void;
  onSaved: () => void;
  /** loads the current version after a 412 */
  onReload: () => void;
}

/** The secretary's edit: title, responsible person and organisation, deadline and status, sent with If-Match. */
export function EditDecisionDialog({ decision, onClose, onSaved, onReload }: EditDecisionDialogProps) {
  const { t } = useTranslation();
  const update = useUpdateDecision(decision.id);
  const errors = useFieldErrors(update.error);
  const [title, setTitle] = useState(decision.title);
  const [deadline, setDeadline] = useState(decision.deadline ?? '');
  const [status, setStatus] = useState<string>(decision.status);
  const person = usePicker(decision.responsiblePerson ? { id: decision.responsiblePerson.id, label: decision.responsiblePerson.name } : null);
  const organization = usePicker(
    decision.responsibleOrganization ? { id: decision.responsibleOrganization.id, label: decision.responsibleOrganization.name } : null,
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const patch: DecisionPatch = {};
    if (title.trim() !== decision.title) patch.title = title.trim();
    if ((deadline || null) !== decision.deadline) patch.deadline = deadline || null;
    if (status !== decision.status) patch.status = status as DecisionPatch['status'];
    const personId = person.selected?.id ?? null;
    if (personId !== (decision.responsiblePerson?.id ?? null)) patch.responsiblePersonId = personId;
    const organizationId = organization.selected?.id ?? null;
    if (organizationId !== (decision.responsibleOrganization?.id ?? null)) patch.responsibleOrganizationId = organizationId;
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    update.mutate({ etag: decision.etag, patch }, { onSuccess: onSaved });
  };

  const statusOptions = decisionStatuses.map((value) => ({ value, label: t(`decisions.status.${value}`) }));
  return (
    <Dialog title={t('decisions.edit.title', { number: decision.number })} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <SaveErrorAlert error={update.error} fieldErrors={errors} conflictText={t('decisions.detail.conflict')} reload={{ label: t('decisions.detail.reload'), onPress: onReload }} />
        <TextField name="title" label={t('decisions.edit.titleField')} value={title} onChange={setTitle} error={errors.title} maxLength={500} isRequired />
        <PersonPickerField picker={person} label={t('decisions.edit.person')} description={t('decisions.edit.clearHint')} error={errors.responsiblePersonId} />
        <OrganizationPickerField
          picker={organization}
          label={t('decisions.edit.organization')}
          description={t('decisions.edit.clearHint')}
          error={errors.responsibleOrganizationId}
        />
        <TextField type="date" name="deadline" label={t('decisions.edit.deadline')} value={deadline} onChange={setDeadline} error={errors.deadline} />
        <SelectField name="status" label={t('decisions.edit.status')} value={status} options={statusOptions} onChange={setStatus} error={errors.status} />
        <FormActions submitLabel={t('common.save')} isPending={update.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
