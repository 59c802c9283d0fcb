import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * DejaVu Sans from the dejavu-fonts-ttf package: the standard PDF fonts cannot draw č, ђ or Greek. Read once
 * per process (the bytes never change); pdfkit embeds only the glyphs a document uses.
 */
const require = createRequire(import.meta.url);
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
const files: Readonly<Record<FontStyle, string>> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
};
let cached: Promise<Record<FontStyle, Buffer>> | undefined;

export function exportFonts(): Promise<Record<FontStyle, Buffer>> {
  cached ??= Promise.all(
    (Object.keys(files) as FontStyle[]).map(async (style) => [style, await readFile(require.resolve(`dejavu-fonts-ttf/ttf/${files[style]}`))] as const),
  ).then((entries) => Object.fromEntries(entries) as Record<FontStyle, Buffer>);
  return cached;
}

export const fontStyleOf = (run: { bold?: boolean; italic?: boolean }): FontStyle =>
  run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular';
