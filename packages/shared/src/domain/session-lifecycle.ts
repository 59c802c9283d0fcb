/** Sessions: kinds, statuses and the rules of moving between statuses. Pure; the server enforces them. */

export const sessionKinds = ['regular', 'extraordinary', 'correspondence'] as const;
export type SessionKindName = (typeof sessionKinds)[number];

export const sessionStatuses = ['draft', 'convened', 'in_progress', 'closed', 'cancelled', 'postponed'] as const;
export type SessionStatusName = (typeof sessionStatuses)[number];

export const agendaItemKinds = [
  'information',
  'decision',
  'discussion',
  'report',
  'consent_request',
  'any_other_business',
] as const;

export type TransitionTarget = 'convened' | 'in_progress' | 'closed' | 'cancelled' | 'postponed';

export interface TransitionFacts {
  status: SessionStatusName;
  kind: SessionKindName;
  /** when the meeting starts, or a correspondence session's deadline */
  when: Date | null;
  /** agenda items that are not withdrawn */
  activeItems: number;
  now: Date;
}

/** Why the transition may not happen, in words for a person; null when it may. */
export function refuseTransition(to: TransitionTarget, facts: TransitionFacts): string | null {
  const { status } = facts;
  if (status === to) return `The session is already ${statusWords[status]}.`;
  if (status === 'closed') return 'The session is closed; nothing about its status can change any more.';
  if (status === 'cancelled') {
    return to === 'in_progress'
      ? 'A cancelled session cannot be started.'
      : 'The session was cancelled; create a new session instead.';
  }
  switch (to) {
    case 'convened': {
      if (status !== 'draft' && status !== 'postponed') return `Only a draft or postponed session can be convened; this one is ${statusWords[status]}.`;
      const field = facts.kind === 'correspondence' ? 'deadline' : 'start time';
      if (!facts.when) return `Set the session’s ${field} before convening it.`;
      if (facts.when.getTime() <= facts.now.getTime()) return `The session’s ${field} is in the past; a session in the past cannot be convened.`;
      if (facts.activeItems === 0) return 'Add at least one agenda item before convening the session.';
      return null;
    }
    case 'in_progress':
      if (status === 'draft') return 'The session has not been convened yet; convene it before starting it.';
      if (status === 'postponed') return 'The session was postponed; convene it again with its new date before starting it.';
      return status === 'convened' ? null : `The session is ${statusWords[status]} and cannot be started.`;
    case 'closed':
      if (status !== 'in_progress') return 'The session never started, so it cannot be closed; cancel it instead.';
      return null;
    case 'cancelled':
      if (status === 'in_progress') return 'The session is in progress; close it instead of cancelling it.';
      return null;
    case 'postponed':
      if (status !== 'convened') return 'Only a convened session can be postponed; change the date of a draft instead.';
      return null;
  }
}

const statusWords: Record<SessionStatusName, string> = {
  draft: 'a draft',
  convened: 'convened',
  in_progress: 'in progress',
  closed: 'closed',
  cancelled: 'cancelled',
  postponed: 'postponed',
};

/** Whether the session's own fields (date, place, notes) may still be changed. */
export const isEditable = (status: SessionStatusName): boolean => status !== 'closed' && status !== 'cancelled';

/** Whether its agenda may still be changed (after the start, the meeting records what happens). */
export const isAgendaEditable = (status: SessionStatusName): boolean =>
  status === 'draft' || status === 'convened' || status === 'postponed';

/** After convening, agenda changes are tracked and removed items stay on the agenda as withdrawn. */
export const tracksAgendaChanges = (status: SessionStatusName): boolean => status !== 'draft';
