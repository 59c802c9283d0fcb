import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { DiffText } from './components/diff-text';
import { changedWords, diffRuns } from './diff-runs';

const segments = [
  { op: 'equal', text: 'The council ' },
  { op: 'delete', text: 'rejected ' },
  { op: 'delete', text: 'the ' },
  { op: 'insert', text: 'adopted the amended ' },
  { op: 'equal', text: '' },
  { op: 'equal', text: 'budget.' },
] as const;

describe('a word diff', () => {
  it('joins neighbouring segments of one kind and drops empty ones', () => {
    expect(diffRuns(segments)).toEqual([
      { op: 'equal', text: 'The council ' },
      { op: 'delete', text: 'rejected the ' },
      { op: 'insert', text: 'adopted the amended ' },
      { op: 'equal', text: 'budget.' },
    ]);
  });

  it('counts the words added and removed', () => {
    expect(changedWords(segments)).toEqual({ inserted: 3, deleted: 2 });
  });

  it('renders insertions and deletions as <ins> and <del> with a word for screen readers, the text escaped', () => {
    const html = renderToStaticMarkup(<DiffText segments={[...segments, { op: 'insert', text: ' <b>x</b>' }]} marks={{ inserted: 'inserted:', deleted: 'deleted:' }} />);
    expect(html).toBe(
      '<p class="minutes-diff"><span>The council </span>' +
        '<del><span class="visually-hidden">deleted: </span>rejected the </del>' +
        '<ins><span class="visually-hidden">inserted: </span>adopted the amended </ins>' +
        '<span>budget.</span><ins><span class="visually-hidden">inserted: </span> &lt;b&gt;x&lt;/b&gt;</ins></p>',
    );
  });
});
