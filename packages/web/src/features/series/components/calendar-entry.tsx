import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '@collegium/shared/contracts/session-series';
import type { SessionKind, SessionStatus } from '@collegium/shared/contracts/sessions';
import { links } from '../../../config/paths';
import { useSessionFormat } from '../../sessions/use-session-format';

/** What an entry is called: the session's name, or the series' title for a planned meeting. */
export function useEntryText() {
  const { t } = useTranslation();
  const format = useSessionFormat();
  return {
    name: (entry: CalendarEntry) =>
      entry.type === 'session'
        ? format.name({ kind: entry.kind as SessionKind, number: entry.number ?? 0, title: entry.title }, true)
        : (entry.title ?? t('series.calendar.plannedName')),
    status: (entry: CalendarEntry) =>
      entry.type === 'session' ? format.status(entry.status as SessionStatus) : t(`series.status.${entry.status as 'planned' | 'moved' | 'cancelled'}`),
  };
}

/** Where an entry leads: its session page, or for a planned meeting the body whose series plans it. */
export const entryLink = (entry: CalendarEntry) => (entry.sessionId ? links.session(entry.sessionId) : links.body(entry.body.id));

/**
 * One entry as a link: time, name, and a mark when it is only planned (not yet a session), cancelled or a
 * deadline. `time` formats the start in the zone the calendar shows.
 */
export function CalendarEntryLink({ entry, time, showBody }: { entry: CalendarEntry; time: (iso: string) => string; showBody: boolean }) {
  const { t } = useTranslation();
  const text = useEntryText();
  const planned = entry.type === 'occurrence';
  const muted = entry.status === 'cancelled' || entry.status === 'draft';
  return (
    <Link
      to={entryLink(entry)}
      className={['calendar-entry', planned && 'calendar-entry--planned', muted && 'calendar-entry--muted'].filter(Boolean).join(' ')}
    >
      <span className="calendar-entry__time">
        {entry.isDeadline ? t('series.calendar.deadline', { time: time(entry.startsAt) }) : time(entry.startsAt)}
      </span>{' '}
      <span className="calendar-entry__name">{text.name(entry)}</span>
      {showBody && <span className="calendar-entry__body"> · {entry.body.name}</span>}
      {(planned || entry.status !== 'convened') && <span className="calendar-entry__status"> ({planned ? `${text.status(entry)}, ${t('series.calendar.notYetSession')}` : text.status(entry)})</span>}
    </Link>
  );
}
