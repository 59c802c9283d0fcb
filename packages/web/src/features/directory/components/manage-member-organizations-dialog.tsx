import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { BodyDetail } from '@collegium/shared/contracts/directory';
import type { MemberOrganization } from '@collegium/shared/contracts/representation';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrors } from '../../../lib/error-text';
import { useAddMemberOrganization, useEndMemberOrganization, useMemberOrganizations } from '../api/edit-member-organizations';
import { useOrganizations } from '../api/get-organizations';
import { useDebounced } from '../use-debounced';
import { today } from '../membership-form';
import { SearchPicker, usePicker } from './search-picker';

function EndMemberForm({ body, member, onDone }: { body: BodyDetail; member: MemberOrganization; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const end = useEndMemberOrganization(body.id);
  const [leftOn, setLeftOn] = useState(today());
  const errors = useFieldErrors(end.error);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    end.mutate(
      { id: member.id, leftOn },
      { onSuccess: () => onDone(t('representation.memberEnded', { name: member.organization.name, date: leftOn })) },
    );
  };
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <SaveErrorAlert error={end.error} fieldErrors={errors} />
      <p>{t('representation.endMemberText')}</p>
      <TextField name="leftOn" type="date" label={t('representation.leftOn')} value={leftOn} onChange={setLeftOn} error={errors.leftOn} isRequired autoFocus />
      <Button type="submit" variant="danger" isPending={end.isPending}>
        {t('representation.confirmEnd')}
      </Button>
    </Form>
  );
}

/** Lists a body's current member organisations, ends one's membership, and adds organisations. */
export function ManageMemberOrganizationsDialog({ body, onClose }: { body: BodyDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const members = useMemberOrganizations(body.id);
  const add = useAddMemberOrganization(body.id);
  const picker = usePicker();
  const organizations = useOrganizations({ q: useDebounced(picker.query, 250), limit: 20, offset: 0 });
  const [joinedOn, setJoinedOn] = useState(today());
  const [ending, setEnding] = useState<MemberOrganization | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const errors = useFieldErrors(add.error, missing ? { organizationId: t('representation.chooseOrganization') } : null);
  const current = (members.data?.items ?? []).filter((m) => m.current || m.joinedOn > today());

  const onAdd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = picker.selected;
    setMissing(!chosen);
    if (!chosen) return;
    setMessage(null);
    add.mutate(
      { bodyId: body.id, input: { organizationId: chosen.id, joinedOn } },
      { onSuccess: () => { setMessage(t('representation.memberAdded', { name: chosen.label })); picker.pickerProps.onSelect(null); picker.pickerProps.onInputChange(''); } },
    );
  };

  return (
    <Dialog title={t('representation.membersTitle', { name: body.name })} isOpen onOpenChange={(open) => !open && onClose()}>
      <div className="stack">
        {message && (
          <p role="status" className="muted">
            {message}
          </p>
        )}
        {current.length === 0 ? (
          <p className="muted">{t('representation.noMembers')}</p>
        ) : (
          <ul className="link-list">
            {current.map((member) => (
              <li key={member.id}>
                {member.organization.name} <span className="muted">({t('representation.since', { date: member.joinedOn })})</span>{' '}
                <Button variant="secondary" aria-label={t('representation.endMember', { name: member.organization.name })} onPress={() => setEnding(member)}>
                  {t('representation.end')}
                </Button>
                {ending?.id === member.id && (
                  <EndMemberForm body={body} member={member} onDone={(text) => { setEnding(null); setMessage(text); }} />
                )}
              </li>
            ))}
          </ul>
        )}
        <Form className="form" onSubmit={onAdd} validationBehavior="aria">
          <SaveErrorAlert error={add.error} fieldErrors={errors} />
          <SearchPicker
            label={t('representation.organization')}
            items={(organizations.data?.items ?? []).map((o) => ({ id: o.id, label: o.name }))}
            {...picker.pickerProps}
            emptyText={t('directory.noOrganizationsMatch')}
            error={errors.organizationId}
            isRequired
          />
          <TextField name="joinedOn" type="date" label={t('representation.joinedOn')} value={joinedOn} onChange={setJoinedOn} error={errors.joinedOn} isRequired />
          <FormActions submitLabel={t('representation.addMember')} isPending={add.isPending} onCancel={onClose} cancelLabel={t('representation.close')} />
        </Form>
      </div>
    </Dialog>
  );
}
