import { readFile, writeFile } from 'node:fs/promises';
import {
  csvDelimiters,
  transferDatasets,
  transferFormats,
  type CsvDelimiter,
  type ImportRowReport,
  type TransferDataset,
  type TransferFormat,
} from '@collegium/shared/contracts/directory-transfer';
import type { Config } from '../config.js';
import { systemCtx, type Deps } from '../context.js';
import { exportDirectory } from '../modules/directory-transfer/directory-export.service.js';
import { runDirectoryImport } from '../modules/directory-transfer/directory-import.service.js';
import type { ProgressReporter } from '../ops/backup-format.js';
import { openApp, openMigrated } from './open.js';
import { progressLine } from './progress.js';

export interface CommandResult {
  code: 0 | 1 | 2;
  /** lines for standard output (the report) */
  out: string[];
  /** lines for standard error (refusals) */
  err: string[];
}

const usageOf = (words: string) => ({ code: 2 as const, out: [], err: [words] });

export function parseDataset(value: string | undefined): TransferDataset | undefined {
  return transferDatasets.find((dataset) => dataset === value);
}

const describeRow = (r: ImportRowReport) =>
  `  row ${r.row}\t${r.outcome}\t${r.key}${r.field ? `\t${r.field}: ${r.message ?? ''}` : ''}`;

/** `collegium import <dataset> <file> [--dry-run]`: all-or-nothing, as the system; prints the row report. */
export async function importCommand(
  deps: Deps,
  args: { dataset: string | undefined; file: string | undefined; dryRun: boolean },
  onProgress: ProgressReporter = () => undefined,
): Promise<CommandResult> {
  const dataset = parseDataset(args.dataset);
  if (!dataset || !args.file) return usageOf(`Usage: collegium import <${transferDatasets.join('|')}> <file.csv|file.xlsx> [--dry-run]`);
  const bytes = await readFile(args.file);
  const result = await runDirectoryImport(systemCtx(deps, 'cli'), {
    dataset,
    bytes,
    dryRun: args.dryRun,
    onProgress: (done, total) => onProgress('rows', done, total),
  });
  const { create, update, unchanged, error } = result.counts;
  const out = result.rows.filter((r) => r.outcome !== 'unchanged').map(describeRow);
  if (result.rowsOmitted > 0) out.push(`  … ${result.rowsOmitted.toLocaleString('en')} more rows not listed`);
  out.push(
    `${result.total.toLocaleString('en')} rows: ${create} to create, ${update} to update, ${unchanged} unchanged, ${error} with errors.`,
  );
  if (error > 0) {
    out.push(args.dryRun ? 'Dry run: correct the rows with errors before importing.' : 'Nothing was imported: correct the rows with errors and run again.');
    return { code: 1, out, err: [] };
  }
  out.push(args.dryRun ? 'Dry run: nothing was written.' : `Imported ${args.file}.`);
  return { code: 0, out, err: [] };
}

/** `collegium export <dataset> [--format csv|xlsx] [--delimiter ";"] [--out file]`: everything, contacts included. */
export async function exportCommand(
  deps: Deps,
  args: { dataset: string | undefined; format: string | undefined; delimiter: string | undefined; out: string | undefined },
): Promise<CommandResult & { bytes?: Buffer }> {
  const dataset = parseDataset(args.dataset);
  const format = (args.format ?? 'csv') as TransferFormat;
  const delimiter = (args.delimiter ?? ',') as CsvDelimiter;
  if (!dataset || !transferFormats.includes(format) || !csvDelimiters.includes(delimiter)) {
    return usageOf(`Usage: collegium export <${transferDatasets.join('|')}> [--format csv|xlsx] [--delimiter ","|";"] [--out file]`);
  }
  const file = await exportDirectory(systemCtx(deps, 'cli'), { dataset, format, delimiter });
  if (!args.out) return { code: 0, out: [], err: [`${file.rows} rows.`], bytes: file.bytes };
  await writeFile(args.out, file.bytes);
  return { code: 0, out: [`Wrote ${file.rows.toLocaleString('en')} ${dataset} rows to ${args.out}.`], err: [] };
}

async function withApp<T>(config: Config, fn: (deps: Deps) => Promise<T>): Promise<T> {
  const database = await openMigrated(config);
  const app = await openApp(config, database);
  try {
    return await fn(app.deps);
  } finally {
    await app.close();
    await database.close();
  }
}

function print(result: CommandResult): number {
  for (const line of result.out) console.log(line);
  for (const line of result.err) console.error(line);
  return result.code;
}

/** The `import` command on the configured installation, with a progress line. */
export async function importCliCommand(config: Config, dataset: string | undefined, file: string | undefined, dryRun: boolean): Promise<number> {
  const progress = progressLine();
  try {
    return await withApp(config, async (deps) => {
      const result = await importCommand(deps, { dataset, file, dryRun }, progress);
      progress.finish();
      return print(result);
    });
  } finally {
    progress.finish();
  }
}

/** The `export` command: to --out, or to standard output. */
export async function exportCliCommand(
  config: Config,
  args: { dataset: string | undefined; format: string | undefined; delimiter: string | undefined; out: string | undefined },
): Promise<number> {
  return withApp(config, async (deps) => {
    const result = await exportCommand(deps, args);
    if (result.bytes) process.stdout.write(result.bytes);
    return print(result);
  });
}
