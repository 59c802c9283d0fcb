import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import type { RowOutcome, TransferDataset } from '@collegium/shared/contracts/directory-transfer';
import type { Ctx } from '../../context.js';
import { AppError } from '../../lib/app-error.js';
import { columnHints, columnOfField } from './transfer.columns.js';
import type { TableRow } from './transfer.files.js';

/** A row that cannot be imported, with the column to fix. */
export class RowError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export type AppliedOutcome = Exclude<RowOutcome, 'error'>;

/** One dataset's importer: lookups preloaded inside the import's transaction, then one call per row. */
export interface DatasetImporter {
  /** the order rows are applied in (parents before their children); reports keep file order */
  order(rows: TableRow[]): TableRow[];
  keyOf(row: TableRow): string;
  apply(ctx: Ctx, row: TableRow): Promise<AppliedOutcome>;
}

/** Reads the cells of one row; an absent column is `undefined` (leave the field alone), an empty cell null. */
export class RowValues {
  constructor(
    private readonly row: TableRow,
    private readonly columns: ReadonlySet<string>,
  ) {}

  has(column: string): boolean {
    return this.columns.has(column);
  }

  /** the cell's text, null when empty, undefined when the file has no such column */
  text(column: string): string | null | undefined {
    if (!this.columns.has(column)) return undefined;
    const value = this.row.values[column] ?? '';
    return value === '' ? null : value;
  }

  /**
   * The id of the record a slug column names: undefined when the file has no such column, null when the
   * cell is empty; a slug that `bySlug` does not hold is the row's error.
   */
  reference(column: string, bySlug: ReadonlyMap<string, { id: string }>, what: 'body' | 'organisation'): string | null | undefined {
    const slug = this.text(column);
    if (!slug) return slug;
    const id = bySlug.get(slug)?.id;
    if (!id) throw new RowError(column, `There is no ${what} with the slug “${slug}”.`);
    return id;
  }

  required(column: string): string {
    const value = this.text(column);
    if (!value) throw new RowError(column, `The column “${column}” must not be empty.`);
    return value;
  }

  boolean(column: string): boolean | null | undefined {
    const value = this.text(column);
    if (value === null || value === undefined) return value;
    const lower = value.toLowerCase();
    if (['true', 'yes', '1', 'y', 'x'].includes(lower)) return true;
    if (['false', 'no', '0', 'n'].includes(lower)) return false;
    throw new RowError(column, `“${value}”: ${columnHints[column] ?? 'write true or false.'}`);
  }

  integer(column: string): number | null | undefined {
    const value = this.text(column);
    if (value === null || value === undefined) return value;
    if (!/^-?\d+$/.test(value)) throw new RowError(column, `“${value}”: ${columnHints[column] ?? 'write a whole number.'}`);
    return Number(value);
  }
}

/** Drops undefined members, so absent columns leave their fields untouched. */
export function defined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * Checks a service input against the same TypeBox contract the API route validates with; the first
 * failure becomes a row error naming the column.
 */
export function requireValid(schema: TSchema, input: unknown, dataset: TransferDataset): void {
  if (Value.Check(schema, input)) return;
  const first = Value.Errors(schema, input)[0];
  const path = (first?.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  const column = columnOfField[dataset][path] ?? (path || 'row');
  const raw = path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], input);
  const hint = columnHints[column] ?? (first?.keyword === 'maxLength' ? 'The text is too long.' : 'The value is not valid here.');
  throw new RowError(column, raw === undefined || raw === null ? hint : `“${String(raw)}”: ${hint}`);
}

/** A directory service's refusal as a row error: its field becomes the column a person fixes. */
export function rowErrorOf(error: unknown, dataset: TransferDataset, keyColumn: string): RowError {
  if (error instanceof RowError) return error;
  if (error instanceof AppError) {
    const field = typeof error.details.field === 'string' ? error.details.field : undefined;
    const column = (field && columnOfField[dataset][field]) ?? keyColumn;
    if (error.code === 'forbidden' || error.code === 'unauthenticated') {
      return new RowError(column, `Not allowed: ${error.message}`);
    }
    return new RowError(column, error.message);
  }
  throw error;
}

/** Orders rows so that a row naming another row of the file as its parent comes after it. */
export function parentsFirst(rows: TableRow[], keyColumn: string, parentColumn: string): TableRow[] {
  const byKey = new Map(rows.map((row) => [row.values[keyColumn] ?? '', row]));
  const placed = new Set<TableRow>();
  const visiting = new Set<TableRow>();
  const ordered: TableRow[] = [];
  const visit = (row: TableRow) => {
    if (placed.has(row) || visiting.has(row)) return; // a cycle is left to the services to refuse
    visiting.add(row);
    const parent = byKey.get(row.values[parentColumn] ?? '');
    if (parent && parent !== row) visit(parent);
    visiting.delete(row);
    placed.add(row);
    ordered.push(row);
  };
  for (const row of rows) visit(row);
  return ordered;
}
