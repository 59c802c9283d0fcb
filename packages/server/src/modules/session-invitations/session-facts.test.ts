import { describe, expect, it } from 'vitest';
import { changeLines } from './invitation-mail.js';
import { mailTexts } from './mail-texts.js';
import { diffFacts, type FactItem, type MailedFacts } from './session-facts.js';

const item = (id: string, number: string, title: string, over: Partial<FactItem> = {}): FactItem => ({
  id,
  parentId: null,
  number,
  title,
  isPublic: true,
  withdrawn: false,
  ...over,
});

const facts = (over: Partial<MailedFacts> = {}): MailedFacts => ({
  status: 'convened',
  startsAt: '2027-03-02T09:00:00.000Z',
  endsAt: null,
  deadlineAt: null,
  place: 'Hall 1',
  onlineUrl: null,
  items: [item('a', '1', 'Opening'), item('b', '2', 'Budget'), item('c', '3', 'Roads')],
  ...over,
});

describe('what an update mail names', () => {
  it('names nothing when nothing a mail shows has changed', () => {
    expect(diffFacts(facts(), facts())).toEqual([]);
  });

  it('names a moved item once, not the items it shifted', () => {
    const after = facts({ items: [item('c', '1', 'Roads'), item('a', '2', 'Opening'), item('b', '3', 'Budget')] });
    expect(diffFacts(facts(), after)).toEqual([{ kind: 'moved', title: 'Roads', from: '3', to: '1', isPublic: true }]);
  });

  it('names time, place, added and withdrawn items; an item added and withdrawn in one window not at all', () => {
    const after = facts({
      startsAt: '2027-03-03T08:00:00.000Z',
      place: 'Hall 2',
      items: [
        item('a', '1', 'Opening'),
        item('b', '2', 'Budget', { withdrawn: true }),
        item('c', '3', 'Roads'),
        item('d', '4', 'Water', { isPublic: false }),
        item('e', '5', 'Gone again', { withdrawn: true }),
      ],
    });
    expect(diffFacts(facts(), after)).toEqual([
      { kind: 'time', from: '2027-03-02T09:00:00.000Z', to: '2027-03-03T08:00:00.000Z' },
      { kind: 'place', from: 'Hall 1', to: 'Hall 2' },
      { kind: 'withdrawn', number: '2', title: 'Budget', isPublic: true },
      { kind: 'added', number: '4', title: 'Water', isPublic: false },
    ]);
  });

  it('writes the lines in the reader’s language and zone, closed items only for those who may read them', () => {
    const changes = diffFacts(facts(), facts({ startsAt: '2027-03-03T08:00:00.000Z', items: [...facts().items, item('d', '4', 'Water', { isPublic: false })] }));
    expect(changeLines(mailTexts('en'), 'Europe/Ljubljana', changes, true)).toEqual(['Time: Tue 2 Mar, 10:00 → Wed 3 Mar, 09:00', 'Item 4 “Water” added']);
    expect(changeLines(mailTexts('sl'), 'Europe/Ljubljana', changes, false)).toEqual([expect.stringMatching(/^Čas: .+ → .+/)]);
  });
});
