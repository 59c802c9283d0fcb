import { useMemo, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { limits } from '@collegium/shared/limits';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { useChangePassword } from '../api/change-password';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const change = useChangePassword();
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const newPassword = String(data.get('newPassword') ?? '');
    const differs = newPassword !== String(data.get('confirmPassword') ?? '');
    setMismatch(differs);
    setDone(null);
    if (differs) return;
    change.mutate(
      { currentPassword: String(data.get('currentPassword') ?? ''), newPassword },
      {
        onSuccess: () => {
          form.reset();
          setDone(t('profile.passwordChanged'));
        },
      },
    );
  };
  const serverErrors = useFieldErrors(change.error);
  const errors = useMemo(
    () => (mismatch ? { ...serverErrors, confirmPassword: t('common.passwordsDiffer') } : serverErrors),
    [mismatch, serverErrors, t],
  );

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <StatusMessage message={done} />
      {change.error && Object.keys(serverErrors).length === 0 && <Alert tone="error">{errorText(change.error)}</Alert>}
      <TextField name="currentPassword" error={errors.currentPassword} type="password" label={t('profile.currentPassword')} autoComplete="current-password" isRequired />
      <TextField
        name="newPassword" error={errors.newPassword}
        type="password"
        label={t('profile.newPassword')}
        description={t('common.passwordHint', { min: limits.passwordMinLength })}
        autoComplete="new-password"
        minLength={limits.passwordMinLength}
        isRequired
      />
      <TextField name="confirmPassword" error={errors.confirmPassword} type="password" label={t('profile.confirmPassword')} autoComplete="new-password" isRequired onChange={() => setMismatch(false)} />
      <div>
        <Button type="submit" isPending={change.isPending}>
          {t('profile.changePassword')}
        </Button>
      </div>
    </Form>
  );
}
