import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextField } from '../../../components/ui/text-field';
import { paths } from '../../../config/paths';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { useRequestPasswordReset } from '../api/request-password-reset';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const request = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    request.mutate(email, { onSuccess: () => setSentTo(email) });
  };
  const errors = useFieldErrors(request.error);

  return (
    <section className="stack">
      <PageHeading title={t('forgotPassword.title')}>{t('forgotPassword.title')}</PageHeading>
      {sentTo ? (
        <Alert tone="success">{t('forgotPassword.sent', { email: sentTo })}</Alert>
      ) : (
        <>
          <p>{t('forgotPassword.intro')}</p>
          {request.error && Object.keys(errors).length === 0 && <Alert tone="error">{errorText(request.error)}</Alert>}
          <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
            <TextField name="email" error={errors.email} type="email" label={t('signIn.email')} autoComplete="email" isRequired />
            <Button type="submit" isPending={request.isPending}>
              {t('forgotPassword.submit')}
            </Button>
          </Form>
        </>
      )}
      <p>
        <Link to={paths.signIn}>{t('signIn.backToSignIn')}</Link>
      </p>
    </section>
  );
}
