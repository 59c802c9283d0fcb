import { diffRuns, type DiffSegment } from '../diff-runs';

/**
 * A word diff as text: insertions in <ins>, deletions in <del> (underlined and struck through, not told by
 * colour alone), each announced by a hidden word for screen readers (the marks, in the reader's language).
 */
export function DiffText({ segments, marks }: { segments: readonly DiffSegment[]; marks: { inserted: string; deleted: string } }) {
  return (
    <p className="minutes-diff">
      {diffRuns(segments).map((run, index) => {
        if (run.op === 'insert')
          return (
            <ins key={index}>
              <span className="visually-hidden">{marks.inserted} </span>
              {run.text}
            </ins>
          );
        if (run.op === 'delete')
          return (
            <del key={index}>
              <span className="visually-hidden">{marks.deleted} </span>
              {run.text}
            </del>
          );
        return <span key={index}>{run.text}</span>;
      })}
    </p>
  );
}
