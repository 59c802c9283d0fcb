import { useTranslation } from 'react-i18next';
import type { SessionStatus, SessionSummary } from '@collegium/shared/contracts/sessions';
import { intlLocale } from '../../lib/i18n/languages';
import { sessionName } from './session-name';

/** Names, times and statuses of sessions in the interface language; times in the session's own zone. */
export function useSessionFormat() {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const when = (iso: string | null, timeZone: string) =>
    iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(iso)) : t('sessions.notSet');
  return {
    name: (session: Pick<SessionSummary, 'kind' | 'number' | 'title'>, withTitle = false) =>
      sessionName((kind, ordinal) => t(`sessions.name.${kind}`, { ordinal }), i18n.language, session, { withTitle }),
    when,
    /** the start of a meeting or the deadline of a correspondence session */
    whenOf: (session: SessionSummary) => when(session.startsAt ?? session.deadlineAt, session.timeZone),
    status: (status: SessionStatus) => t(`sessions.status.${status}`),
  };
}

const tones: Record<SessionStatus, string> = {
  draft: 'badge--muted',
  convened: '',
  in_progress: 'badge--warn',
  closed: 'badge--ok',
  cancelled: 'badge--muted',
  postponed: 'badge--warn',
};

export const statusBadgeClass = (status: SessionStatus) => ['badge', tones[status]].filter(Boolean).join(' ');
