import type { quorumRules } from '../contracts/directory.js';

export type QuorumRule = (typeof quorumRules)[number];

/** The rule a body without one follows. */
export const defaultQuorumRule: QuorumRule = 'majority_of_members';

/** One member's seat in the body on the session's date. */
export interface QuorumSeat {
  readonly personId: string;
  readonly votingRight: boolean;
  /** the member is in the room now (present or arrived late, not left) */
  readonly present: boolean;
  /** the substitute in the room now in this member's place, if any */
  readonly substitutePresentId?: string | null;
}

export interface QuorumOptions {
  readonly rule: QuorumRule | undefined;
  /** substitutes in the room count for their absent members (the body's `substitutesMayVote`) */
  readonly substitutesCount: boolean;
  /** people out of this base — a conflict of interest declared on an agenda item */
  readonly excludePersonIds?: Iterable<string>;
}

export interface Quorum {
  readonly rule: QuorumRule;
  /** how many seats the rule counts */
  readonly base: number;
  /** how many of them must be filled */
  readonly needed: number;
  /** seats filled now: members present, and substitutes for absent members when they count */
  readonly present: number;
  readonly met: boolean;
}

/** How many of `base` seats the rule needs: more than half, or a third rounded up; at least one. */
export function quorumNeeded(rule: QuorumRule, base: number): number {
  switch (rule) {
    case 'none':
      return 0;
    case 'majority_of_members':
    case 'majority_of_voting_members':
      return Math.floor(base / 2) + 1;
    case 'one_third_of_members':
      return Math.max(1, Math.ceil(base / 3));
  }
}

/**
 * The quorum of a sitting. The base is every member's seat (the voting ones for
 * majority_of_voting_members) minus the excluded people; a seat is filled by its member in the room, or —
 * when substitutes count — by the substitute sitting for the member. An excluded substitute fills nothing.
 */
export function computeQuorum(seats: readonly QuorumSeat[], options: QuorumOptions): Quorum {
  const rule = options.rule ?? defaultQuorumRule;
  const excluded = new Set(options.excludePersonIds ?? []);
  const counted = seats.filter(
    (seat) => !excluded.has(seat.personId) && (rule !== 'majority_of_voting_members' || seat.votingRight),
  );
  const filled = counted.filter(
    (seat) =>
      seat.present ||
      (options.substitutesCount && !!seat.substitutePresentId && !excluded.has(seat.substitutePresentId)),
  ).length;
  const needed = quorumNeeded(rule, counted.length);
  return { rule, base: counted.length, needed, present: filled, met: filled >= needed };
}
