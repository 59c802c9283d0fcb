import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextField } from '../../../components/ui/text-field';
import { paths } from '../../../config/paths';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { useProviders } from '../api/get-providers';
import { useLogin } from '../api/login';
import { useVerifyTotp } from '../api/verify-totp';
import { oidcSignInErrors, type OidcSignInError } from '@collegium/shared/contracts/oidc';


function formValue(event: FormEvent<HTMLFormElement>, name: string): string {
  const value = new FormData(event.currentTarget).get(name);
  return typeof value === 'string' ? value : '';
}

/** Signing in happens here; RedirectIfSignedIn takes the person onwards once the session is complete. */
export function SignInPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const providers = useProviders();
  const login = useLogin();
  const verifyTotp = useVerifyTotp();
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const loginErrors = useFieldErrors(login.error);
  const totpErrors = useFieldErrors(verifyTotp.error);

  const oidcError = params.get('error');
  const oidcMessage = oidcError
    ? (oidcSignInErrors as readonly string[]).includes(oidcError)
      ? t(`signIn.errors.${oidcError as OidcSignInError}`)
      : t('signIn.errors.unknown')
    : null;

  if (step === 'totp') {
    const onSubmit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      verifyTotp.mutate(formValue(event, 'code').replace(/\s+/g, ''));
    };
    const errors = totpErrors;
    return (
      <section className="stack">
        <PageHeading title={t('signIn.totpTitle')}>{t('signIn.totpTitle')}</PageHeading>
        <p>{t('signIn.totpIntro')}</p>
        {verifyTotp.error && !errors.code && <Alert tone="error">{errorText(verifyTotp.error)}</Alert>}
        <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
          <TextField
            name="code" error={errors.code}
            label={t('signIn.totpCode')}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={7}
            isRequired
            autoFocus
          />
          <Button type="submit" isPending={verifyTotp.isPending}>
            {t('signIn.totpSubmit')}
          </Button>
        </Form>
        <Button variant="quiet" onPress={() => setStep('password')}>
          {t('signIn.backToSignIn')}
        </Button>
      </section>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate(
      { email: formValue(event, 'email').trim(), password: formValue(event, 'password') },
      { onSuccess: (result) => result.status === 'totp_required' && setStep('totp') },
    );
  };
  const errors = loginErrors;
  const oidc = providers.data?.oidc ?? null;
  const passwordAllowed = providers.data?.password ?? true;

  return (
    <section className="stack">
      <PageHeading title={t('signIn.title')}>{t('signIn.title')}</PageHeading>
      {oidcMessage && <Alert tone="error">{oidcMessage}</Alert>}
      {passwordAllowed && (
        <>
          <p>{t('signIn.intro')}</p>
          {login.error && Object.keys(errors).length === 0 && <Alert tone="error">{errorText(login.error)}</Alert>}
          <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
            <TextField name="email" error={errors.email} type="email" label={t('signIn.email')} autoComplete="username" isRequired />
            <TextField name="password" error={errors.password} type="password" label={t('signIn.password')} autoComplete="current-password" isRequired />
            <Button type="submit" isPending={login.isPending}>
              {login.isPending ? t('signIn.submitting') : t('signIn.submit')}
            </Button>
          </Form>
          <p>
            <Link to={paths.forgotPassword}>{t('signIn.forgotPassword')}</Link>
          </p>
        </>
      )}
      {oidc && (
        <>
          {passwordAllowed && <p className="divider">{t('signIn.orUse')}</p>}
          <a className="button button--secondary button--block" href={oidc.startUrl}>
            {t('signIn.sso', { provider: oidc.label })}
          </a>
        </>
      )}
    </section>
  );
}
