import { useState, type FormEvent } from 'react';
import { Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AnswerInput, InvitationAnswer, OwnInvitation } from '@collegium/shared/contracts/session-invitations';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { useFieldErrors } from '../../../lib/error-text';
import { useFormat } from '../../../lib/format';
import '../invitations.css';

/** The invitee's current answer in words, with when it was given. */
export function AnswerState({ invitation }: { invitation: OwnInvitation }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!invitation.answer) return <p>{t('invitations.mine.noAnswer')}</p>;
  const answer =
    invitation.answer === 'substitute' && invitation.sentSubstitute
      ? `${t('invitations.answers.substitute')} (${invitation.sentSubstitute.name})`
      : t(`invitations.answers.${invitation.answer}`);
  return (
    <p>
      <strong>{t('invitations.mine.current', { answer })}</strong> {t('invitations.mine.answeredAt', { when: format.dateTime(invitation.answeredAt) })}
      {invitation.answerNote ? <span className="pre-line"> — {invitation.answerNote}</span> : null}
    </p>
  );
}

/** Attend, excused or send the substitute named in the membership, with an optional note. */
export function AnswerForm({
  invitation,
  onSubmit,
  isPending,
  error,
}: {
  invitation: OwnInvitation;
  onSubmit: (input: AnswerInput) => void;
  isPending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<InvitationAnswer>(invitation.answer ?? 'attend');
  const [note, setNote] = useState(invitation.answerNote ?? '');
  const errors = useFieldErrors(error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({ answer, note: note.trim() || null });
  };
  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <SaveErrorAlert error={error} fieldErrors={errors} />
      <RadioGroup className="radio-group" value={answer} onChange={(value) => setAnswer(value as InvitationAnswer)}>
        <Label className="field__label">{t('invitations.answer.legend')}</Label>
        <Radio className="radio" value="attend">
          {t('invitations.answer.attend')}
        </Radio>
        <Radio className="radio" value="excused">
          {t('invitations.answer.excused')}
        </Radio>
        {invitation.namedSubstitute && (
          <Radio className="radio" value="substitute">
            {t('invitations.answer.substitute', { name: invitation.namedSubstitute.name })}
          </Radio>
        )}
      </RadioGroup>
      {invitation.role === 'member' && !invitation.namedSubstitute && <p className="muted">{t('invitations.answer.noSubstitute')}</p>}
      {errors.answer && <Alert tone="error">{errors.answer}</Alert>}
      <TextAreaField label={t('invitations.answer.note')} rows={2} value={note} onChange={setNote} maxLength={1000} error={errors.note} />
      <div className="actions">
        <Button type="submit" isPending={isPending}>
          {t('invitations.answer.submit')}
        </Button>
      </div>
    </Form>
  );
}
