import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { CsvDelimiter, TransferDataset, TransferFormat } from '@collegium/shared/contracts/directory-transfer';
import { AppError } from '../../lib/app-error.js';
import { datasetColumns, requiredColumns } from './transfer.columns.js';

/** The most data rows one file may hold; the directory benchmark imports 60,000 memberships at once. */
export const MAX_IMPORT_ROWS = 100_000;

export interface TableRow {
  /** the row number as a spreadsheet shows it: the header is row 1 */
  row: number;
  values: Record<string, string>;
}

export interface ParsedTable {
  format: TransferFormat;
  /** the columns the file has, in its order */
  columns: string[];
  rows: TableRow[];
}

// OWASP CSV injection: a cell starting with one of these may be run as a formula by a spreadsheet.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Prefixes an apostrophe to cells a spreadsheet would take for a formula (and to ones that already had one). */
export const escapeFormula = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** Reverses escapeFormula, so such values come back from a file unchanged. */
export const unescapeFormula = (value: string): string =>
  value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** XLSX files are ZIP archives; anything else is read as CSV. */
export const detectFormat = (bytes: Buffer): TransferFormat =>
  bytes.subarray(0, 4).equals(ZIP_MAGIC) ? 'xlsx' : 'csv';

const fileError = (message: string) => new AppError('validation_failed', message, { field: 'file' });

/** ',' or ';', whichever the header line uses more (outside quotes); Excel in many locales writes ';'. */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

function readCsv(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw fileError(`The file could not be read as CSV${line ? ` (near line ${line})` : ''}: check its quotes.`);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileError('The file could not be read as an Excel workbook (XLSX).');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError('The workbook has no worksheet.');
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    records[number - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return Array.from(records, (record) => record ?? []);
}

/**
 * Reads an uploaded file into named rows, checking its header against the dataset's columns. Problems with
 * the file as a whole (unreadable, unknown or missing columns, too many rows) are 4xx errors naming `file`.
 */
export async function readTable(bytes: Buffer, dataset: TransferDataset): Promise<ParsedTable> {
  const format = detectFormat(bytes);
  const records = format === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes);
  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  while (header.length && header[header.length - 1] === '') header.pop();
  if (header.length === 0) throw fileError('The file is empty: its first row must name the columns.');
  const known = new Set<string>(datasetColumns[dataset]);
  const unknown = header.filter((name) => !known.has(name));
  if (unknown.length) {
    throw fileError(`Unknown column “${unknown[0]}” in the first row. The ${dataset} columns are: ${datasetColumns[dataset].join(', ')}.`);
  }
  const duplicate = header.find((name, index) => header.indexOf(name) !== index);
  if (duplicate) throw fileError(`The column “${duplicate}” appears twice in the first row.`);
  const missing = requiredColumns[dataset].filter((name) => !header.includes(name));
  if (missing.length) throw fileError(`The file lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `“${m}”`).join(', ')}.`);

  const rows: TableRow[] = [];
  for (let index = 1; index < records.length; index++) {
    const record = records[index]!;
    if (record.every((cell) => cell.trim() === '')) continue;
    if (record.slice(header.length).some((cell) => cell.trim() !== '')) {
      throw fileError(`Row ${index + 1} has more cells than the first row has column names.`);
    }
    const values: Record<string, string> = {};
    header.forEach((name, column) => {
      values[name] = unescapeFormula((record[column] ?? '').trim());
    });
    rows.push({ row: index + 1, values });
    if (rows.length > MAX_IMPORT_ROWS) {
      throw new AppError('unprocessable', `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows; split it into smaller files.`, {
        field: 'file',
      });
    }
  }
  return { format, columns: header, rows };
}

export const contentTypes: Record<TransferFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Writes rows under a header; every cell is text, formula-like ones are escaped. CSV starts with a UTF-8 BOM for Excel. */
export async function writeTable(
  format: TransferFormat,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  options: { delimiter?: CsvDelimiter; sheetName?: string } = {},
): Promise<Buffer> {
  const escaped = rows.map((row) => row.map(escapeFormula));
  if (format === 'csv') {
    return Buffer.from(stringify([[...columns], ...escaped], { delimiter: options.delimiter ?? ',', bom: true, record_delimiter: 'windows' }));
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? 'data', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((name) => ({ header: name, key: name, width: Math.max(12, name.length + 2), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of escaped) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
