import { describe, expect, it } from 'vitest';
import { progressLine } from './progress.js';

function fakeOutput(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) };
}

describe('progress line', () => {
  it('in a log prints at most one line every ten seconds, plus the end of each phase', () => {
    const out = fakeOutput(false);
    let time = 0;
    const progress = progressLine(out, () => time);
    for (let done = 1; done <= 1000; done++) {
      time += 25; // 1,000 updates over 25 seconds
      progress('rows', done, 1000);
    }
    progress('files', 1, 3);
    progress.finish();
    expect(out.writes).toEqual([
      '  rows: 400 / 1,000 (40%)\n',
      '  rows: 800 / 1,000 (80%)\n',
      '  rows: 1,000 / 1,000 (100%)\n',
      '  files: 1 / 3 (33%)\n',
    ]);
  });

  it('on a terminal redraws one line in place and ends it with a newline', () => {
    const out = fakeOutput(true);
    let time = 0;
    const progress = progressLine(out, () => time);
    progress('audit', 1000, 1000);
    time += 50;
    progress('audit', 2000, 2000);
    time += 100;
    progress('audit', 3000, 3000);
    progress.finish();
    expect(out.writes).toEqual(['\r\x1b[2K  1,000 audit events checked', '\r\x1b[2K  3,000 audit events checked', '\n']);
  });
});
