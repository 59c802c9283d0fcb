import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import { TextSetter } from './packet-text.js';

/**
 * DejaVu Sans from the dejavu-fonts-ttf package (Bitstream Vera licence): the standard PDF fonts cannot draw
 * č, ђ or Greek. Embedded as a subset, so a packet carries only the glyphs it uses.
 */
const require = createRequire(import.meta.url);
let cached: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

function fontBytes() {
  cached ??= Promise.all([
    readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return cached;
}

export interface PacketFonts {
  regular: TextSetter;
  bold: TextSetter;
}

export async function embedPacketFonts(doc: PDFDocument): Promise<PacketFonts> {
  doc.registerFontkit(fontkit);
  const bytes = await fontBytes();
  const [regular, bold] = await Promise.all([
    doc.embedFont(bytes.regular, { subset: true }),
    doc.embedFont(bytes.bold, { subset: true }),
  ]);
  return { regular: new TextSetter(regular), bold: new TextSetter(bold) };
}
