import { useState, type FormEvent } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { BodyDetail } from '@collegium/shared/contracts/directory';
import type { BodyRole } from '@collegium/shared/domain/roles';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrors } from '../../../lib/error-text';
import { useAddMembership } from '../api/add-membership';
import { useRepresentation } from '../api/get-representation';
import { useOrganizations } from '../api/get-organizations';
import { usePersons } from '../api/get-persons';
import { useDebounced } from '../use-debounced';
import { today } from '../membership-form';
import { BodyRoleField, SlotField } from './membership-fields';
import { personName } from './person-name';
import type { SeatToFill } from './representation-section';
import { SearchPicker, usePicker } from './search-picker';
import { VoteWeightField, voteWeightOf } from '../../voting/components/vote-weight-field';


/** Adds a person to a body in a role, optionally representing an organisation and filling one of its slots. */
export function AddMembershipDialog({
  body,
  seat,
  onClose,
  onAdded,
}: {
  body: BodyDetail;
  /** the member organisation and slot to fill, when opened from the representation table */
  seat?: SeatToFill | null;
  onClose: () => void;
  onAdded: (message: string) => void;
}) {
  const { t } = useTranslation();
  const add = useAddMembership();
  const personPicker = usePicker();
  const organizationPicker = usePicker(seat?.organization ?? null);
  const slots = useRepresentation(body.id).data?.slots ?? [];
  const [slotId, setSlotId] = useState(seat?.slotId ?? '');
  const person = personPicker.selected;
  const organization = organizationPicker.selected;
  const [role, setRole] = useState<BodyRole>('member');
  const [votingRight, setVotingRight] = useState(true);
  const weighted = body.rules.weightedVotes === true;
  const [voteWeight, setVoteWeight] = useState('1');
  const [startDate, setStartDate] = useState(today());
  const persons = usePersons(useDebounced(personPicker.query, 250));
  const organizations = useOrganizations({ q: useDebounced(organizationPicker.query, 250), limit: 20, offset: 0 });
  const [missingPerson, setMissingPerson] = useState(false);
  const errors = useFieldErrors(add.error, missingPerson ? { personId: t('directory.edit.choosePerson') } : null);

  const personItems = (persons.data?.items ?? []).map((p) => ({
    id: p.id,
    label: p.organization ? `${personName(p)} (${p.organization.shortName ?? p.organization.name})` : personName(p),
  }));
  const organizationItems = (organizations.data?.items ?? []).map((o) => ({ id: o.id, label: o.name }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!person) {
      setMissingPerson(true);
      return;
    }
    setMissingPerson(false);
    add.mutate(
      {
        bodyId: body.id,
        input: { personId: person.id, role, representsId: organization?.id ?? null, slotId: slotId || null, votingRight, ...(weighted ? { voteWeight: voteWeightOf(voteWeight) } : {}), startDate },
      },
      { onSuccess: () => onAdded(t('directory.edit.added', { name: person.label })) },
    );
  };

  return (
    <Dialog title={t('directory.edit.addTitle', { name: body.name })} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={add.error} fieldErrors={errors} />
        <SearchPicker
          label={t('directory.edit.person')}
          description={t('directory.edit.personHint')}
          items={personItems}
          {...personPicker.pickerProps}
          emptyText={t('directory.edit.noPersons')}
          error={errors.personId}
          isRequired
        />
        <BodyRoleField value={role} onChange={setRole} error={errors.role} />
        <SearchPicker
          label={`${t('directory.represents')} (${t('common.optional')})`}
          items={organizationItems}
          {...organizationPicker.pickerProps}
          emptyText={t('directory.noOrganizationsMatch')}
          error={errors.representsId}
        />
        {slots.length > 0 && (
          <SlotField slots={slots} value={slotId} onChange={setSlotId} error={errors.slotId} />
        )}
        <Checkbox className="checkbox" isSelected={votingRight} onChange={setVotingRight}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('directory.edit.votingRight')}
        </Checkbox>
        {weighted && <VoteWeightField value={voteWeight} onChange={setVoteWeight} error={errors.voteWeight} />}
        <TextField name="startDate" type="date" label={t('directory.edit.startDate')} value={startDate} onChange={setStartDate} error={errors.startDate} isRequired />
        <FormActions submitLabel={t('directory.edit.add')} isPending={add.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
