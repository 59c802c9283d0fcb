import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../lib/i18n/languages';

/** A time of the meeting ("10:42") in the session's zone and the interface language. */
export function useTimeFormat(timeZone: string | undefined): (iso: string) => string {
  const { i18n } = useTranslation();
  const formatter = new Intl.DateTimeFormat(intlLocale(i18n.language), { timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
  return (iso) => formatter.format(new Date(iso));
}
