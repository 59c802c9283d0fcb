/**
 * Three-way merge of the written parts of the minutes (opening, closing, each item's discussion), part by
 * part: a part only one side changed takes that side's text; a part both changed to different texts is a
 * conflict. Pure, so the rules are tested apart from the database.
 */
export type Parts = ReadonlyMap<string, string>;

export interface PartConflict {
  part: string;
  base: string;
  mine: string;
  theirs: string;
}

/**
 * `mine` holds only the parts the save sent (the others are taken as unchanged); `base` is the version
 * the editor started from and `theirs` the latest version. Returns every part's merged text, or every conflict.
 */
export function mergeParts(
  base: Parts,
  mine: Parts,
  theirs: Parts,
): { merged: Map<string, string>; conflicts: PartConflict[] } {
  const merged = new Map(theirs);
  const conflicts: PartConflict[] = [];
  for (const [part, mineText] of mine) {
    const baseText = base.get(part) ?? '';
    const theirsText = theirs.get(part) ?? '';
    if (mineText === baseText || mineText === theirsText) continue;
    if (theirsText === baseText) merged.set(part, mineText);
    else conflicts.push({ part, base: baseText, mine: mineText, theirs: theirsText });
  }
  return { merged, conflicts };
}
