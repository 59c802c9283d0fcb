import PDFDocument from 'pdfkit';
import type { ExportBlock, ExportModel } from './export-model.js';
import type { RichBlock, TextRun } from './export-rich-text.js';
import { exportFonts, fontStyleOf } from './pdf-fonts.js';
import { drawTable } from './pdf-table.js';

const margins = { top: 72, bottom: 64, left: 64, right: 64 };
const bodySize = 10.5;
const headingSizes = { 1: 13.5, 2: 12, 3: 10.5 } as const;
const headingTags = { 1: 'H2', 2: 'H3', 3: 'H4' } as const;
const linkColor = '#1a4f8b';

/**
 * The minutes typeset for print as a tagged PDF (headings, paragraphs, lists and tables in the structure
 * tree; the running header, page numbers and the draft watermark marked as artifacts), A4, DejaVu Sans.
 */
export async function renderPdf(model: ExportModel): Promise<Buffer> {
  const fonts = await exportFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins,
    bufferPages: true,
    tagged: true,
    pdfVersion: '1.7',
    lang: model.language,
    displayTitle: true,
    info: { Title: model.title, Creator: 'Collegium' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const [name, bytes] of Object.entries(fonts)) doc.registerFont(name, bytes);
  doc.font('regular').fontSize(bodySize);

  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const block of model.blocks) drawBlock(doc, root, block);
  root.end();
  drawPageFurniture(doc, model);
  doc.end();
  return finished;
}

function drawBlock(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, block: ExportBlock): void {
  const left = doc.page.margins.left;
  switch (block.kind) {
    case 'title':
      root.add(doc.struct('H1', {}, () => void doc.font('bold').fontSize(16).text(block.text, left)));
      if (block.subtitle) root.add(doc.struct('P', {}, () => void doc.font('regular').fontSize(12).text(block.subtitle!, left)));
      doc.moveDown(0.8);
      return;
    case 'heading': {
      doc.moveDown(block.level === 3 ? 0.4 : 0.9);
      // keep a heading with at least the first lines that follow it
      if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.continueOnNewPage();
      const size = headingSizes[block.level];
      root.add(doc.struct(headingTags[block.level], {}, () => void doc.font('bold').fontSize(size).text(block.text, left)));
      doc.moveDown(0.25);
      return;
    }
    case 'fields':
      for (const row of block.rows) {
        root.add(
          doc.struct('P', {}, () => {
            doc.font('bold').fontSize(bodySize).text(`${row.label}: `, left, undefined, { continued: true });
            doc.font('regular').text(row.value);
          }),
        );
      }
      doc.moveDown(0.3);
      return;
    case 'rich':
      for (const rich of block.blocks) drawRich(doc, root, rich);
      return;
    case 'list': {
      const list = doc.struct('L');
      root.add(list);
      for (const item of block.items) {
        list.add(doc.struct('LI', {}, () => void doc.font('regular').fontSize(bodySize).text(`•  ${item}`, left + 12, undefined, { indent: -9 })));
      }
      list.end();
      doc.x = left;
      doc.moveDown(0.3);
      return;
    }
    case 'table':
      drawTable(doc, root, block);
      return;
    case 'note':
      drawNote(doc, root, block);
  }
}

function drawNote(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, note: Extract<ExportBlock, { kind: 'note' }>) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  if (note.tone !== 'draft') {
    root.add(doc.struct('P', {}, () => void doc.font(note.tone === 'strong' ? 'bold' : 'regular').fontSize(bodySize).text(note.text, left)));
    doc.moveDown(0.3);
    return;
  }
  doc.font('bold').fontSize(bodySize);
  const height = doc.heightOfString(note.text, { width: width - 16 }) + 12;
  const top = doc.y;
  doc.save().rect(left, top, width, height).lineWidth(1).fillAndStroke('#fdecea', '#b3261e').restore();
  root.add(doc.struct('P', {}, () => void doc.fillColor('#b3261e').text(note.text, left + 8, top + 6, { width: width - 16 })));
  doc.fillColor('black');
  doc.x = left;
  doc.y = top + height;
  doc.moveDown(0.6);
}

function drawRich(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, block: RichBlock) {
  const left = doc.page.margins.left;
  const indent = block.kind === 'listItem' ? 14 + block.depth * 14 : block.kind === 'quote' ? 18 : 0;
  const tag = block.kind === 'heading' ? 'H5' : block.kind === 'listItem' ? 'LI' : block.kind === 'quote' ? 'BlockQuote' : 'P';
  const runs: TextRun[] = block.kind === 'listItem' ? [{ text: `${block.marker} ` }, ...block.runs] : block.runs;
  root.add(
    doc.struct(tag, {}, () => {
      doc.x = left + indent;
      runs.forEach((run, i) => {
        const style = block.kind === 'heading' ? 'bold' : block.kind === 'quote' ? fontStyleOf({ ...run, italic: true }) : fontStyleOf(run);
        doc.font(style).fontSize(bodySize).fillColor(run.link ? linkColor : 'black');
        const options: PDFKit.Mixins.TextOptions = { continued: i < runs.length - 1, underline: Boolean(run.underline || run.link) };
        if (run.link) options.link = run.link;
        if (i === 0) doc.text(run.text, left + indent, undefined, { ...options, width: doc.page.width - left - indent - doc.page.margins.right });
        else doc.text(run.text, options);
      });
      doc.fillColor('black');
    }),
  );
  doc.x = left;
  doc.moveDown(0.4);
}

/** The header (title) and footer ("Page n of m") of every page, and the draft watermark, as artifacts. */
function drawPageFurniture(doc: PDFKit.PDFDocument, model: ExportModel) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const { width, height } = doc.page;
    const bottomMargin = doc.page.margins.bottom;
    // Writing inside the margins must not start a new page.
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('regular').fontSize(8.5).fillColor('#555555');
    doc.text(model.title, margins.left, 32, { width: width - margins.left - margins.right, height: 24, ellipsis: true, lineBreak: false });
    doc.save().strokeColor('#999999').lineWidth(0.5).moveTo(margins.left, 50).lineTo(width - margins.right, 50).stroke().restore();
    doc.text(model.pageLabel(index - start + 1, count), margins.left, height - 40, { width: width - margins.left - margins.right, align: 'center', lineBreak: false });
    doc.endMarkedContent();
    if (model.draftMark) {
      doc.markContent('Artifact', { type: 'Layout' });
      doc.save().rotate(-45, { origin: [width / 2, height / 2] }).font('bold').fontSize(96).fillColor('#b3261e').fillOpacity(0.1);
      doc.text(model.draftMark, 0, height / 2 - 48, { width, align: 'center', lineBreak: false });
      doc.restore();
      doc.endMarkedContent();
    }
    doc.fillColor('black');
    doc.page.margins.bottom = bottomMargin;
  }
}
