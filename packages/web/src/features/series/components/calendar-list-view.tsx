import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '@collegium/shared/contracts/session-series';
import { dayTitle, type Day } from '../calendar-grid';
import { CalendarEntryLink } from './calendar-entry';

/** The period's entries day by day, each day a heading with its entries as links; today marked. */
export function CalendarListView({
  entriesByDay,
  today,
  locale,
  time,
  showBody,
}: {
  entriesByDay: Map<Day, CalendarEntry[]>;
  today: Day;
  locale: string;
  time: (iso: string) => string;
  showBody: boolean;
}) {
  const { t } = useTranslation();
  const days = [...entriesByDay.keys()].sort();
  if (days.length === 0) return <p className="muted">{t('series.calendar.empty')}</p>;
  return (
    <div className="calendar-list">
      {days.map((day) => (
        <section key={day} aria-labelledby={`calendar-day-${day}`} className={day === today ? 'calendar-list__day calendar-list__day--today' : 'calendar-list__day'}>
          <h3 id={`calendar-day-${day}`} aria-current={day === today ? 'date' : undefined}>
            {dayTitle(locale, day)}
            {day === today && <span className="badge"> {t('series.calendar.today')}</span>}
          </h3>
          <ul className="calendar-list__entries">
            {entriesByDay.get(day)!.map((entry) => (
              <li key={`${entry.type}-${entry.sessionId ?? entry.seriesId}-${entry.startsAt}`}>
                <CalendarEntryLink entry={entry} time={time} showBody={showBody} />
                {entry.place && <span className="muted"> · {entry.place}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
