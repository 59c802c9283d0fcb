import { describe, expect, it } from 'vitest';
import type { Minutes, MinutesConflict } from '@collegium/shared/contracts/minutes';
import { applyMerge, chooseSide, editMerged, editPart, followServer, hasNewerVersion, loadDraft, mergeResolved, saveInput, startMerge } from './draft-state';

const itemA = '00000000-0000-4000-8000-00000000000a';
const itemB = '00000000-0000-4000-8000-00000000000b';

function minutes(version: number, discussions: Record<string, string>, opening = ''): Minutes {
  const item = (id: string) => ({
    agendaItemId: id, number: id === itemA ? '1' : '2', title: id, kind: 'decision', isPublic: true, rapporteur: null,
    outcome: null, resolutionText: null, polls: [], decisions: [], discussion: discussions[id] ?? '',
  });
  return {
    id: '00000000-0000-4000-8000-000000000001', sessionId: '00000000-0000-4000-8000-000000000002', status: 'draft', version,
    approvedVersion: null, approval: null, approvalItem: null, versions: [], etag: `W/"${version}"`, canEdit: true, canComment: true,
    content: {
      attendance: { present: [], excused: [], absent: [], substitutes: [], guests: [] },
      agenda: { adoptedAt: null, amendments: [] },
      items: [item(itemA), item(itemB)],
      opening,
      closing: '',
    },
  };
}

describe('the minutes draft in the editor', () => {
  it('sends only the parts the person changed, on the version they started from, with the note', () => {
    let state = loadDraft(minutes(3, { [itemA]: '<p>a</p>' }));
    state = editPart(state, itemB, '<p>b</p>');
    state = editPart(state, 'opening', '<p>Opened at 10:00.</p>');
    expect(saveInput(state, '  first summary ')).toEqual({
      baseVersion: 3,
      opening: '<p>Opened at 10:00.</p>',
      discussions: { [itemB]: '<p>b</p>' },
      note: 'first summary',
    });
  });

  it('moves to a newer server copy only while nothing is unsaved', () => {
    const clean = loadDraft(minutes(1, {}));
    expect(followServer(clean, minutes(2, { [itemA]: '<p>theirs</p>' })).texts[itemA]).toBe('<p>theirs</p>');

    const edited = editPart(clean, itemA, '<p>mine</p>');
    const kept = followServer(edited, minutes(2, { [itemA]: '<p>theirs</p>' }));
    expect(kept.texts[itemA]).toBe('<p>mine</p>');
    expect(kept.baseVersion).toBe(1);
    expect(hasNewerVersion(kept, 2)).toBe(true);
    expect(hasNewerVersion(clean, 2)).toBe(false);
  });

  it('merges a conflict part by part: a side taken, a text edited, then saved on the latest version', () => {
    let state = editPart(editPart(loadDraft(minutes(1, {})), itemA, '<p>mine A</p>'), itemB, '<p>mine B</p>');
    state = editPart(state, 'closing', '<p>closed</p>');
    const conflict: MinutesConflict = {
      code: 'minutes_conflict', message: 'Someone else changed the same parts.', latestVersion: 4,
      conflicts: [
        { part: itemA, base: '', mine: '<p>mine A</p>', theirs: '<p>theirs A</p>' },
        { part: itemB, base: '', mine: '<p>mine B</p>', theirs: '<p>theirs B</p>' },
      ],
    };
    state = startMerge(state, conflict);
    expect(state.merge?.parts.map((r) => r.text)).toEqual(['<p>mine A</p>', '<p>mine B</p>']);
    expect(mergeResolved(state)).toBe(false);

    state = chooseSide(state, itemA, 'theirs');
    expect(mergeResolved(state)).toBe(false);
    state = editMerged(state, itemB, '<p>mine B and theirs B</p>');
    expect(mergeResolved(state)).toBe(true);

    const merged = applyMerge(state);
    expect(merged.merge).toBeNull();
    expect(saveInput(merged, '')).toEqual({
      baseVersion: 4,
      closing: '<p>closed</p>',
      discussions: { [itemA]: '<p>theirs A</p>', [itemB]: '<p>mine B and theirs B</p>' },
    });
  });

  it('taking a side again replaces an edited merge with that side', () => {
    let state = startMerge(editPart(loadDraft(minutes(1, {})), itemA, 'x'), {
      code: 'minutes_conflict', message: '', latestVersion: 2, conflicts: [{ part: itemA, base: '', mine: 'x', theirs: 'y' }],
    });
    state = editMerged(state, itemA, 'xy');
    state = chooseSide(state, itemA, 'mine');
    expect(state.merge?.parts[0]).toMatchObject({ choice: 'mine', text: 'x' });
  });

  it('a server copy never replaces the text while a merge is open', () => {
    const state = startMerge(loadDraft(minutes(1, {})), { code: 'minutes_conflict', message: '', latestVersion: 2, conflicts: [] });
    expect(followServer(state, minutes(3, { [itemA]: 'z' }))).toBe(state);
  });
});
