import type { MinutesComparison } from '@collegium/shared/contracts/minutes';

export type DiffSegment = MinutesComparison['parts'][number]['segments'][number];

/** Adjacent segments of the same kind joined, empty ones dropped: one <ins> or <del> per change, not per word. */
export function diffRuns(segments: readonly DiffSegment[]): DiffSegment[] {
  const runs: DiffSegment[] = [];
  for (const segment of segments) {
    if (!segment.text) continue;
    const last = runs[runs.length - 1];
    if (last && last.op === segment.op) runs[runs.length - 1] = { op: last.op, text: last.text + segment.text };
    else runs.push({ ...segment });
  }
  return runs;
}

/** How many words a comparison adds and removes, for the summary above it. */
export function changedWords(segments: readonly DiffSegment[]): { inserted: number; deleted: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  let inserted = 0;
  let deleted = 0;
  for (const segment of segments) {
    if (segment.op === 'insert') inserted += words(segment.text);
    if (segment.op === 'delete') deleted += words(segment.text);
  }
  return { inserted, deleted };
}
