import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from './minutes.compare.js';
import { mergeParts } from './minutes.merge.js';

const parts = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('minutes: three-way merge of the written parts', () => {
  const base = parts({ opening: 'o', a: 'x', b: 'y', closing: '' });

  it('takes the side that changed a part, and either when both made the same change', () => {
    const theirs = parts({ opening: 'o', a: 'x2', b: 'y', closing: 'c' });
    const { merged, conflicts } = mergeParts(base, parts({ b: 'y2', closing: 'c' }), theirs);
    expect(conflicts).toEqual([]);
    expect(Object.fromEntries(merged)).toEqual({ opening: 'o', a: 'x2', b: 'y2', closing: 'c' });
  });

  it('keeps their text for parts the save did not send or left as they were', () => {
    const theirs = parts({ opening: 'o2', a: 'x', b: 'y', closing: '' });
    const { merged } = mergeParts(base, parts({ opening: 'o' }), theirs);
    expect(merged.get('opening')).toBe('o2');
  });

  it('reports every part both changed differently', () => {
    const theirs = parts({ opening: 'o2', a: 'x2', b: 'y', closing: '' });
    const { conflicts } = mergeParts(base, parts({ opening: 'o3', a: 'x3', b: 'y3' }), theirs);
    expect(conflicts).toEqual([
      { part: 'opening', base: 'o', mine: 'o3', theirs: 'o2' },
      { part: 'a', base: 'x', mine: 'x3', theirs: 'x2' },
    ]);
  });
});

describe('minutes: rich text as plain text for comparison', () => {
  it('keeps paragraphs apart, lists as bullets and decodes entities', () => {
    expect(htmlToPlainText('<p>One &amp; two</p><p>Three<br>four</p><ul><li>a</li><li>b</li></ul>')).toBe(
      'One & two\n\nThree\nfour\n\n• a\n\n• b',
    );
    expect(htmlToPlainText('')).toBe('');
  });
});
