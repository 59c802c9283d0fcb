import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { ExportBlock, ExportModel } from './export-model.js';
import type { RichBlock, TextRun as RichRun } from './export-rich-text.js';

const headingLevels = { 1: HeadingLevel.HEADING_2, 2: HeadingLevel.HEADING_3, 3: HeadingLevel.HEADING_4 } as const;
const draftColor = 'B3261E';

/** The minutes as a Word document with the PDF's structure: real headings, lists and tables, header and page numbers. */
export function renderDocx(model: ExportModel): Promise<Buffer> {
  const doc = new Document({
    title: model.title,
    creator: 'Collegium',
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: 20 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1300, bottom: 1200, left: 1200, right: 1200 } } },
        headers: { default: pageHeader(model) },
        footers: { default: pageFooter(model.pageTemplate) },
        children: model.blocks.flatMap(blockChildren),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function pageHeader(model: ExportModel): Header {
  const runs = [new TextRun({ text: model.title, size: 16, color: '555555' })];
  if (model.draftMark) runs.push(new TextRun({ text: `  ${model.draftMark}`, size: 16, bold: true, color: draftColor }));
  return new Header({ children: [new Paragraph({ children: runs, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } } })] });
}

/** "Page {page} of {total}" with Word's own page fields in place of the two values. */
function pageFooter(template: string): Footer {
  const children: (string | (typeof PageNumber)[keyof typeof PageNumber])[] = [];
  for (const part of template.split(/(\{page\}|\{total\})/)) {
    if (part === '{page}') children.push(PageNumber.CURRENT);
    else if (part === '{total}') children.push(PageNumber.TOTAL_PAGES);
    else if (part) children.push(part);
  }
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, size: 16 })] })] });
}

function blockChildren(block: ExportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: block.text })] }),
        ...(block.subtitle ? [new Paragraph({ children: [new TextRun({ text: block.subtitle, size: 24 })] })] : []),
      ];
    case 'heading':
      return [new Paragraph({ heading: headingLevels[block.level], children: [new TextRun({ text: block.text })] })];
    case 'fields':
      return block.rows.map(
        (row) => new Paragraph({ children: [new TextRun({ text: `${row.label}: `, bold: true }), new TextRun({ text: row.value })] }),
      );
    case 'rich':
      return block.blocks.map(richParagraph);
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: item })] }));
    case 'table':
      return [table(block)];
    case 'note':
      return [
        new Paragraph({
          spacing: { before: 120, after: 120 },
          children: [
            new TextRun({ text: block.text, bold: block.tone !== 'plain', color: block.tone === 'draft' ? draftColor : undefined }),
          ],
        }),
      ];
  }
}

function runOf(run: RichRun, extra: { italics?: boolean; bold?: boolean } = {}): ParagraphChild {
  const text = new TextRun({
    text: run.text === '\n' ? '' : run.text,
    break: run.text === '\n' ? 1 : undefined,
    bold: run.bold || extra.bold,
    italics: run.italic || extra.italics,
    underline: run.underline ? {} : undefined,
    style: run.link ? 'Hyperlink' : undefined,
  });
  return run.link ? new ExternalHyperlink({ link: run.link, children: [text] }) : text;
}

function richParagraph(block: RichBlock): Paragraph {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({ heading: HeadingLevel.HEADING_5, children: block.runs.map((run) => runOf(run)) });
    case 'quote':
      return new Paragraph({ indent: { left: 500 }, children: block.runs.map((run) => runOf(run, { italics: true })) });
    case 'listItem':
      if (block.marker === '•') return new Paragraph({ bullet: { level: block.depth }, children: block.runs.map((run) => runOf(run)) });
      return new Paragraph({
        indent: { left: 360 * (block.depth + 1), hanging: 360 },
        children: [new TextRun({ text: `${block.marker}\t` }), ...block.runs.map((run) => runOf(run))],
      });
    case 'paragraph':
      return new Paragraph({ children: block.runs.map((run) => runOf(run)) });
  }
}

function table(block: Extract<ExportBlock, { kind: 'table' }>): Table {
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (cell, i) =>
          new TableCell({
            children: [
              new Paragraph({
                alignment: block.numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [new TextRun({ text: cell, bold: header })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
  });
}
