import { useState, type FormEvent } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MembershipSaved } from '@collegium/shared/contracts/directory';
import type { BodyRole } from '@collegium/shared/domain/roles';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { QueryState } from '../../../components/ui/query-state';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrors } from '../../../lib/error-text';
import { VoteWeightField } from '../../voting/components/vote-weight-field';
import { useBody } from '../api/get-body';
import { useMembership } from '../api/get-membership';
import { useOrganizations } from '../api/get-organizations';
import { useRepresentation } from '../api/get-representation';
import { usePersons } from '../api/get-persons';
import { useUpdateMembership } from '../api/update-membership';
import { membershipFormValues, membershipPatch } from '../membership-form';
import { useDebounced } from '../use-debounced';
import { BodyRoleField, SlotField } from './membership-fields';
import { personName } from './person-name';
import { SearchPicker, usePicker } from './search-picker';


interface EditMembershipDialogProps {
  membershipId: string;
  personLabel: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/**
 * Changes a membership's role, representation, voting right, substitute or dates. The membership is read
 * afresh when the dialog opens, so the change is sent with its current version (If-Match).
 */
export function EditMembershipDialog({ membershipId, personLabel, onClose, onSaved }: EditMembershipDialogProps) {
  const { t } = useTranslation();
  const membership = useMembership(membershipId);
  // Bumped after loading a newer version, so the form starts again from it.
  const [formVersion, setFormVersion] = useState(0);
  return (
    <Dialog title={t('memberships.editTitle', { name: personLabel })} isOpen onOpenChange={(open) => !open && onClose()}>
      <QueryState isPending={membership.isPending} error={membership.error} onRetry={() => void membership.refetch()} />
      {membership.data && (
        <EditMembershipForm
          key={formVersion}
          membership={membership.data}
          onClose={onClose}
          onSaved={() => onSaved(t('memberships.saved', { name: personLabel }))}
          onReload={() => void membership.refetch().then(() => setFormVersion((version) => version + 1))}
        />
      )}
    </Dialog>
  );
}

function EditMembershipForm(props: { membership: MembershipSaved; onClose: () => void; onSaved: () => void; onReload: () => void }) {
  const { onClose, onSaved, onReload } = props;
  // The version the form was opened on: a refetch in the background must not swap the ETag under the
  // person's edits, or their save would overwrite a change they never saw.
  const [membership] = useState(props.membership);
  const { t } = useTranslation();
  const update = useUpdateMembership();
  const initial = membershipFormValues(membership);
  const [role, setRole] = useState<BodyRole>(initial.role);
  const [votingRight, setVotingRight] = useState(initial.votingRight);
  const [voteWeight, setVoteWeight] = useState(initial.voteWeight);
  const weighted = useBody(membership.bodyId).data?.rules.weightedVotes === true;
  const [startDate, setStartDate] = useState(initial.startDate);
  const [endDate, setEndDate] = useState(initial.endDate);
  const [slotId, setSlotId] = useState(initial.slotId ?? '');
  const slots = useRepresentation(membership.bodyId).data?.slots ?? [];
  const organizationPicker = usePicker(membership.represents ? { id: membership.represents.id, label: membership.represents.name } : null);
  const substitutePicker = usePicker(membership.substitute ? { id: membership.substitute.id, label: personName(membership.substitute) } : null);
  const organizations = useOrganizations({ q: useDebounced(organizationPicker.query, 250), limit: 20, offset: 0 });
  const persons = usePersons(useDebounced(substitutePicker.query, 250));
  const errors = useFieldErrors(update.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const patch = membershipPatch(initial, {
      role,
      votingRight,
      voteWeight,
      startDate,
      endDate,
      representsId: organizationPicker.selected?.id ?? null,
      slotId: slotId || null,
      substituteId: substitutePicker.selected?.id ?? null,
    });
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    update.mutate({ id: membership.membershipId, etag: membership.etag, patch }, { onSuccess: onSaved });
  };

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <SaveErrorAlert error={update.error} fieldErrors={errors} conflictText={t('memberships.conflict')} reload={{ label: t('directory.edit.reload'), onPress: onReload }} />
      <BodyRoleField value={role} onChange={setRole} error={errors.role} />
      <SearchPicker
        label={`${t('directory.represents')} (${t('common.optional')})`}
        items={(organizations.data?.items ?? []).map((o) => ({ id: o.id, label: o.name }))}
        {...organizationPicker.pickerProps}
        emptyText={t('directory.noOrganizationsMatch')}
        error={errors.representsId}
      />
      {(slots.length > 0 || initial.slotId) && (
        <SlotField slots={slots} kept={membership.slot} value={slotId} onChange={setSlotId} error={errors.slotId} />
      )}
      <Checkbox className="checkbox" isSelected={votingRight} onChange={setVotingRight}>
        <span className="checkbox__box" aria-hidden="true" />
        {t('directory.edit.votingRight')}
      </Checkbox>
      {(weighted || initial.voteWeight !== '1') && <VoteWeightField value={voteWeight} onChange={setVoteWeight} error={errors.voteWeight} />}
      <SearchPicker
        label={`${t('directory.substitute')} (${t('common.optional')})`}
        items={(persons.data?.items ?? []).filter((p) => p.id !== membership.person.id).map((p) => ({ id: p.id, label: personName(p) }))}
        {...substitutePicker.pickerProps}
        emptyText={t('directory.edit.noPersons')}
        error={errors.substituteId}
      />
      <TextField name="startDate" type="date" label={t('directory.edit.startDate')} value={startDate} onChange={setStartDate} error={errors.startDate} isRequired />
      <TextField
        name="endDate"
        type="date"
        label={`${t('memberships.endDate')} (${t('common.optional')})`}
        value={endDate}
        onChange={setEndDate}
        error={errors.endDate}
      />
      <FormActions submitLabel={t('common.save')} isPending={update.isPending} onCancel={onClose} />
    </Form>
  );
}
