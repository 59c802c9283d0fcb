import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectFormat, escapeFormula, readTable, unescapeFormula, writeTable } from './transfer.files.js';

describe('directory transfer files', () => {
  it('escapes cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
    for (const value of ['=1+1', '+386 1 555', '-5', '@SUM(A1)', '\tx', "'=already", "''+two"]) {
      expect(escapeFormula(value)).toBe(`'${value}`);
      expect(unescapeFormula(escapeFormula(value))).toBe(value);
    }
    for (const value of ['plain', "'quoted", 'a=b', '']) {
      expect(escapeFormula(value)).toBe(value);
      expect(unescapeFormula(value)).toBe(value);
    }
  });

  it('detects the delimiter from the header line, ignoring quoted text', () => {
    expect(detectDelimiter('slug;name;kind\r\na,b;c')).toBe(';');
    expect(detectDelimiter('slug,name,"a;b;c;d"\n')).toBe(',');
    expect(detectDelimiter('slug\n')).toBe(',');
  });

  it('writes CSV and XLSX that read back to the same rows', async () => {
    const columns = ['slug', 'name', 'kind'];
    const rows = [['a-b', 'Čebelarska zveza; "Ajda"', 'association'], ['c-d', '=cmd|calc', 'other']];
    for (const format of ['csv', 'xlsx'] as const) {
      const bytes = await writeTable(format, columns, rows, { delimiter: ';' });
      expect(detectFormat(bytes)).toBe(format);
      const table = await readTable(bytes, 'organizations');
      expect(table.rows.map((r) => columns.map((c) => r.values[c]))).toEqual(rows);
      expect(table.rows.map((r) => r.row)).toEqual([2, 3]);
    }
  });

  it('skips empty rows but keeps spreadsheet row numbers, and refuses extra cells', async () => {
    const table = await readTable(Buffer.from('slug,name,kind\n\na-b,A,other\n'), 'organizations');
    expect(table.rows).toEqual([{ row: 3, values: { slug: 'a-b', name: 'A', kind: 'other' } }]);
    await expect(readTable(Buffer.from('slug,name,kind\na-b,A,other,extra\n'), 'organizations')).rejects.toMatchObject({
      details: { field: 'file' },
      message: 'Row 2 has more cells than the first row has column names.',
    });
  });
});
