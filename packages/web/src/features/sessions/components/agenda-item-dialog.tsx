import { useState, type FormEvent } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, AgendaItemKind, SessionDetail } from '@collegium/shared/contracts/sessions';
import { agendaItemKinds } from '@collegium/shared/domain/session-lifecycle';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrors } from '../../../lib/error-text';
import { useOrganizations } from '../../directory/api/get-organizations';
import { usePersons } from '../../directory/api/get-persons';
import { personName } from '../../directory/components/person-name';
import { SearchPicker, usePicker } from '../../directory/components/search-picker';
import { useDebounced } from '../../directory/use-debounced';
import { useAddAgendaItem } from '../api/add-agenda-item';
import { useUpdateAgendaItem } from '../api/update-agenda-item';
import { htmlToParagraphs, paragraphsToHtml } from '../resolution-text';

const isKind = (value: string): value is AgendaItemKind => (agendaItemKinds as readonly string[]).includes(value);

/** Adds an item to the agenda (no `item`) or edits one; its place on the agenda changes by reordering. */
export function AgendaItemDialog({ session, item, onClose, onSaved }: { session: SessionDetail; item?: AgendaItem; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const add = useAddAgendaItem();
  const update = useUpdateAgendaItem();
  const mutation = item ? update : add;
  const [kind, setKind] = useState<AgendaItemKind>(item?.kind ?? 'decision');
  const [title, setTitle] = useState(item?.title ?? '');
  const [parentId, setParentId] = useState('');
  const [minutes, setMinutes] = useState(item?.estimatedMinutes?.toString() ?? '');
  const [isPublic, setIsPublic] = useState(item?.isPublic ?? true);
  const [resolution, setResolution] = useState(htmlToParagraphs(item?.proposedResolution ?? null));
  const personPicker = usePicker(item?.rapporteurPerson ? { id: item.rapporteurPerson.id, label: item.rapporteurPerson.name } : null);
  const organizationPicker = usePicker(item?.rapporteurOrganization ? { id: item.rapporteurOrganization.id, label: item.rapporteurOrganization.name } : null);
  const persons = usePersons(useDebounced(personPicker.query, 250));
  const organizations = useOrganizations({ q: useDebounced(organizationPicker.query, 250), limit: 20, offset: 0 });
  const errors = useFieldErrors(mutation.error);
  const parents = session.agenda.items.filter((candidate) => candidate.parentId === null && !candidate.withdrawn);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = {
      kind,
      title: title.trim(),
      rapporteurPersonId: personPicker.selected?.id ?? null,
      rapporteurOrganizationId: organizationPicker.selected?.id ?? null,
      estimatedMinutes: minutes.trim() ? Number(minutes) : null,
      isPublic,
      proposedResolution: paragraphsToHtml(resolution),
    };
    if (item) update.mutate({ id: item.id, etag: item.etag, patch: fields }, { onSuccess: onSaved });
    else add.mutate({ sessionId: session.id, input: { ...fields, parentId: parentId || null } }, { onSuccess: onSaved });
  };

  const optional = (label: string) => `${label} (${t('common.optional')})`;
  return (
    <Dialog title={item ? t('sessions.agenda.editTitle', { number: item.number }) : t('sessions.agenda.addTitle')} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={mutation.error} fieldErrors={errors} conflictText={t('sessions.conflict')} />
        <TextField name="title" label={t('sessions.agenda.itemTitle')} value={title} onChange={setTitle} error={errors.title} maxLength={500} isRequired autoFocus />
        <SelectField
          label={t('sessions.agenda.kindLabel')}
          value={kind}
          options={agendaItemKinds.map((value) => ({ value, label: t(`sessions.agenda.kinds.${value}`) }))}
          onChange={(value) => isKind(value) && setKind(value)}
          error={errors.kind}
        />
        {!item && parents.length > 0 && (
          <SelectField
            label={t('sessions.agenda.parent')}
            value={parentId}
            options={[
              { value: '', label: t('sessions.agenda.topLevel') },
              ...parents.map((parent) => ({ value: parent.id, label: t('sessions.agenda.under', { number: parent.number, title: parent.title ?? '' }) })),
            ]}
            onChange={setParentId}
            error={errors.parentId}
          />
        )}
        <SearchPicker
          label={optional(t('sessions.agenda.rapporteur'))}
          items={(persons.data?.items ?? []).map((p) => ({ id: p.id, label: personName(p) }))}
          {...personPicker.pickerProps}
          emptyText={t('sessions.agenda.noPersons')}
          error={errors.rapporteurPersonId}
        />
        <SearchPicker
          label={optional(t('sessions.agenda.rapporteurOrganization'))}
          items={(organizations.data?.items ?? []).map((o) => ({ id: o.id, label: o.name }))}
          {...organizationPicker.pickerProps}
          emptyText={t('sessions.agenda.noOrganizations')}
          error={errors.rapporteurOrganizationId}
        />
        <TextField name="estimatedMinutes" type="number" inputMode="numeric" label={optional(t('sessions.agenda.minutes'))} value={minutes} onChange={setMinutes} error={errors.estimatedMinutes} />
        <Checkbox className="checkbox" isSelected={isPublic} onChange={setIsPublic}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('sessions.agenda.isPublic')}
        </Checkbox>
        <TextAreaField label={optional(t('sessions.agenda.proposedResolution'))} rows={5} value={resolution} onChange={setResolution} error={errors.proposedResolution} />
        <FormActions submitLabel={item ? t('common.save') : t('sessions.agenda.add')} isPending={mutation.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
