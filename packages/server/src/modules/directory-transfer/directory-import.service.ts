import type {
  ImportCounts,
  ImportRowReport,
  TransferDataset,
  TransferFormat,
} from '@collegium/shared/contracts/directory-transfer';
import { inTransaction, type Ctx } from '../../context.js';
import { deferAudit, recordAudit } from '../../lib/audit.js';
import { requireTransferAbility } from './transfer.access.js';
import { bodyImporter } from './import-bodies.js';
import { membershipImporter } from './import-memberships.js';
import { organizationImporter } from './import-organizations.js';
import { readTable } from './transfer.files.js';
import { rowErrorOf, RowError, type DatasetImporter } from './transfer.values.js';

/** The report keeps every error row up to this many … */
export const REPORT_MAX_ERRORS = 5_000;
/** … and this many of the other rows; the counts always cover all of them. */
export const REPORT_MAX_OTHERS = 500;
const PROGRESS_EVERY = 100;

const importers: Record<TransferDataset, (ctx: Ctx, columns: ReadonlySet<string>) => Promise<DatasetImporter>> = {
  organizations: organizationImporter,
  bodies: bodyImporter,
  memberships: membershipImporter,
};
const keyColumns: Record<TransferDataset, string> = { organizations: 'slug', bodies: 'slug', memberships: 'body_slug' };

export interface DirectoryImportInput {
  dataset: TransferDataset;
  bytes: Buffer;
  /** check every row and write nothing */
  dryRun: boolean;
  /** called every 100 rows and at the end */
  onProgress?: (processed: number, total: number) => void | Promise<void>;
  /** the import run the audit event names, when there is one */
  runId?: string;
}

export interface DirectoryImportResult {
  format: TransferFormat;
  total: number;
  counts: ImportCounts;
  /** error rows and a sample of the others, in file order */
  rows: ImportRowReport[];
  rowsOmitted: number;
  /** true when the rows were written (a real import without errors) */
  applied: boolean;
}

class BoundedReport {
  readonly counts: ImportCounts = { create: 0, update: 0, unchanged: 0, error: 0 };
  private readonly kept: ImportRowReport[] = [];
  private others = 0;
  private omitted = 0;

  add(entry: ImportRowReport): void {
    this.counts[entry.outcome]++;
    const keep = entry.outcome === 'error' ? this.counts.error <= REPORT_MAX_ERRORS : this.others++ < REPORT_MAX_OTHERS;
    if (keep) this.kept.push(entry);
    else this.omitted++;
  }

  rows(): ImportRowReport[] {
    return [...this.kept].sort((a, b) => a.row - b.row);
  }

  get rowsOmitted(): number {
    return this.omitted;
  }
}

const ROLLBACK = Symbol('rollback');

/**
 * Imports one file of organisations, bodies or memberships. Every row goes through the directory's own
 * services (the same rules as the API) inside one transaction: a dry run, or any error row, rolls it all
 * back, so a real import is all-or-nothing. The services write inside savepoints of their own, so a row a
 * rule refuses leaves the transaction usable and the other rows are still checked. The rows' audit events
 * are held and written in one batch at the end. File-level problems (unreadable, wrong columns, too many
 * rows) throw a 4xx.
 * The directory benchmark calls this directly.
 */
export async function runDirectoryImport(ctx: Ctx, input: DirectoryImportInput): Promise<DirectoryImportResult> {
  const { dataset, dryRun, onProgress } = input;
  await requireTransferAbility(ctx, 'import', dataset);
  const table = await readTable(input.bytes, dataset);
  const total = table.rows.length;
  const report = new BoundedReport();
  let applied = false;
  try {
    await inTransaction(ctx, async (outer) => {
      // every error rolls the whole import back, so the rows' audit events can wait and go in as one batch
      const audit = deferAudit(outer);
      const tx = audit.ctx;
      const importer = await importers[dataset](tx, new Set(table.columns));
      let processed = 0;
      for (const row of importer.order(table.rows)) {
        const key = importer.keyOf(row);
        try {
          const outcome = await importer.apply(tx, row);
          report.add({ row: row.row, outcome, key });
        } catch (error) {
          const rowError = asRowError(ctx, error, dataset, row.row);
          report.add({ row: row.row, outcome: 'error', key, field: rowError.field, message: rowError.message });
        }
        processed++;
        if (processed % PROGRESS_EVERY === 0 && processed < total) await onProgress?.(processed, total);
      }
      if (dryRun || report.counts.error > 0) throw ROLLBACK;
      await audit.flush();
      await recordAudit(outer, {
        action: 'directory.import',
        entityType: 'import_run',
        entityId: input.runId ?? null,
        summary: { dataset, format: table.format, rows: total, counts: report.counts },
      });
      applied = true;
    });
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  await onProgress?.(total, total);
  return { format: table.format, total, counts: report.counts, rows: report.rows(), rowsOmitted: report.rowsOmitted, applied };
}

/** Refusals by the rules become row errors; anything unexpected too, logged, so one row never fails the run. */
function asRowError(ctx: Ctx, error: unknown, dataset: TransferDataset, row: number): RowError {
  try {
    return rowErrorOf(error, dataset, keyColumns[dataset]);
  } catch {
    ctx.deps.log.error({ err: error, dataset, row }, 'an import row failed unexpectedly');
    return new RowError(keyColumns[dataset], 'This row could not be saved because of an unexpected error; the server log has the details.');
  }
}
