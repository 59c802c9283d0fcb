import { useTranslation } from 'react-i18next';
import { useChangeLocale } from '../../lib/locale';
import { currentLocale } from '../../lib/i18n';
import { isSupportedLocale, languages } from '../../lib/i18n/languages';
import { SelectField } from '../ui/select-field';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const changeLocale = useChangeLocale();
  return (
    <SelectField
      className="language-switcher"
      label={t('layout.language')}
      hideLabel
      value={i18n.language && isSupportedLocale(i18n.language) ? i18n.language : currentLocale()}
      options={languages.map((l) => ({ value: l.code, label: l.autonym }))}
      onChange={(value) => {
        if (isSupportedLocale(value)) changeLocale(value);
      }}
    />
  );
}
