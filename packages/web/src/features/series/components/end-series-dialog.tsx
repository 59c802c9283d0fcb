import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Series } from '@collegium/shared/contracts/session-series';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrors } from '../../../lib/error-text';
import { useEndSeries } from '../api/change-series';

/** Ends a series after a day; sessions already prepared from it stay. */
export function EndSeriesDialog({ series, onClose, onEnded }: { series: Series; onClose: () => void; onEnded: () => void }) {
  const { t } = useTranslation();
  const end = useEndSeries();
  const [lastDay, setLastDay] = useState(() => {
    const today = new Date().toISOString().slice(0, 10);
    return today < series.startsOn ? series.startsOn : today;
  });
  const errors = useFieldErrors(end.error);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    end.mutate({ series, input: { lastDay } }, { onSuccess: onEnded });
  };
  return (
    <Dialog title={t('series.endTitle')} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={end.error} fieldErrors={errors} conflictText={t('series.conflict')} />
        <p>{t('series.endText')}</p>
        <TextField name="lastDay" type="date" label={t('series.fields.lastDay')} value={lastDay} onChange={setLastDay} error={errors.lastDay} isRequired />
        <FormActions submitLabel={t('series.end')} submitVariant="danger" isPending={end.isPending} onCancel={onClose} cancelLabel={t('series.back')} />
      </Form>
    </Dialog>
  );
}
