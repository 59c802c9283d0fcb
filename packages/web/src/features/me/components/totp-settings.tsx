import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TotpSetup } from '@collegium/shared/contracts/auth';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { useSignedInMe } from '../../../lib/auth';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { useDisableTotp } from '../api/disable-totp';
import { useEnableTotp } from '../api/enable-totp';
import { useSetUpTotp } from '../api/set-up-totp';

/** The server's SVG shown as an image: an <img> never runs what an SVG might contain. */
function qrImageSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function EnableTotp({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const setUp = useSetUpTotp();
  const enable = useEnableTotp();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const errors = useFieldErrors(enable.error);

  if (!setup) {
    return (
      <div className="stack">
        <p>{t('totp.offText')}</p>
        {setUp.error && <Alert tone="error">{errorText(setUp.error)}</Alert>}
        <div>
          <Button onPress={() => setUp.mutate(undefined, { onSuccess: setSetup })} isPending={setUp.isPending}>
            {t('totp.start')}
          </Button>
        </div>
      </div>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s+/g, '');
    enable.mutate(code, {
      onSuccess: () => {
        setSetup(null);
        onDone();
      },
    });
  };
  return (
    <div className="stack">
      <p>{t('totp.scan')}</p>
      <img className="qr" src={qrImageSource(setup.qrSvg)} alt={t('totp.qrAlt')} width={200} height={200} />
      <p>
        {t('totp.manual')} <code className="secret">{setup.secret}</code>
      </p>
      {enable.error && !errors.code && <Alert tone="error">{errorText(enable.error)}</Alert>}
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <TextField name="code" error={errors.code} label={t('totp.code')} inputMode="numeric" autoComplete="one-time-code" maxLength={7} isRequired autoFocus />
        <Button type="submit" isPending={enable.isPending}>
          {t('totp.confirm')}
        </Button>
      </Form>
    </div>
  );
}

function DisableTotp({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const disable = useDisableTotp();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    disable.mutate(String(new FormData(form).get('password') ?? ''), {
      onSuccess: () => {
        form.reset();
        onDone();
      },
    });
  };
  const errors = useFieldErrors(disable.error);
  return (
    <div className="stack">
      <p>{t('totp.onText')}</p>
      <h3>{t('totp.disableTitle')}</h3>
      <p>{t('totp.disableText')}</p>
      {disable.error && !errors.password && <Alert tone="error">{errorText(disable.error)}</Alert>}
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <TextField name="password" error={errors.password} type="password" label={t('totp.password')} autoComplete="current-password" isRequired />
        <Button type="submit" variant="danger" isPending={disable.isPending}>
          {t('totp.disable')}
        </Button>
      </Form>
    </div>
  );
}

/** Turning two-factor sign-in on (QR code and confirmation code) or off (password). */
export function TotpSettings() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="stack">
      <StatusMessage message={message} />
      {me.totpEnabled ? (
        <DisableTotp onDone={() => setMessage(t('totp.disabled'))} />
      ) : (
        <EnableTotp onDone={() => setMessage(t('totp.enabled'))} />
      )}
    </div>
  );
}
