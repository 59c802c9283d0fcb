import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AttendanceEntry, AttendanceRoster } from '@collegium/shared/contracts/attendance';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrors } from '../../../lib/error-text';
import { useAttendanceChange } from '../api/attendance';
import { atTimeOfDay, localTimeOf } from '../time-of-day';

/** Corrects when someone arrived late or left early (the buttons record the moment they are pressed). */
export function TimeDialog({ sessionId, entry, onClose, onSaved }: { sessionId: string; entry: AttendanceEntry; onClose: () => void; onSaved: (roster: AttendanceRoster) => void }) {
  const { t } = useTranslation();
  const change = useAttendanceChange(sessionId);
  const leaving = entry.status === 'left_early';
  const current = (leaving ? entry.leftAt : entry.arrivedAt) ?? new Date().toISOString();
  const [time, setTime] = useState(localTimeOf(current));
  const [invalid, setInvalid] = useState<Record<string, string> | null>(null);
  const errors = useFieldErrors(change.error, invalid);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const at = atTimeOfDay(current, time);
    setInvalid(at ? null : { at: t('attendance.time.invalid') });
    if (!at || !entry.personId) return;
    change.mutate({ kind: 'record', personId: entry.personId, input: { status: entry.status, at } }, { onSuccess: onSaved });
  };

  return (
    <Dialog title={t('attendance.time.title', { name: entry.name })} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={change.error} fieldErrors={errors} />
        <TextField
          name="at"
          type="time"
          label={leaving ? t('attendance.time.leftAt') : t('attendance.time.arrivedAt')}
          description={t('attendance.time.yourZone', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}
          value={time}
          onChange={setTime}
          error={errors.at}
          isRequired
          autoFocus
        />
        <FormActions submitLabel={t('common.save')} isPending={change.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
