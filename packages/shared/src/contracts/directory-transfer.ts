import { Type, type Static } from 'typebox';

/**
 * Import and export of the directory as CSV or XLSX files. Column reference: docs/import-export.md.
 * An import is a run: a dry run checks every row and writes nothing; confirming it applies the same
 * file all-or-nothing. Re-importing an exported file changes nothing.
 */

export const transferDatasets = ['organizations', 'bodies', 'memberships'] as const;
export type TransferDataset = (typeof transferDatasets)[number];

export const transferFormats = ['csv', 'xlsx'] as const;
export type TransferFormat = (typeof transferFormats)[number];

export const csvDelimiters = [',', ';'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

export const rowOutcomes = ['create', 'update', 'unchanged', 'error'] as const;
export type RowOutcome = (typeof rowOutcomes)[number];

/**
 * queued → running → checked (a dry run finished) or done (the import was written) or failed (an import
 * with error rows, written not at all, or a file that could not be read). Confirming a checked run without
 * errors queues it again as the real import.
 */
export const importStatuses = ['queued', 'running', 'checked', 'done', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** How a row of the file fared. `row` counts as a spreadsheet does: the header is row 1. */
export const ImportRowReport = Type.Object({
  row: Type.Integer({ minimum: 2 }),
  outcome: Type.Enum(rowOutcomes),
  /** the row's natural key, e.g. the slug, or body / person / role / start date */
  key: Type.String(),
  /** the column at fault (error rows) */
  field: Type.Optional(Type.String()),
  message: Type.Optional(Type.String()),
});
export type ImportRowReport = Static<typeof ImportRowReport>;

export const ImportCounts = Type.Object({
  create: Type.Integer(),
  update: Type.Integer(),
  unchanged: Type.Integer(),
  error: Type.Integer(),
});
export type ImportCounts = Static<typeof ImportCounts>;

export const ImportRun = Type.Object({
  id: Type.String(),
  dataset: Type.Enum(transferDatasets),
  format: Type.Enum(transferFormats),
  fileName: Type.String(),
  /** true: the rows are only checked and nothing is written */
  dryRun: Type.Boolean(),
  status: Type.Enum(importStatuses),
  total: Type.Integer({ description: 'data rows in the file' }),
  processed: Type.Integer({ description: 'rows checked so far' }),
  counts: ImportCounts,
  /** every error row (up to 5,000) and the first 500 other rows, in file order */
  rows: Type.Array(ImportRowReport),
  /** rows the report leaves out to stay small; the counts include them */
  rowsOmitted: Type.Integer(),
  /** why the whole run failed, when it did */
  message: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type ImportRun = Static<typeof ImportRun>;

export const ImportStartQuery = Type.Object({
  dataset: Type.Enum(transferDatasets),
  dryRun: Type.Optional(
    Type.Boolean({ default: true, description: 'only check the rows (default); false imports at once, all-or-nothing' }),
  ),
});
export type ImportStartQuery = Static<typeof ImportStartQuery>;

export const ImportRunParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const ExportQuery = Type.Object({
  dataset: Type.Enum(transferDatasets),
  format: Type.Optional(Type.Enum(transferFormats, { default: 'csv' })),
  delimiter: Type.Optional(
    Type.Enum(csvDelimiters, { default: ',', description: 'CSV only; ";" suits Excel in Slovenian, Serbian and Greek' }),
  ),
  body: Type.Optional(Type.String({ maxLength: 100, description: 'memberships only: the slug of one body' })),
});
export type ExportQuery = Static<typeof ExportQuery>;

/** What the caller may import and export, per dataset; the web app shows its page and buttons from it. */
export const TransferAbilities = Type.Object({
  datasets: Type.Array(
    Type.Object({ dataset: Type.Enum(transferDatasets), import: Type.Boolean(), export: Type.Boolean() }),
  ),
});
export type TransferAbilities = Static<typeof TransferAbilities>;

/** The multipart form field the file is sent in. */
export const IMPORT_FILE_FIELD = 'file';
