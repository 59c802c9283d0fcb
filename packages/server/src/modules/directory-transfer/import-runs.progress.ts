import type { ImportCounts, ImportRowReport, ImportRun } from '@collegium/shared/contracts/directory-transfer';
import type { Deps } from '../../context.js';
import type { importRuns } from '../../db/schema/index.js';

export type ImportRunRow = typeof importRuns.$inferSelect;

const emptyCounts: ImportCounts = { create: 0, update: 0, unchanged: 0, error: 0 };

export function presentRun(row: ImportRunRow): ImportRun {
  const report = (row.report && !Array.isArray(row.report) ? row.report : {}) as { rows?: ImportRowReport[]; rowsOmitted?: number };
  return {
    id: row.id,
    dataset: row.dataset as ImportRun['dataset'],
    format: row.format as ImportRun['format'],
    fileName: row.fileName,
    dryRun: row.dryRun,
    status: row.status as ImportRun['status'],
    total: row.total,
    processed: row.processed,
    counts: { ...emptyCounts, ...(row.counts as Partial<ImportCounts>) },
    rows: report.rows ?? [],
    rowsOmitted: report.rowsOmitted ?? 0,
    message: row.message,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
  };
}

interface ActiveRun {
  readonly createdByUserId: string | null;
  snapshot(): ImportRun;
}

/**
 * Runs in progress in this process, with how far they are. A run holds its transaction to the end, and the
 * embedded database answers nothing else meanwhile, so progress is answered from here while it runs.
 */
class ImportProgress {
  private readonly active = new Map<string, ActiveRun>();

  get(id: string): ActiveRun | undefined {
    return this.active.get(id);
  }

  begin(row: ImportRunRow) {
    let processed = 0;
    let total = row.total;
    this.active.set(row.id, {
      createdByUserId: row.createdByUserId,
      snapshot: () => ({ ...presentRun(row), status: 'running', processed, total, counts: { ...emptyCounts }, rows: [], rowsOmitted: 0 }),
    });
    return {
      update: (done: number, of: number) => {
        processed = done;
        total = of;
      },
      end: () => {
        this.active.delete(row.id);
      },
    };
  }
}

const registries = new WeakMap<Deps, ImportProgress>();

/** The progress registry of one application instance. */
export function importProgress(deps: Deps): ImportProgress {
  let registry = registries.get(deps);
  if (!registry) {
    registry = new ImportProgress();
    registries.set(deps, registry);
  }
  return registry;
}
