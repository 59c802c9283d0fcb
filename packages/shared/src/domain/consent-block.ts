/**
 * Positions before the meeting and the consent block: which items the session adopts together, with a
 * single vote at the start. Pure; the server computes the block with it and the web app explains it.
 */
import { seatRoles, type BodyRole } from './roles.js';
import type { SessionStatusName } from './session-lifecycle.js';

export const positionKinds = ['agree', 'object', 'wish_to_speak', 'conflict_of_interest'] as const;
export type PositionKind = (typeof positionKinds)[number];

/** Who records positions: those with a seat in the body (not observers, guests or the secretary). */
export const positionHolderRoles: readonly BodyRole[] = seatRoles;

/** Items that can be adopted without debate: decisions and consent requests. */
export const consentBlockKinds: readonly string[] = ['decision', 'consent_request'];

/** Why a position may not be recorded (or the block changed) now; null when it may. */
export function refuseBeforeMeeting(status: SessionStatusName): string | null {
  switch (status) {
    case 'convened':
      return null;
    case 'draft':
      return 'The session has not been convened yet; positions are recorded once it is.';
    case 'postponed':
      return 'The session is postponed; positions are recorded again once it is convened with a new date.';
    case 'cancelled':
      return 'The session was cancelled.';
    case 'in_progress':
    case 'closed':
      return 'The session has started; positions can no longer be recorded or changed.';
  }
}

/** Why an item is not in the consent block. */
export const consentBlockReasons = [
  'kind',
  'withdrawn',
  'late',
  'excluded',
  'objection',
  'wish_to_speak',
  'conflict_of_interest',
] as const;
export type ConsentBlockReason = (typeof consentBlockReasons)[number];

export interface ConsentCandidate {
  kind: string;
  withdrawn: boolean;
  /** added late and not (yet) approved by the chair */
  lateUnapproved: boolean;
  /** taken out of the block by the chair or secretary */
  excluded: boolean;
  /** how many seats recorded each position */
  counts: Readonly<Record<PositionKind, number>>;
}

/**
 * Every reason that keeps an item out of the block; none: it is in. Silence is consent, as in
 * e-Cabinet practice: an item nobody objects to is in the block even if few members recorded a
 * position, and anyone may still ask at the meeting to take it out. A declared conflict of interest
 * takes the item out too, so that the conflicted member can be left out of its own vote.
 */
export function consentBlockReasonsFor(item: ConsentCandidate): ConsentBlockReason[] {
  const reasons: ConsentBlockReason[] = [];
  if (!consentBlockKinds.includes(item.kind)) reasons.push('kind');
  if (item.withdrawn) reasons.push('withdrawn');
  if (item.lateUnapproved) reasons.push('late');
  if (item.excluded) reasons.push('excluded');
  if (item.counts.object > 0) reasons.push('objection');
  if (item.counts.wish_to_speak > 0) reasons.push('wish_to_speak');
  if (item.counts.conflict_of_interest > 0) reasons.push('conflict_of_interest');
  return reasons;
}

export const emptyPositionCounts = (): Record<PositionKind, number> => ({
  agree: 0,
  object: 0,
  wish_to_speak: 0,
  conflict_of_interest: 0,
});
