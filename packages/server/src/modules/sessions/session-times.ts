import type { SessionKind, SessionPatch } from '@collegium/shared/contracts/sessions';
import { invalidField } from '../../lib/app-error.js';

export interface SessionTimes {
  startsAt: Date | null;
  endsAt: Date | null;
  deadlineAt: Date | null;
}

/**
 * A meeting has a start (and maybe an end) and no deadline; a correspondence session has a deadline and
 * neither a start, an end nor a place. Refuses the first field that breaks this, naming it.
 */
export function checkSessionTimes(kind: SessionKind, times: SessionTimes, input: SessionPatch): void {
  if (kind === 'correspondence') {
    if (times.startsAt) throw invalidField('startsAt', 'A correspondence session has a deadline instead of a start time.');
    if (times.endsAt) throw invalidField('endsAt', 'A correspondence session has a deadline instead of an end time.');
    if (input.place) throw invalidField('place', 'A correspondence session is not held at a place.');
    return;
  }
  if (times.deadlineAt) throw invalidField('deadlineAt', 'Only a correspondence session has a deadline; a meeting has a start time.');
  if (times.endsAt && !times.startsAt) throw invalidField('endsAt', 'Give the start time before the end time.');
  if (times.endsAt && times.startsAt && times.endsAt.getTime() <= times.startsAt.getTime()) {
    throw invalidField('endsAt', 'The session must end after it starts.');
  }
}
