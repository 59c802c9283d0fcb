import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { organizationKinds, type OrganizationDetail, type OrganizationKind } from '@collegium/shared/contracts/directory';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { links } from '../../../config/paths';
import { useFieldErrors } from '../../../lib/error-text';
import { useOrganizations } from '../api/get-organizations';
import { useCreateOrganization, useUpdateOrganization } from '../api/save-organization';
import { organizationFormValues, organizationInput } from '../record-forms';
import { slugFrom } from '../slug';
import { useDebounced } from '../use-debounced';
import { SearchPicker, usePicker } from './search-picker';

const isKind = (value: string): value is OrganizationKind => (organizationKinds as readonly string[]).includes(value);

interface OrganizationFormDialogProps {
  /** the organisation to edit, as last read (with its version); null to add a new one */
  organization: OrganizationDetail | null;
  onClose: () => void;
  /** after an edit; a new organisation opens its own page instead */
  onSaved?: () => void;
  onReload?: () => void;
}

/** Adds or changes an organisation (administrators). The web-address name follows the name until edited. */
export function OrganizationFormDialog(props: OrganizationFormDialogProps) {
  const { onClose, onSaved, onReload } = props;
  // The version the form was opened on, kept even if the page refetches it meanwhile (see PersonFormDialog).
  const [organization] = useState(props.organization);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrganization();
  const update = useUpdateOrganization();
  const mutation = organization ? update : create;
  const [values, setValues] = useState(() => organizationFormValues(organization));
  const [slugEdited, setSlugEdited] = useState(organization !== null);
  const parentPicker = usePicker(organization?.parent ? { id: organization.parent.id, label: organization.parent.name } : null);
  const parents = useOrganizations({ q: useDebounced(parentPicker.query, 250), limit: 20, offset: 0 });
  const errors = useFieldErrors(mutation.error);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = organizationInput({ ...values, parentId: parentPicker.selected?.id ?? null });
    if (organization) {
      update.mutate({ id: organization.id, etag: organization.etag, patch: input }, { onSuccess: () => onSaved?.() });
    } else {
      create.mutate(input, {
        onSuccess: (saved) => {
          onClose();
          void navigate(links.organization(saved.id));
        },
      });
    }
  };

  return (
    <Dialog
      title={organization ? t('organizationForm.editTitle', { name: organization.name }) : t('organizationForm.createTitle')}
      isOpen
      onOpenChange={(open) => !open && onClose()}
    >
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={mutation.error} fieldErrors={errors} conflictText={t('organizationForm.conflict')} reload={{ label: t('directory.edit.reload'), onPress: () => onReload?.() }} />
        <SelectField
          label={t('directory.kind')}
          value={values.kind}
          options={organizationKinds.map((k) => ({ value: k, label: t(`directory.organizationKinds.${k}`) }))}
          onChange={(value) => isKind(value) && setValues((v) => ({ ...v, kind: value }))}
          error={errors.kind}
        />
        <TextField
          name="name"
          label={t('directory.name')}
          value={values.name}
          onChange={(name) => setValues((v) => ({ ...v, name, slug: slugEdited ? v.slug : slugFrom(name) }))}
          error={errors.name}
          maxLength={300}
          isRequired
          autoFocus
        />
        <TextField name="shortName" label={`${t('directory.shortName')} (${t('common.optional')})`} value={values.shortName} onChange={set('shortName')} error={errors.shortName} maxLength={50} />
        <TextField
          name="slug"
          label={t('directory.create.slug')}
          description={t('directory.create.slugHint', { letters: 'a–z', example: 'ministry-of-health' })}
          value={values.slug}
          onChange={(slug) => {
            setSlugEdited(true);
            setValues((v) => ({ ...v, slug }));
          }}
          error={errors.slug}
          maxLength={100}
          isRequired
        />
        <SearchPicker
          label={`${t('directory.parentOrganization')} (${t('common.optional')})`}
          items={(parents.data?.items ?? []).filter((o) => o.id !== organization?.id).map((o) => ({ id: o.id, label: o.name }))}
          {...parentPicker.pickerProps}
          emptyText={t('directory.noOrganizationsMatch')}
          error={errors.parentId}
        />
        <TextField name="email" type="email" label={`${t('directory.email')} (${t('common.optional')})`} value={values.email} onChange={set('email')} error={errors.email} maxLength={254} />
        <TextField name="phone" type="tel" label={`${t('directory.phone')} (${t('common.optional')})`} value={values.phone} onChange={set('phone')} error={errors.phone} maxLength={50} />
        <TextField name="website" type="url" label={`${t('directory.website')} (${t('common.optional')})`} value={values.website} onChange={set('website')} error={errors.website} maxLength={500} />
        <TextAreaField label={`${t('directory.address')} (${t('common.optional')})`} rows={3} value={values.address} onChange={set('address')} error={errors.address} maxLength={500} />
        <FormActions submitLabel={organization ? t('common.save') : t('organizationForm.submit')} isPending={mutation.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
