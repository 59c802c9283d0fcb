import type { ExportBlock } from './export-model.js';

type Table = Extract<ExportBlock, { kind: 'table' }>;
const padding = 4;
const numericWidth = 70;

/**
 * A table drawn cell by cell with a rule under each row, tagged Table › TR › TH/TD; the header row is
 * repeated on every page the table continues on.
 */
export function drawTable(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, table: Table): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const numericCount = table.numeric.filter(Boolean).length;
  const textWidth = (width - numericCount * numericWidth) / Math.max(table.numeric.length - numericCount, 1);
  const widths = table.numeric.map((numeric) => (numeric ? numericWidth : textWidth));
  const structure = doc.struct('Table');
  parent.add(structure);

  const drawRow = (cells: string[], header: boolean) => {
    doc.font(header ? 'bold' : 'regular').fontSize(9.5);
    const heights = cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i]! - 2 * padding }));
    const height = Math.max(...heights) + 2 * padding;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.continueOnNewPage();
      if (!header) drawRow(table.header, true);
    }
    const top = doc.y;
    const row = doc.struct('TR');
    structure.add(row);
    let x = left;
    cells.forEach((cell, i) => {
      const cellX = x;
      row.add(
        doc.struct(header ? 'TH' : 'TD', {}, () => {
          doc.text(cell, cellX + padding, top + padding, {
            width: widths[i]! - 2 * padding,
            align: table.numeric[i] ? 'right' : 'left',
            lineBreak: true,
          });
        }),
      );
      x += widths[i]!;
    });
    row.end();
    doc.save().strokeColor(header ? '#555555' : '#bbbbbb').lineWidth(header ? 0.8 : 0.4);
    doc.moveTo(left, top + height).lineTo(left + width, top + height).stroke().restore();
    doc.x = left;
    doc.y = top + height;
  };

  drawRow(table.header, true);
  for (const cells of table.rows) drawRow(cells, false);
  structure.end();
  doc.x = left;
  doc.moveDown(0.6);
}
