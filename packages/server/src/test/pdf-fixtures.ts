import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A PDF of `pages` pages, each saying "<label> page n", for packet tests and the benchmark's data. */
export async function makePdf(label: string, pages: number, size: [number, number] = [595.28, 841.89]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    doc.addPage(size).drawText(`${label} page ${n}`, { x: 50, y: size[1] - 80, size: 14, font });
  }
  return doc.save();
}

/** A PDF whose trailer names an /Encrypt dictionary: readers refuse it without the password. */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, O: 'x', U: 'y', P: -4 });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  return doc.save({ useObjectStreams: false });
}
