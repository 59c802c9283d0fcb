import { useTranslation } from 'react-i18next';
import { intlLocale } from './i18n/languages';

export function useFormat() {
  const { i18n, t } = useTranslation();
  const locale = intlLocale(i18n.language);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return {
    locale,
    dateTime: (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : t('common.never')),
    date: (iso: string | null) => (iso ? date.format(new Date(iso)) : t('common.never')),
  };
}
