import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SessionDetail, SessionKind, SessionPatch } from '@collegium/shared/contracts/sessions';
import { sessionKinds } from '@collegium/shared/domain/session-lifecycle';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrors } from '../../../lib/error-text';
import { useCreateSession } from '../api/create-session';
import { useUpdateSession } from '../api/update-session';
import { useSessionFormat } from '../use-session-format';

/** An instant as the value of a datetime-local input, in the browser's own time zone. */
const toLocalInput = (iso: string | null) => {
  if (!iso) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : null);
const isKind = (value: string): value is SessionKind => (sessionKinds as readonly string[]).includes(value);
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Creates a session of a body (given `body`) or edits one (given `session`). Times are entered in the
 * browser's time zone and stored as instants; the session page shows them in the session's zone.
 */
export function SessionFormDialog({
  body,
  session,
  onClose,
  onSaved,
  onReload,
}: {
  body?: { id: string; name: string };
  session?: SessionDetail;
  onClose: () => void;
  onSaved: (session: SessionDetail) => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const create = useCreateSession();
  const update = useUpdateSession();
  const mutation = session ? update : create;
  const [kind, setKind] = useState<SessionKind>(session?.kind ?? 'regular');
  const [title, setTitle] = useState(session?.title ?? '');
  const [startsAt, setStartsAt] = useState(toLocalInput(session?.startsAt ?? null));
  const [endsAt, setEndsAt] = useState(toLocalInput(session?.endsAt ?? null));
  const [deadlineAt, setDeadlineAt] = useState(toLocalInput(session?.deadlineAt ?? null));
  const [place, setPlace] = useState(session?.place ?? '');
  const [onlineUrl, setOnlineUrl] = useState(session?.onlineUrl ?? '');
  const [notes, setNotes] = useState(session?.notes ?? '');
  const errors = useFieldErrors(mutation.error);
  const correspondence = kind === 'correspondence';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields: SessionPatch = {
      title: title.trim() || null,
      startsAt: correspondence ? null : fromLocalInput(startsAt),
      endsAt: correspondence ? null : fromLocalInput(endsAt),
      deadlineAt: correspondence ? fromLocalInput(deadlineAt) : null,
      place: correspondence ? null : place.trim() || null,
      onlineUrl: onlineUrl.trim() || null,
      notes: notes.trim() || null,
    };
    if (session) update.mutate({ id: session.id, etag: session.etag, patch: fields }, { onSuccess: onSaved });
    else if (body) create.mutate({ bodyId: body.id, input: { kind, ...fields } }, { onSuccess: onSaved });
  };

  const heading = session ? t('sessions.editTitle', { name: format.name(session) }) : t('sessions.createTitle', { body: body?.name ?? '' });
  const optional = (label: string) => `${label} (${t('common.optional')})`;
  return (
    <Dialog title={heading} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={mutation.error} fieldErrors={errors} conflictText={t('sessions.conflict')} reload={onReload && { label: t('sessions.reload'), onPress: onReload }} />
        {!session && (
          <SelectField
            label={t('sessions.kind.label')}
            value={kind}
            options={sessionKinds.map((value) => ({ value, label: t(`sessions.kind.${value}`) }))}
            onChange={(value) => isKind(value) && setKind(value)}
            error={errors.kind}
          />
        )}
        <TextField name="title" label={optional(t('sessions.fields.title'))} value={title} onChange={setTitle} error={errors.title} maxLength={300} />
        <p className="muted">{t('sessions.fields.yourZone', { zone: browserZone() })}</p>
        {correspondence ? (
          <TextField name="deadlineAt" type="datetime-local" label={t('sessions.fields.deadlineAt')} value={deadlineAt} onChange={setDeadlineAt} error={errors.deadlineAt} />
        ) : (
          <>
            <TextField name="startsAt" type="datetime-local" label={t('sessions.fields.startsAt')} value={startsAt} onChange={setStartsAt} error={errors.startsAt} />
            <TextField name="endsAt" type="datetime-local" label={optional(t('sessions.fields.endsAt'))} value={endsAt} onChange={setEndsAt} error={errors.endsAt} />
            <TextField name="place" label={optional(t('sessions.fields.place'))} value={place} onChange={setPlace} error={errors.place} maxLength={300} />
          </>
        )}
        <TextField name="onlineUrl" type="url" label={optional(t('sessions.fields.onlineUrl'))} value={onlineUrl} onChange={setOnlineUrl} error={errors.onlineUrl} placeholder="https://" />
        <TextAreaField label={optional(t('sessions.fields.notes'))} rows={3} value={notes} onChange={setNotes} error={errors.notes} />
        <FormActions submitLabel={session ? t('common.save') : t('sessions.create')} isPending={mutation.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
