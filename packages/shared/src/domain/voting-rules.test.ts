import { describe, expect, it } from 'vitest';
import { tallyPoll, votingRulesOf, type TallyInput } from './voting-rules.js';

const yesNo = [
  { id: 'for', role: 'for' as const },
  { id: 'against', role: 'against' as const },
  { id: 'abstain', role: 'abstain' as const },
];
const votes = (spec: Record<string, number>, weight = 1) =>
  Object.entries(spec).flatMap(([optionId, n]) => Array.from({ length: n }, () => ({ optionId, weight })));
const tally = (over: Partial<TallyInput> & { votes: TallyInput['votes'] }) =>
  tallyPoll({ kind: 'yes_no', options: yesNo, majorityRule: 'simple', abstentions: 'ignored', tieBreak: 'rejected', base: { members: 9, present: 7 }, ...over });

describe('tallyPoll', () => {
  it('simple majority of votes cast: abstentions ignored, or counted as cast', () => {
    expect(tally({ votes: votes({ for: 3, against: 2, abstain: 2 }) })).toMatchObject({ cast: 7, counted: 5, base: 5, needed: 3, passed: true, winnerOptionId: 'for' });
    expect(tally({ votes: votes({ for: 3, against: 2, abstain: 2 }), abstentions: 'counted' })).toMatchObject({ counted: 7, needed: 4, passed: false, winnerOptionId: null });
  });

  it('absolute majority and two thirds are measured against members or those present', () => {
    expect(tally({ votes: votes({ for: 5 }), majorityRule: 'absolute' })).toMatchObject({ base: 9, needed: 5, passed: true });
    expect(tally({ votes: votes({ for: 4 }), majorityRule: 'absolute' })).toMatchObject({ passed: false });
    expect(tally({ votes: votes({ for: 5, against: 2 }), majorityRule: 'two_thirds_present' })).toMatchObject({ base: 7, needed: 5, passed: true });
    expect(tally({ votes: votes({ for: 5, against: 2 }), majorityRule: 'two_thirds_members' })).toMatchObject({ base: 9, needed: 6, passed: false });
    expect(tally({ votes: votes({ for: 6 }), majorityRule: 'two_thirds_members' })).toMatchObject({ passed: true });
  });

  it('consensus: no vote against, abstentions allowed', () => {
    expect(tally({ votes: votes({ for: 4, abstain: 3 }), majorityRule: 'consensus' })).toMatchObject({ passed: true });
    expect(tally({ votes: votes({ for: 6, against: 1 }), majorityRule: 'consensus' })).toMatchObject({ passed: false });
    expect(tally({ votes: [], majorityRule: 'consensus' })).toMatchObject({ passed: false });
  });

  it('a tie is lost, unless the chair decides it', () => {
    expect(tally({ votes: votes({ for: 3, against: 3, abstain: 1 }) })).toMatchObject({ tie: true, passed: false, decidedByChair: false });
    expect(tally({ votes: votes({ for: 3, against: 3 }), tieBreak: 'chair_decides', chairOptionId: 'for' })).toMatchObject({ tie: true, passed: true, decidedByChair: true, winnerOptionId: 'for' });
    expect(tally({ votes: votes({ for: 3, against: 3 }), tieBreak: 'chair_decides', chairOptionId: 'against' })).toMatchObject({ passed: false, decidedByChair: true });
    expect(tally({ votes: votes({ for: 3, against: 3 }), tieBreak: 'chair_decides', chairOptionId: null })).toMatchObject({ passed: false, decidedByChair: false });
  });

  it('weighs votes where the body does, counting heads separately', () => {
    const weighted = [...votes({ for: 1 }, 5), ...votes({ against: 3 }, 1)];
    const result = tally({ votes: weighted, base: { members: 8, present: 8 } });
    expect(result).toMatchObject({ cast: 8, passed: true });
    expect(result.counts.find((count) => count.optionId === 'for')).toEqual({ optionId: 'for', votes: 5, voters: 1 });
  });

  it('a choice poll is won by the option with most votes that reaches the threshold', () => {
    const options = [{ id: 'a', role: 'choice' as const }, { id: 'b', role: 'choice' as const }, { id: 'c', role: 'choice' as const }];
    const choice = (spec: Record<string, number>, over: Partial<TallyInput> = {}) => tally({ kind: 'choice', options, votes: votes(spec), ...over });
    expect(choice({ a: 4, b: 2, c: 1 })).toMatchObject({ passed: true, winnerOptionId: 'a', needed: 4 });
    expect(choice({ a: 3, b: 2, c: 2 })).toMatchObject({ passed: false, winnerOptionId: null });
    expect(choice({ a: 3, b: 3 })).toMatchObject({ tie: true, passed: false });
    expect(choice({ a: 3, b: 3 }, { tieBreak: 'chair_decides', chairOptionId: 'b' })).toMatchObject({ passed: true, winnerOptionId: 'b', decidedByChair: true });
    expect(choice({})).toMatchObject({ passed: false, cast: 0 });
  });
});

describe('votingRulesOf', () => {
  it('defaults, and reads the old two-thirds rule as two thirds of those present', () => {
    expect(votingRulesOf(null)).toEqual({ majorityRule: 'simple', abstentions: 'ignored', tieBreak: 'rejected', weighted: false, proxyVoting: false, substitutesMayVote: false });
    expect(votingRulesOf({ majorityRule: 'two_thirds', weightedVotes: true })).toMatchObject({ majorityRule: 'two_thirds_present', weighted: true });
  });
});
