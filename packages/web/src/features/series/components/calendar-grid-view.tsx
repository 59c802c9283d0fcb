import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '@collegium/shared/contracts/session-series';
import { dayTitle, moveFocus, weekdayNames, type Day } from '../calendar-grid';
import { CalendarEntryLink } from './calendar-entry';

interface CalendarGridViewProps {
  /** the weeks shown, Monday first: a month's weeks or a single week */
  weeks: Day[][];
  /** the day the view is about (the keyboard focus starts there) */
  current: Day;
  /** days outside this month are dimmed (month view) */
  month: string | null;
  today: Day;
  entriesByDay: Map<Day, CalendarEntry[]>;
  locale: string;
  caption: string;
  time: (iso: string) => string;
  showBody: boolean;
  /** the keyboard moved to a day the view does not show: show the view of that day */
  onNavigate: (day: Day) => void;
  /** Enter on a day: open it (the week view of that day) */
  onOpenDay?: ((day: Day) => void) | undefined;
}

/**
 * The month or week as a table: a column per weekday, a cell per day holding its entries as links. One
 * day cell is a tab stop; the arrow keys move between days, Home and End to the week's ends, Page Up and
 * Page Down by a month — when the focus leaves the month (or week), the view follows.
 */
export function CalendarGridView(props: CalendarGridViewProps) {
  const { weeks, current, month, today, entriesByDay, locale, caption, time, showBody, onNavigate, onOpenDay } = props;
  const { t } = useTranslation();
  const names = weekdayNames(locale);
  const shown = weeks.flat();
  const [focused, setFocused] = useState<Day>(shown.includes(current) ? current : shown[0]!);
  const moved = useRef(false);
  const table = useRef<HTMLTableElement>(null);
  const active = shown.includes(focused) ? focused : shown.includes(current) ? current : shown[0]!;

  // After a key moved the focus, follow it once its day is shown (a new month may take a render).
  useEffect(() => {
    if (!moved.current || active !== focused) return;
    moved.current = false;
    table.current?.querySelector<HTMLElement>(`[data-day="${active}"]`)?.focus();
  }, [active, focused]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, day: Day) => {
    if (event.target !== event.currentTarget) return; // keys inside an entry link belong to the link
    if (event.key === 'Enter' && onOpenDay) {
      event.preventDefault();
      onOpenDay(day);
      return;
    }
    const next = moveFocus(day, event.key);
    if (!next) return;
    event.preventDefault();
    moved.current = true;
    setFocused(next);
    // Leaving the month (or the week) shows the month (or week) of the new day.
    if (month !== null ? !next.startsWith(month) : !shown.includes(next)) onNavigate(next);
  };

  return (
    <table ref={table} className={['calendar-grid', month ? 'calendar-grid--month' : 'calendar-grid--week'].join(' ')}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {names.map((name) => (
            <th key={name.long} scope="col" abbr={name.long}>
              {name.short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const entries = entriesByDay.get(day) ?? [];
              const outside = month !== null && !day.startsWith(month);
              return (
                <td
                  key={day}
                  data-day={day}
                  tabIndex={day === active ? 0 : -1}
                  aria-current={day === today ? 'date' : undefined}
                  className={['calendar-grid__day', outside && 'calendar-grid__day--outside', day === today && 'calendar-grid__day--today'].filter(Boolean).join(' ')}
                  onKeyDown={(event) => onKeyDown(event, day)}
                  onFocus={() => setFocused(day)}
                >
                  <span className="calendar-grid__number" aria-hidden="true">
                    {Number(day.slice(8))}
                  </span>
                  <span className="visually-hidden">
                    {dayTitle(locale, day)}
                    {day === today ? `, ${t('series.calendar.today')}` : ''}
                    {entries.length === 0 ? `, ${t('series.calendar.nothing')}` : ''}
                  </span>
                  {day === today && (
                    <span className="calendar-grid__today" aria-hidden="true">
                      {t('series.calendar.today')}
                    </span>
                  )}
                  {entries.length > 0 && (
                    <ul className="calendar-grid__entries">
                      {entries.map((entry) => (
                        <li key={`${entry.type}-${entry.sessionId ?? entry.seriesId}-${entry.startsAt}`}>
                          <CalendarEntryLink entry={entry} time={time} showBody={showBody} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
