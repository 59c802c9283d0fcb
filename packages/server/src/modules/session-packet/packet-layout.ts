import { PDFContentStream, popGraphicsState, pushGraphicsState, rgb, type PDFDocument, type PDFOperator, type PDFPage } from 'pdf-lib';
import type { PacketFonts } from './packet-fonts.js';
import type { TextSetter } from './packet-text.js';

/** A4 in points, with the margins every front page keeps (the footer sits in the bottom margin). */
export const pageSize: [number, number] = [595.28, 841.89];
const margin = { top: 64, bottom: 64, left: 60, right: 60 };
const rightColumn = 48;
const black = rgb(0, 0, 0);
const grey = rgb(0.3, 0.3, 0.3);

/** One line of front matter before wrapping: a heading, an agenda entry, a line of the contents. */
export interface FlowLine {
  text: string;
  style: 'heading' | 'title' | 'body' | 'note';
  /** left indent in points */
  indent?: number;
  /** printed right-aligned: a page number in the contents */
  right?: () => string;
  /** space above, in points */
  gapBefore?: number;
  /** called with the page index (0-based within the flow) the line lands on */
  onPlaced?: (pageIndex: number) => void;
}

const styles = {
  heading: { size: 18, bold: true, leading: 26 },
  title: { size: 11, bold: true, leading: 15 },
  body: { size: 10, bold: false, leading: 13.5 },
  note: { size: 9, bold: false, leading: 12 },
} as const;

/** Splits text into lines no wider than maxWidth; a word longer than a line is cut. */
export function wrapText(text: string, font: TextSetter, size: number, maxWidth: number): string[] {
  const space = font.width(' ', size);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const width = font.width(word, size);
    if (line && lineWidth + space + width <= maxWidth) {
      line = `${line} ${word}`;
      lineWidth += space + width;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    lineWidth = width;
    while (lineWidth > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && font.width(line.slice(0, cut), size) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
      lineWidth = font.width(line, size);
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

interface Placed {
  line: FlowLine;
  pageIndex: number;
  y: number;
  parts: string[];
}

/**
 * Places lines on pages, top to bottom. The layout never depends on what `right` returns (its column is
 * reserved), so the page count is known before page numbers are: the contents can list them afterwards.
 */
export function layoutFlow(lines: readonly FlowLine[], fonts: PacketFonts): { pages: number; placed: Placed[] } {
  const width = pageSize[0] - margin.left - margin.right;
  const placed: Placed[] = [];
  let pageIndex = 0;
  let y = pageSize[1] - margin.top;
  for (const line of lines) {
    const style = styles[line.style];
    const font = style.bold ? fonts.bold : fonts.regular;
    const indent = line.indent ?? 0;
    const parts = wrapText(line.text, font, style.size, width - indent - (line.right ? rightColumn : 0));
    const height = (line.gapBefore ?? 0) + parts.length * style.leading;
    if (y - height < margin.bottom && y < pageSize[1] - margin.top) {
      pageIndex++;
      y = pageSize[1] - margin.top;
    } else {
      y -= line.gapBefore ?? 0;
    }
    placed.push({ line, pageIndex, y, parts });
    line.onPlaced?.(pageIndex);
    y -= parts.length * style.leading;
  }
  return { pages: pageIndex + 1, placed };
}

/** Draws placed lines onto the given pages (one per page index of the flow). */
export function drawFlow(placed: readonly Placed[], pages: readonly PDFPage[], fonts: PacketFonts): void {
  for (const { line, pageIndex, y, parts } of placed) {
    const page = pages[pageIndex]!;
    const style = styles[line.style];
    const font = style.bold ? fonts.bold : fonts.regular;
    const color = line.style === 'note' ? grey : black;
    parts.forEach((part, i) => {
      font.draw(page, part, { x: margin.left + (line.indent ?? 0), y: y - style.size - i * style.leading, size: style.size, color });
    });
    const right = line.right?.();
    if (right) font.draw(page, right, { x: pageSize[0] - margin.right - font.width(right, style.size), y: y - style.size, size: style.size, color });
  }
}

/** A page with lines centred in the upper half: the packet's cover. */
export function drawCover(page: PDFPage, lines: readonly { text: string; size: number; bold?: boolean }[], fonts: PacketFonts): void {
  let y = pageSize[1] * 0.68;
  for (const line of lines) {
    const font = line.bold ? fonts.bold : fonts.regular;
    for (const part of wrapText(line.text, font, line.size, pageSize[0] - margin.left - margin.right)) {
      font.draw(page, part, { x: (pageSize[0] - font.width(part, line.size)) / 2, y, size: line.size, color: black });
      y -= line.size * 1.45;
    }
    y -= line.size * 0.6;
  }
}

/**
 * "Page n of N" at the foot of every page, on copied material pages too (placed by their visible box).
 * Some producers leave the graphics state changed at the end of a page (a scale, a colour): each page's
 * own content is wrapped in q … Q so the stamp lands where it should. These small streams stay
 * uncompressed — deflating hundreds of them took longer than the rest of the build and saved little.
 */
export function stampPageNumbers(doc: PDFDocument, font: TextSetter, label: (page: number, total: number) => string): void {
  const { context } = doc;
  const stream = (operators: PDFOperator[]) => context.register(PDFContentStream.of(context.obj({}), operators, false));
  const save = stream([pushGraphicsState()]);
  const restore = stream([popGraphicsState()]);
  const pages = doc.getPages();
  const size = 8;
  pages.forEach((page, index) => {
    const text = label(index + 1, pages.length);
    const place = footerPlace(page.getCropBox(), page.getRotation().angle, font.width(text, size));
    page.node.normalize();
    page.node.wrapContentStreams(save, restore);
    page.node.addContentStream(stream(font.operators(page, text, { ...place, size, color: rgb(0.35, 0.35, 0.35) })));
  });
}

/**
 * Where a line of the given width starts so that it sits centred at the foot of the page as shown: a page
 * with /Rotate is displayed turned clockwise, so its visible foot is another edge of its own box.
 */
function footerPlace(box: { x: number; y: number; width: number; height: number }, angle: number, width: number) {
  const inset = 18;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  switch (((angle % 360) + 360) % 360) {
    case 90:
      return { x: box.x + box.width - inset, y: cy - width / 2, rotate: 90 };
    case 180:
      return { x: cx + width / 2, y: box.y + box.height - inset, rotate: 180 };
    case 270:
      return { x: box.x + inset, y: cy + width / 2, rotate: 270 };
    default:
      return { x: cx - width / 2, y: box.y + inset, rotate: 0 };
  }
}
