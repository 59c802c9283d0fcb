import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { limits } from '@collegium/shared/limits';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextField } from '../../../components/ui/text-field';
import { paths } from '../../../config/paths';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';

/** Reached from the link in the password-reset e-mail: /reset-password?token=… */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const token = params.get('token');
  const confirm = useConfirmPasswordReset();
  const [mismatch, setMismatch] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get('password') ?? '');
    const repeated = String(data.get('confirmPassword') ?? '');
    setMismatch(password !== repeated);
    if (password !== repeated || !token) return;
    confirm.mutate({ token, password });
  };
  const serverErrors = useFieldErrors(confirm.error);
  const errors = useMemo(
    () => (mismatch ? { ...serverErrors, confirmPassword: t('common.passwordsDiffer') } : serverErrors),
    [mismatch, serverErrors, t],
  );
  const tokenProblem = confirm.error && (serverErrors.token || !serverErrors.password);

  return (
    <section className="stack">
      <PageHeading title={t('resetPassword.title')}>{t('resetPassword.title')}</PageHeading>
      {!token ? (
        <>
          <Alert tone="error">{t('resetPassword.missingToken')}</Alert>
          <p>
            <Link to={paths.forgotPassword}>{t('resetPassword.requestNew')}</Link>
          </p>
        </>
      ) : confirm.isSuccess ? (
        <>
          <Alert tone="success">{t('resetPassword.done')}</Alert>
          <p>
            <Link to={paths.signIn} className="button button--primary">
              {t('signIn.submit')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('resetPassword.intro')}</p>
          {tokenProblem && (
            <Alert tone="error">
              <p>{errorText(confirm.error)}</p>
              <p>
                <Link to={paths.forgotPassword}>{t('resetPassword.requestNew')}</Link>
              </p>
            </Alert>
          )}
          <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
            <TextField
              name="password" error={errors.password}
              type="password"
              label={t('resetPassword.newPassword')}
              description={t('common.passwordHint', { min: limits.passwordMinLength })}
              autoComplete="new-password"
              minLength={limits.passwordMinLength}
              isRequired
            />
            <TextField
              name="confirmPassword" error={errors.confirmPassword}
              type="password"
              label={t('resetPassword.confirmPassword')}
              autoComplete="new-password"
              isRequired
              onChange={() => setMismatch(false)}
            />
            <Button type="submit" isPending={confirm.isPending}>
              {t('resetPassword.submit')}
            </Button>
          </Form>
        </>
      )}
    </section>
  );
}
