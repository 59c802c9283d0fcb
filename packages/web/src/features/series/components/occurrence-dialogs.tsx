import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Occurrence, Series } from '@collegium/shared/contracts/session-series';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrors } from '../../../lib/error-text';
import { useChangeOccurrence } from '../api/change-series';
import { useSeriesFormat } from '../use-series-format';

interface OccurrenceDialogProps {
  series: Series;
  occurrence: Occurrence;
  onClose: () => void;
  /** after the change, with a message for the page */
  onDone: (message: string) => void;
}

/** An instant as the value of a datetime-local input, in the browser's own time zone. */
const toLocalInput = (iso: string) => {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : '');
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function CancelOccurrenceDialog({ series, occurrence, onClose, onDone }: OccurrenceDialogProps) {
  const { t } = useTranslation();
  const format = useSeriesFormat();
  const change = useChangeOccurrence();
  const [reason, setReason] = useState('');
  const errors = useFieldErrors(change.error);
  const when = format.when(occurrence.startsAt, occurrence.timeZone);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.mutate(
      { seriesId: series.id, change: { verb: 'cancel', input: { originalStart: occurrence.originalStart, reason: reason.trim() } } },
      { onSuccess: () => onDone(t('series.cancelled', { when })) },
    );
  };
  return (
    <Dialog title={t('series.cancelTitle', { when })} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={change.error} fieldErrors={errors} />
        <TextAreaField label={t('series.fields.reason')} rows={3} value={reason} onChange={setReason} error={errors.reason} isRequired />
        <FormActions submitLabel={t('series.cancelSubmit')} submitVariant="danger" isPending={change.isPending} onCancel={onClose} cancelLabel={t('series.back')} />
      </Form>
    </Dialog>
  );
}

export function MoveOccurrenceDialog({ series, occurrence, onClose, onDone }: OccurrenceDialogProps) {
  const { t } = useTranslation();
  const format = useSeriesFormat();
  const change = useChangeOccurrence();
  const [startsAt, setStartsAt] = useState(toLocalInput(occurrence.startsAt));
  const [endsAt, setEndsAt] = useState(toLocalInput(occurrence.endsAt));
  const [place, setPlace] = useState(occurrence.place ?? '');
  const errors = useFieldErrors(change.error);
  const when = format.when(occurrence.originalStart, occurrence.timeZone);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = { originalStart: occurrence.originalStart, startsAt: fromLocalInput(startsAt), endsAt: fromLocalInput(endsAt) || null, place: place.trim() || null };
    change.mutate({ seriesId: series.id, change: { verb: 'move', input } }, { onSuccess: (moved) => onDone(t('series.moved', { when: format.when(moved.startsAt, moved.timeZone) })) });
  };
  return (
    <Dialog title={t('series.moveTitle', { when })} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={change.error} fieldErrors={errors} />
        <p className="muted">{t('sessions.fields.yourZone', { zone: browserZone() })}</p>
        <TextField name="startsAt" type="datetime-local" label={t('series.fields.newStart')} value={startsAt} onChange={setStartsAt} error={errors.startsAt} isRequired />
        <TextField name="endsAt" type="datetime-local" label={t('series.fields.newEnd')} value={endsAt} onChange={setEndsAt} error={errors.endsAt} />
        <TextField name="place" label={t('sessions.fields.place')} value={place} onChange={setPlace} error={errors.place} maxLength={300} />
        <FormActions submitLabel={t('series.moveSubmit')} isPending={change.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
