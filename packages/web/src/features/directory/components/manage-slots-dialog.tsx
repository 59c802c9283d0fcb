import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { BodyDetail } from '@collegium/shared/contracts/directory';
import type { Representation } from '@collegium/shared/contracts/representation';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { TextField } from '../../../components/ui/text-field';
import { ApiError } from '../../../lib/api-client';
import { useErrorText } from '../../../lib/error-text';
import { useEditSlots } from '../api/edit-slots';
import { movedSlotIds } from '../representation-view';

/** Adds, renames, reorders (by buttons) and removes a body's representation slots. */
export function ManageSlotsDialog({ body, representation, onClose }: { body: BodyDetail; representation: Representation; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const edit = useEditSlots(body.id);
  const { slots, slotsEtag } = representation;
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [newLabel, setNewLabel] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const labelOf = (slotId: string, fallback: string) => labels[slotId] ?? fallback;
  const renamed = slots.some((slot) => labelOf(slot.id, slot.label) !== slot.label);
  const stale = edit.error instanceof ApiError && edit.error.status === 412;

  const run = (change: Parameters<typeof edit.mutate>[0], done: string, after?: () => void) => {
    setMessage(null);
    edit.mutate(change, {
      onSuccess: () => {
        setMessage(done);
        after?.();
      },
    });
  };

  const onAdd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!newLabel.trim()) return;
    run({ kind: 'add', bodyId: body.id, input: { label: newLabel.trim() } }, t('representation.slotAdded', { slot: newLabel.trim() }), () => setNewLabel(''));
  };

  const onRename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const items = slots.map((slot) => ({ id: slot.id, label: labelOf(slot.id, slot.label).trim() || slot.label }));
    run({ kind: 'replace', bodyId: body.id, etag: slotsEtag, input: { items } }, t('representation.slotsSaved'), () => setLabels({}));
  };

  return (
    <Dialog title={t('representation.slotsTitle', { name: body.name })} isOpen onOpenChange={(open) => !open && onClose()}>
      <div className="stack">
        {edit.error && <Alert tone="error">{stale ? t('representation.conflict') : errorText(edit.error)}</Alert>}
        {message && !edit.error && (
          <p role="status" className="muted">
            {message}
          </p>
        )}
        {slots.length > 0 && (
          <Form className="form" onSubmit={onRename} validationBehavior="aria">
            <ol className="representation__slots">
              {slots.map((slot, index) => (
                <li key={slot.id} className="representation__slot">
                  <TextField
                    name={`slot-${slot.key}`}
                    label={t('representation.slotLabel', { number: index + 1 })}
                    value={labelOf(slot.id, slot.label)}
                    onChange={(value) => setLabels((current) => ({ ...current, [slot.id]: value }))}
                    isRequired
                  />
                  <div className="actions">
                    <Button
                      variant="secondary"
                      isDisabled={index === 0 || edit.isPending}
                      aria-label={t('representation.moveUp', { slot: slot.label })}
                      onPress={() => run({ kind: 'reorder', bodyId: body.id, etag: slotsEtag, slotIds: movedSlotIds(slots, slot.id, -1) }, t('representation.slotsSaved'))}
                    >
                      {t('representation.up')}
                    </Button>
                    <Button
                      variant="secondary"
                      isDisabled={index === slots.length - 1 || edit.isPending}
                      aria-label={t('representation.moveDown', { slot: slot.label })}
                      onPress={() => run({ kind: 'reorder', bodyId: body.id, etag: slotsEtag, slotIds: movedSlotIds(slots, slot.id, 1) }, t('representation.slotsSaved'))}
                    >
                      {t('representation.down')}
                    </Button>
                    <Button
                      variant="danger"
                      isDisabled={edit.isPending}
                      aria-label={t('representation.removeLabel', { slot: slot.label })}
                      onPress={() => run({ kind: 'remove', bodyId: body.id, slotId: slot.id }, t('representation.slotRemoved', { slot: slot.label }))}
                    >
                      {t('representation.remove')}
                    </Button>
                  </div>
                </li>
              ))}
            </ol>
            {renamed && (
              <div className="actions">
                <Button type="submit" isPending={edit.isPending}>
                  {t('representation.saveNames')}
                </Button>
              </div>
            )}
          </Form>
        )}
        <Form className="form" onSubmit={onAdd} validationBehavior="aria">
          <TextField name="newSlot" label={t('representation.newSlot')} value={newLabel} onChange={setNewLabel} />
          <FormActions submitLabel={t('representation.addSlot')} isPending={edit.isPending} onCancel={onClose} submitVariant="secondary" cancelLabel={t('representation.close')} />
        </Form>
      </div>
    </Dialog>
  );
}
