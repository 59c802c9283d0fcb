import { describe, expect, it } from 'vitest';
import { refuseTransition, type TransitionFacts } from './session-lifecycle.js';

const now = new Date('2026-05-01T10:00:00Z');
const facts = (over: Partial<TransitionFacts>): TransitionFacts => ({
  status: 'draft',
  kind: 'regular',
  when: new Date('2026-05-08T10:00:00Z'),
  activeItems: 2,
  now,
  ...over,
});

describe('session life cycle', () => {
  it('allows the ordinary path and postponing', () => {
    expect(refuseTransition('convened', facts({}))).toBeNull();
    expect(refuseTransition('in_progress', facts({ status: 'convened' }))).toBeNull();
    expect(refuseTransition('closed', facts({ status: 'in_progress' }))).toBeNull();
    expect(refuseTransition('postponed', facts({ status: 'convened' }))).toBeNull();
    expect(refuseTransition('convened', facts({ status: 'postponed' }))).toBeNull();
    expect(refuseTransition('cancelled', facts({ status: 'postponed' }))).toBeNull();
  });

  it('says why a move is refused', () => {
    expect(refuseTransition('convened', facts({ activeItems: 0 }))).toMatch(/agenda item/);
    expect(refuseTransition('convened', facts({ when: new Date('2026-04-30T10:00:00Z') }))).toMatch(/past/);
    expect(refuseTransition('convened', facts({ kind: 'correspondence', when: null }))).toMatch(/deadline/);
    expect(refuseTransition('in_progress', facts({ status: 'cancelled' }))).toBe('A cancelled session cannot be started.');
    expect(refuseTransition('closed', facts({ status: 'convened' }))).toMatch(/never started/);
    expect(refuseTransition('cancelled', facts({ status: 'in_progress' }))).toMatch(/close it instead/);
    expect(refuseTransition('postponed', facts({ status: 'draft' }))).toMatch(/Only a convened/);
    expect(refuseTransition('cancelled', facts({ status: 'closed' }))).toMatch(/closed/);
  });
});
