import { useState, type FormEvent } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { bodyKinds, type BodyKind } from '@collegium/shared/contracts/directory';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { links } from '../../../config/paths';
import { useFieldErrors } from '../../../lib/error-text';
import { useCreateBody } from '../api/create-body';
import { useOrganizations } from '../api/get-organizations';
import { slugFrom } from '../slug';
import { useDebounced } from '../use-debounced';
import { SearchPicker, usePicker, type PickerItem } from './search-picker';

const isKind = (value: string): value is BodyKind => (bodyKinds as readonly string[]).includes(value);

export interface NewBodyParent {
  id: string;
  name: string;
  organization: PickerItem;
}

/** Creates a body, at the top level or under a parent; afterwards its page opens. */
export function CreateBodyDialog({ parent, onClose }: { parent: NewBodyParent | null; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateBody();
  const organizationPicker = usePicker(parent?.organization ?? null);
  const organization = organizationPicker.selected;
  const [kind, setKind] = useState<BodyKind>(parent ? 'working_group' : 'council');
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [isPublic, setIsPublic] = useState(true);
  const [missingOrganization, setMissingOrganization] = useState(false);
  const organizations = useOrganizations({ q: useDebounced(organizationPicker.query, 250), limit: 20, offset: 0 });
  const errors = useFieldErrors(create.error, missingOrganization ? { organizationId: t('directory.create.chooseOrganization') } : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!organization) {
      setMissingOrganization(true);
      return;
    }
    setMissingOrganization(false);
    create.mutate(
      {
        organizationId: organization.id,
        parentId: parent?.id ?? null,
        kind,
        name: name.trim(),
        shortName: shortName.trim() || null,
        slug: slug.trim(),
        isPublic,
      },
      {
        onSuccess: (saved) => {
          onClose();
          void navigate(links.body(saved.id));
        },
      },
    );
  };

  return (
    <Dialog
      title={parent ? t('directory.create.subTitle', { name: parent.name }) : t('directory.create.title')}
      isOpen
      onOpenChange={(open) => !open && onClose()}
    >
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={create.error} fieldErrors={errors} />
        <TextField
          name="name"
          label={t('directory.name')}
          value={name}
          onChange={(value) => {
            setName(value);
            if (!slugEdited) setSlug(slugFrom(value));
          }}
          error={errors.name}
          maxLength={300}
          isRequired
          autoFocus
        />
        <TextField name="shortName" label={`${t('directory.shortName')} (${t('common.optional')})`} value={shortName} onChange={setShortName} error={errors.shortName} maxLength={50} />
        <TextField
          name="slug"
          label={t('directory.create.slug')}
          description={t('directory.create.slugHint', { letters: 'a–z', example: 'working-group-3' })}
          value={slug}
          onChange={(value) => {
            setSlug(value);
            setSlugEdited(true);
          }}
          error={errors.slug}
          maxLength={100}
          isRequired
        />
        <SelectField
          label={t('directory.kind')}
          value={kind}
          options={bodyKinds.map((k) => ({ value: k, label: t(`directory.bodyKinds.${k}`) }))}
          onChange={(value) => isKind(value) && setKind(value)}
          error={errors.kind}
        />
        <SearchPicker
          label={t('directory.organization')}
          items={(organizations.data?.items ?? []).map((o) => ({ id: o.id, label: o.name }))}
          {...organizationPicker.pickerProps}
          emptyText={t('directory.noOrganizationsMatch')}
          error={errors.organizationId}
          isRequired
        />
        <Checkbox className="checkbox" isSelected={isPublic} onChange={setIsPublic}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('directory.edit.isPublic')}
        </Checkbox>
        <FormActions submitLabel={t('directory.create.submit')} isPending={create.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
