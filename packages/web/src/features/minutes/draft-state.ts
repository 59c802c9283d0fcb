import type { Minutes, MinutesConflict, MinutesContent, MinutesSave } from '@collegium/shared/contracts/minutes';

/** A part of the minutes a person writes: 'opening', 'closing', or an agenda item's id (its discussion). */
export type PartKey = string;

export type MergeChoice = 'mine' | 'theirs' | 'edited';

export interface PartResolution {
  part: PartKey;
  base: string;
  mine: string;
  theirs: string;
  /** null until the person has taken a side or edited the merged text */
  choice: MergeChoice | null;
  text: string;
}

/**
 * The editor's own copy of the written parts: what the person typed is kept apart from what the server
 * last sent, so a refetch after someone else's save never overwrites unsaved text.
 */
export interface DraftState {
  /** the version the local text was started from */
  baseVersion: number;
  texts: Record<PartKey, string>;
  /** the parts changed since the last load or save, the only ones a save sends */
  dirty: PartKey[];
  /** after a 409: the conflicting parts being merged, and the version to save on */
  merge: { latestVersion: number; parts: PartResolution[] } | null;
}

export function textsOf(content: MinutesContent): Record<PartKey, string> {
  const texts: Record<PartKey, string> = { opening: content.opening, closing: content.closing };
  for (const item of content.items) texts[item.agendaItemId] = item.discussion;
  return texts;
}

export const loadDraft = (minutes: Minutes): DraftState => ({
  baseVersion: minutes.version,
  texts: textsOf(minutes.content),
  dirty: [],
  merge: null,
});

export const editPart = (state: DraftState, part: PartKey, text: string): DraftState => ({
  ...state,
  texts: { ...state.texts, [part]: text },
  dirty: state.dirty.includes(part) ? state.dirty : [...state.dirty, part],
});

/**
 * Follows a newer server copy: with nothing unsaved the editor simply moves to it; with unsaved text it
 * stays on its base, and the page says a newer version exists (the save then merges on the server).
 */
export function followServer(state: DraftState, minutes: Minutes): DraftState {
  if (state.dirty.length > 0 || state.merge) return state;
  if (minutes.version === state.baseVersion && sameTexts(state.texts, textsOf(minutes.content))) return state;
  return loadDraft(minutes);
}

export const hasNewerVersion = (state: DraftState, latest: number): boolean => latest > state.baseVersion && state.dirty.length > 0;

function sameTexts(a: Record<PartKey, string>, b: Record<PartKey, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export const startMerge = (state: DraftState, conflict: MinutesConflict): DraftState => ({
  ...state,
  merge: {
    latestVersion: conflict.latestVersion,
    parts: conflict.conflicts.map((c) => ({ part: c.part, base: c.base, mine: c.mine, theirs: c.theirs, choice: null, text: c.mine })),
  },
});

function updateResolution(state: DraftState, part: PartKey, change: (r: PartResolution) => PartResolution): DraftState {
  if (!state.merge) return state;
  return { ...state, merge: { ...state.merge, parts: state.merge.parts.map((r) => (r.part === part ? change(r) : r)) } };
}

export const chooseSide = (state: DraftState, part: PartKey, side: 'mine' | 'theirs'): DraftState =>
  updateResolution(state, part, (r) => ({ ...r, choice: side, text: r[side] }));

export const editMerged = (state: DraftState, part: PartKey, text: string): DraftState =>
  updateResolution(state, part, (r) => ({ ...r, choice: 'edited', text }));

export const mergeResolved = (state: DraftState): boolean => state.merge !== null && state.merge.parts.every((r) => r.choice !== null);

/**
 * The request for a save: the changed parts on the base version. A merge is applied first (applyMerge), so
 * its settled texts go out on the latest version.
 */
export function saveInput(state: DraftState, note: string): MinutesSave {
  const input: MinutesSave = { baseVersion: state.baseVersion };
  const discussions: Record<string, string> = {};
  for (const part of state.dirty) {
    const text = state.texts[part] ?? '';
    if (part === 'opening') input.opening = text;
    else if (part === 'closing') input.closing = text;
    else discussions[part] = text;
  }
  if (Object.keys(discussions).length > 0) input.discussions = discussions;
  if (note.trim()) input.note = note.trim();
  return input;
}

/** After a conflict is settled, the merged texts become the local text too, so a failed save keeps them. */
export function applyMerge(state: DraftState): DraftState {
  if (!state.merge) return state;
  const texts = { ...state.texts };
  for (const r of state.merge.parts) texts[r.part] = r.text;
  const dirty = [...new Set([...state.dirty, ...state.merge.parts.map((r) => r.part)])];
  return { baseVersion: state.merge.latestVersion, texts, dirty, merge: null };
}
