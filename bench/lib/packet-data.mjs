// The packet benchmark's materials: 40 PDFs with 600 pages in all, of varied length (5 to 35 pages) and page
// size (A4 portrait and landscape, Letter), each page a screenful of text, generated with pdf-lib from a
// fixed pattern so every run builds the same packet.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const MATERIALS = 40;
export const TOTAL_PAGES = 600;
/** @type {[number, number]} */
const a4 = [595.28, 841.89];
const sizes = /** @type {Array<[number, number]>} */ ([a4, [841.89, 595.28], [612, 792]]);
const words = 'the council notes the report of the working group on digital services and decides to adopt the proposed measures budget annex'.split(' ');

/** Page counts: 5 + a spread pattern, the last one taking what makes 600. */
export function pageCounts() {
  const counts = Array.from({ length: MATERIALS }, (_, i) => 5 + ((i * 11) % 21));
  const rest = TOTAL_PAGES - counts.slice(0, -1).reduce((a, b) => a + b, 0);
  counts[MATERIALS - 1] = rest;
  return counts;
}

/** @param {number} seed */
function line(seed) {
  return Array.from({ length: 12 }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ');
}

/**
 * Writes the materials into `dir` and returns their manifest.
 * @param {string} dir
 */
export async function writePacketMaterials(dir) {
  await mkdir(dir, { recursive: true });
  const manifest = [];
  let total = 0;
  for (const [index, pages] of pageCounts().entries()) {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const size = sizes[index % sizes.length] ?? a4;
    for (let p = 1; p <= pages; p++) {
      const page = doc.addPage(size);
      page.drawText(`Material ${index + 1}, page ${p}`, { x: 50, y: size[1] - 60, size: 16, font });
      for (let l = 0; l < 40; l++) page.drawText(line(index * 1000 + p * 50 + l), { x: 50, y: size[1] - 90 - l * 12, size: 9, font });
    }
    const bytes = await doc.save();
    const file = path.join(dir, `material-${String(index + 1).padStart(2, '0')}.pdf`);
    await writeFile(file, bytes);
    manifest.push({ file, pages, bytes: bytes.length });
    total += pages;
  }
  if (total !== TOTAL_PAGES) throw new Error(`the materials have ${total} pages, not ${TOTAL_PAGES}`);
  return manifest;
}
