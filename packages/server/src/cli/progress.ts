import type { ProgressReporter } from '../ops/backup-format.js';

interface Output {
  isTTY?: boolean;
  write(text: string): unknown;
}

const labels = { files: 'files', rows: 'rows', audit: 'audit events checked' } as const;

/**
 * A progress line on stderr. On a terminal it is redrawn in place (at most ten times a second); in a log
 * (not a terminal) a line is printed at most every ten seconds, plus the last one of each phase.
 */
export function progressLine(out: Output = process.stderr, now: () => number = Date.now): ProgressReporter & { finish(): void } {
  const interval = out.isTTY ? 100 : 10_000;
  // In a log, work that ends within the first interval prints only its final line.
  let lastPrinted = out.isTTY ? -Infinity : now();
  let current: { phase: keyof typeof labels; done: number; total: number } | undefined;
  let drawn = false;
  let dirty = false;

  const text = () => {
    const { phase, done, total } = current!;
    if (phase === 'audit') return `  ${done.toLocaleString('en')} ${labels[phase]}`;
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    return `  ${labels[phase]}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${percent}%)`;
  };
  const print = () => {
    if (!current) return;
    if (out.isTTY) out.write(`\r\x1b[2K${text()}`);
    else out.write(`${text()}\n`);
    drawn = true;
    dirty = false;
    lastPrinted = now();
  };
  const finish = () => {
    if (current && dirty) print();
    if (out.isTTY && drawn) out.write('\n');
    current = undefined;
    drawn = false;
  };

  const report = ((phase, done, total) => {
    if (current && current.phase !== phase) finish();
    current = { phase, done, total };
    dirty = true;
    const complete = phase !== 'audit' && done >= total;
    if (complete || now() - lastPrinted >= interval) print();
  }) as ProgressReporter & { finish(): void };
  report.finish = finish;
  return report;
}
