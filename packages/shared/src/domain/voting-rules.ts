import {
  abstentionRules,
  pollMajorityRules,
  tieBreakRules,
  type AbstentionRule,
  type PollKind,
  type PollMajorityRule,
  type PollOptionRole,
  type TieBreakRule,
} from '../contracts/polls.js';

/** What a body's rules of procedure say about voting, with the defaults of a body that says nothing. */
export interface VotingRules {
  majorityRule: PollMajorityRule;
  abstentions: AbstentionRule;
  tieBreak: TieBreakRule;
  weighted: boolean;
  proxyVoting: boolean;
  substitutesMayVote: boolean;
}

const pick = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Reads the voting rules from a body's stored rules; 'two_thirds', saved before polls had their own rules, means two thirds of those present. */
export function votingRulesOf(stored: unknown): VotingRules {
  const rules = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const majority = rules.majorityRule === 'two_thirds' ? 'two_thirds_present' : rules.majorityRule;
  return {
    majorityRule: pick(pollMajorityRules, majority, 'simple'),
    abstentions: pick(abstentionRules, rules.abstentions, 'ignored'),
    tieBreak: pick(tieBreakRules, rules.tieBreak, 'rejected'),
    weighted: rules.weightedVotes === true,
    proxyVoting: rules.proxyVoting === true,
    substitutesMayVote: rules.substitutesMayVote === true,
  };
}

export interface TallyInput {
  kind: PollKind;
  options: readonly { id: string; role: PollOptionRole }[];
  /** one entry per seat that voted, with its weight (1 unless the body weighs votes) */
  votes: readonly { optionId: string; weight: number }[];
  majorityRule: PollMajorityRule;
  abstentions: AbstentionRule;
  tieBreak: TieBreakRule;
  base: {
    /** weight of all voting seats, without members who declared a conflict of interest */
    members: number;
    /** weight of the electors: the seats that could vote when the poll opened */
    present: number;
  };
  /** the chair's own choice, which decides a tie under 'chair_decides' */
  chairOptionId?: string | null;
}

export interface TallyResult {
  counts: { optionId: string; votes: number; voters: number }[];
  cast: number;
  counted: number;
  base: number;
  needed: number;
  passed: boolean;
  winnerOptionId: string | null;
  tie: boolean;
  decidedByChair: boolean;
}

/** More than half of `base`. */
const moreThanHalf = (base: number) => Math.floor(base / 2) + 1;
/** At least two thirds of `base`. */
const twoThirds = (base: number) => Math.ceil((2 * base) / 3);

function measure(rule: PollMajorityRule, counted: number, base: TallyInput['base']): { base: number; needed: number } {
  switch (rule) {
    case 'simple':
      return { base: counted, needed: moreThanHalf(counted) };
    case 'absolute':
      return { base: base.members, needed: moreThanHalf(base.members) };
    case 'two_thirds_present':
      return { base: base.present, needed: twoThirds(base.present) };
    case 'two_thirds_members':
      return { base: base.members, needed: twoThirds(base.members) };
    case 'consensus':
      return { base: counted, needed: counted };
  }
}

/**
 * Counts a poll and applies its majority rule.
 *
 * - Votes cast are weighed (weight 1 each unless the body weighs votes); `cast` includes abstentions.
 * - `counted` are the votes the rule measures: abstentions are left out when they are 'ignored' and
 *   count as votes cast (so weigh like a vote against) when 'counted'.
 * - simple: more than half of the votes counted; absolute: more than half of all members' votes;
 *   two_thirds_present: at least two thirds of the electors; two_thirds_members: at least two thirds of
 *   all members; consensus: no vote against (abstentions never break it) and at least one for.
 * - Members with a conflict of interest are not in any base.
 * - A yes/no poll ties when "for" and "against" are equal (and non-zero) and only that stops a simple
 *   majority; a choice poll ties when two or more options share the most votes. A tie is lost under
 *   'rejected'; under 'chair_decides' the chair's own choice adds a casting vote and decides.
 * - A choice poll is won by the option with the most votes when that reaches the rule's threshold.
 */
export function tallyPoll(input: TallyInput): TallyResult {
  const counts = input.options.map((option) => {
    const votes = input.votes.filter((vote) => vote.optionId === option.id);
    return { optionId: option.id, votes: votes.reduce((sum, vote) => sum + vote.weight, 0), voters: votes.length };
  });
  const weightOf = (role: PollOptionRole) =>
    counts.filter((_, index) => input.options[index]!.role === role).reduce((sum, count) => sum + count.votes, 0);
  const cast = counts.reduce((sum, count) => sum + count.votes, 0);
  const chair = input.tieBreak === 'chair_decides' ? (input.chairOptionId ?? null) : null;
  const none = { counts, cast, tie: false, decidedByChair: false, winnerOptionId: null };

  if (input.kind === 'yes_no') {
    const forVotes = weightOf('for');
    const against = weightOf('against');
    const abstain = weightOf('abstain');
    const counted = input.abstentions === 'counted' ? forVotes + against + abstain : forVotes + against;
    const forId = input.options.find((option) => option.role === 'for')?.id ?? null;
    if (input.majorityRule === 'consensus') {
      const passed = forVotes > 0 && against === 0;
      return { ...none, counted, base: forVotes + against, needed: forVotes + against, passed, winnerOptionId: passed ? forId : null };
    }
    const { base, needed } = measure(input.majorityRule, counted, input.base);
    const tie = input.majorityRule === 'simple' && forVotes > 0 && forVotes === against && (input.abstentions === 'ignored' || abstain === 0);
    if (tie && chair) {
      const passed = chair === forId;
      return { ...none, counted, base, needed, passed, tie, decidedByChair: true, winnerOptionId: passed ? forId : null };
    }
    const passed = base > 0 && forVotes >= needed;
    return { ...none, counted, base, needed, passed, tie, winnerOptionId: passed ? forId : null };
  }

  const counted = cast;
  const { base, needed } = measure(input.majorityRule, counted, input.base);
  const top = Math.max(0, ...counts.map((count) => count.votes));
  const leaders = top > 0 ? counts.filter((count) => count.votes === top) : [];
  const tie = leaders.length > 1;
  if (tie && chair && leaders.some((leader) => leader.optionId === chair)) {
    const passed = top + 1 >= needed;
    return { ...none, counted, base, needed, passed, tie, decidedByChair: true, winnerOptionId: passed ? chair : null };
  }
  const passed = !tie && leaders.length === 1 && base > 0 && top >= needed;
  return { ...none, counted, base, needed, passed, tie, winnerOptionId: passed ? leaders[0]!.optionId : null };
}
