import { useEffect, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SupportedLocale } from '@collegium/shared/contracts/auth';
import { limits } from '@collegium/shared/limits';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useSignedInMe } from '../../../lib/auth';
import { useFieldErrors } from '../../../lib/error-text';
import { switchLocale } from '../../../lib/i18n';
import { isSupportedLocale, languages } from '../../../lib/i18n/languages';
import { useUpdateMe } from '../api/update-me';

export function ProfileDetails() {
  const { t, i18n } = useTranslation();
  const me = useSignedInMe();
  const update = useUpdateMe();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [locale, setLocale] = useState<SupportedLocale>(me.locale);
  const [saved, setSaved] = useState<string | null>(null);

  // The header's language picker saves to the account too; follow it.
  useEffect(() => setLocale(me.locale), [me.locale]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    update.mutate(
      { displayName: displayName.trim(), locale },
      {
        onSuccess: (saved) => {
          void switchLocale(saved.locale);
          setSaved(i18n.t('profile.saved', { lng: saved.locale }));
        },
      },
    );
  };
  const errors = useFieldErrors(update.error);

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <StatusMessage message={saved} />
      <SaveErrorAlert error={update.error} fieldErrors={errors} />
      <TextField name="displayName" error={errors.displayName} label={t('profile.displayName')} value={displayName} onChange={setDisplayName} maxLength={limits.nameMaxLength} isRequired autoComplete="name" />
      <TextField name="email" error={errors.email} type="email" label={t('profile.email')} value={me.email} description={t('profile.emailHint')} isReadOnly />
      <SelectField
        name="locale"
        label={t('profile.language')}
        value={locale}
        error={errors.locale}
        options={languages.map((l) => ({ value: l.code, label: l.autonym }))}
        onChange={(value) => isSupportedLocale(value) && setLocale(value)}
      />
      <div>
        <Button type="submit" isPending={update.isPending}>
          {t('common.save')}
        </Button>
      </div>
    </Form>
  );
}
