import { useTranslation } from 'react-i18next';
import { intlLocale } from './i18n/languages';

const calendarDay = /^\d{4}-\d{2}-\d{2}$/;

export function useFormat() {
  const { i18n, t } = useTranslation();
  const locale = intlLocale(i18n.language);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  // A calendar day such as a membership's start date parses as UTC midnight: shown in local time it
  // would move to the previous day west of Greenwich.
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    locale,
    dateTime: (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : t('common.never')),
    date: (iso: string | null) =>
      iso ? (calendarDay.test(iso) ? day : date).format(new Date(iso)) : t('common.never'),
  };
}
