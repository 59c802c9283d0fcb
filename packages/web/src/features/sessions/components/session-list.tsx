import { Link } from 'react-router';
import type { SessionSummary } from '@collegium/shared/contracts/sessions';
import { links } from '../../../config/paths';
import { statusBadgeClass, useSessionFormat } from '../use-session-format';

/** Sessions as a list: name (a link), when and where, status. */
export function SessionList({ sessions, emptyText, showBody = false }: { sessions: readonly SessionSummary[]; emptyText: string; showBody?: boolean }) {
  const format = useSessionFormat();
  if (sessions.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="session-list">
      {sessions.map((session) => (
        <li key={session.id} className="session-list__item">
          <div>
            <Link to={links.session(session.id)}>{format.name(session, true)}</Link>
            {showBody && <span className="muted"> · {session.body.name}</span>}
          </div>
          <div className="muted">
            {format.whenOf(session)}
            {session.place ? ` · ${session.place}` : ''}
          </div>
          <span className={statusBadgeClass(session.status)}>{format.status(session.status)}</span>
        </li>
      ))}
    </ul>
  );
}
