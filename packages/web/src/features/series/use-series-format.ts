import { useTranslation } from 'react-i18next';
import type { Series } from '@collegium/shared/contracts/session-series';
import { intlLocale } from '../../lib/i18n/languages';
import { dayTitle, weekdayNames } from './calendar-grid';
import { parseRule, weekdayCodes, type WeekdayCode } from './rule-form';

const nthKeys = { '1': 'series.nth.1', '2': 'series.nth.2', '3': 'series.nth.3', '4': 'series.nth.4', '-1': 'series.nth.-1' } as const;
/** The weeks a monthly rule may name: the first to the fourth, and the last (-1). */
export const nthWeeks = [1, 2, 3, 4, -1] as const;

/** Series in words of the interface language: the rule ("Every week on Tuesday") and times in the series' zone. */
export function useSeriesFormat() {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const names = weekdayNames(locale);
  const dayName = (code: WeekdayCode) => names[weekdayCodes.indexOf(code)]!.long;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const nth = (week: number) => t(nthKeys[String(week) as keyof typeof nthKeys] ?? nthKeys['1']);

  const rule = (rrule: string): string => {
    const form = parseRule(rrule);
    if (!form) return rrule;
    const count = form.interval;
    let text: string;
    if (form.frequency === 'daily') text = t('series.describe.daily', { count });
    else if (form.frequency === 'weekly') {
      text = form.weekdays.length
        ? t('series.describe.weekly', { count, days: list.format(form.weekdays.map(dayName)) })
        : t('series.describe.weeklyPlain', { count });
    } else if (form.monthlyBy === 'weekday') {
      text = t('series.describe.monthlyWeekday', { count, nth: nth(form.monthlyWeek), day: dayName(form.monthlyWeekday) });
    } else text = t('series.describe.monthlyDay', { count, day: form.monthDay });
    if (form.ends === 'count') text += `; ${t('series.describe.count', { count: form.count })}`;
    if (form.ends === 'until' && form.until) text += `; ${t('series.describe.until', { day: dayTitle(locale, form.until) })}`;
    return text;
  };

  return {
    locale,
    rule,
    nth,
    /** "Every week on Tuesday, at 10:00 (Europe/Ljubljana), 90 minutes" */
    summary: (series: Series) =>
      t('series.describe.summary', { rule: rule(series.rrule), time: series.startTime, zone: series.timeZone, minutes: series.durationMinutes }),
    when: (iso: string, timeZone: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(iso)),
    day: (day: string) => dayTitle(locale, day),
  };
}
