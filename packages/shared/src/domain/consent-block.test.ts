import { describe, expect, it } from 'vitest';
import { consentBlockReasonsFor, emptyPositionCounts, refuseBeforeMeeting, type ConsentCandidate } from './consent-block.js';

const candidate = (over: Partial<ConsentCandidate> = {}): ConsentCandidate => ({
  kind: 'decision',
  withdrawn: false,
  lateUnapproved: false,
  excluded: false,
  counts: emptyPositionCounts(),
  ...over,
});

describe('consent block', () => {
  it('takes decisions and consent requests nobody objected to, even when nobody recorded anything', () => {
    expect(consentBlockReasonsFor(candidate())).toEqual([]);
    expect(consentBlockReasonsFor(candidate({ kind: 'consent_request', counts: { ...emptyPositionCounts(), agree: 4 } }))).toEqual([]);
  });

  it('leaves out other kinds', () => {
    for (const kind of ['information', 'discussion', 'report', 'any_other_business']) {
      expect(consentBlockReasonsFor(candidate({ kind }))).toEqual(['kind']);
    }
  });

  it('names every reason an item is out', () => {
    const counts = { agree: 3, object: 1, wish_to_speak: 2, conflict_of_interest: 1 };
    expect(consentBlockReasonsFor(candidate({ withdrawn: true, lateUnapproved: true, excluded: true, counts }))).toEqual([
      'withdrawn',
      'late',
      'excluded',
      'objection',
      'wish_to_speak',
      'conflict_of_interest',
    ]);
  });

  it('takes positions only while the session is convened', () => {
    expect(refuseBeforeMeeting('convened')).toBeNull();
    for (const status of ['draft', 'postponed', 'cancelled', 'in_progress', 'closed'] as const) {
      expect(refuseBeforeMeeting(status)).toMatch(/\w/);
    }
    expect(refuseBeforeMeeting('in_progress')).toMatch(/has started/);
  });
});
