import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const resultsDir = fileURLToPath(new URL('../results', import.meta.url));

/**
 * Prints rows as an aligned table; numbers are right-aligned.
 * @param {string[]} headers
 * @param {Array<Array<string | number>>} rows
 */
export function printTable(headers, rows) {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === 'number' || /^[\d.,×\-–]+( ms| s)?$/.test(String(row[i]))));
  /** @param {string[]} row */
  const line = (row) => row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

/**
 * Saves the raw results of a benchmark as bench/results/<name>-<time>.json and returns the path.
 * @param {string} name
 * @param {unknown} data
 */
export async function saveResults(name, data) {
  await mkdir(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(resultsDir, `${name}-${stamp}.json`);
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** @param {number} ms */
export const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** A short description of the machine, saved with every result; the load average says how busy it was. */
export async function machine() {
  const os = await import('node:os');
  return {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** Warns when other work competes for the CPUs: the figures are then lower than the machine can do. */
export async function warnIfBusy() {
  const os = await import('node:os');
  const [oneMinute = 0] = os.loadavg();
  if (oneMinute > os.cpus().length * 0.5) {
    console.log(`Note: the load average is ${oneMinute.toFixed(1)} on ${os.cpus().length} CPUs; other work competes with the benchmark.`);
  }
}
