import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { AttendancePanel } from './attendance-panel';

/**
 * The attendance section of the session page: for the body's members from convening on (the expected
 * roster, then the live one, then the frozen record), and for everyone else who may read the session
 * once it is closed (the server answers only for public bodies then; the panel stays away otherwise).
 */
export function SessionAttendance({ session }: { session: SessionDetail }) {
  const shown = session.abilities.readClosed
    ? session.status === 'convened' || session.status === 'in_progress' || session.status === 'closed'
    : session.status === 'closed';
  return shown ? <AttendancePanel sessionId={session.id} timeZone={session.timeZone} sessionStatus={session.status} /> : null;
}
