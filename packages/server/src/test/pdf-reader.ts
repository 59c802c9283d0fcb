// unpdf ships pdf.js built for servers, without the native canvas pdfjs-dist pulls in (whose builds for
// other platforms the registry mirror lacks, which breaks `npm ci`); reading text and outlines needs none.
import { getDocumentProxy } from 'unpdf';

/** What an independent reader (pdf.js) finds in a PDF: the text of each page, the outline and the title. */
export interface ReadPdf {
  pages: string[];
  /** each page's text pieces with where they start (x, y in points from the page's bottom left) */
  pieces: { str: string; x: number; y: number }[][];
  outline: { title: string; page: number; children: { title: string; page: number }[] }[];
  title: string | null;
}

interface RawOutline {
  title: string;
  dest: string | unknown[] | null;
  items: RawOutline[];
}

/** Test helper: reads a PDF back with pdf.js (never with the library that wrote it). Pages are 1-based. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocumentProxy(bytes.slice(), { disableFontFace: true, useSystemFonts: false });
  try {
    const pages: string[] = [];
    const pieces: ReadPdf['pieces'] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
      pieces.push(
        content.items.flatMap((item) =>
          'str' in item ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : [],
        ),
      );
    }
    const pageOf = async (dest: RawOutline['dest']) => {
      const array = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
      return array ? (await pdf.getPageIndex(array[0] as never)) + 1 : 0;
    };
    const raw = ((await pdf.getOutline()) ?? []) as RawOutline[];
    const outline = [];
    for (const entry of raw) {
      const children = [];
      for (const child of entry.items) children.push({ title: child.title, page: await pageOf(child.dest) });
      outline.push({ title: entry.title, page: await pageOf(entry.dest), children });
    }
    const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
    return { pages, pieces, outline, title: info.Title ?? null };
  } finally {
    await pdf.loadingTask.destroy();
  }
}
