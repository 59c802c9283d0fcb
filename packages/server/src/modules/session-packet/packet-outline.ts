import { type PDFDict, PDFHexString, PDFName, PDFNumber, type PDFRef, type PDFDocument } from 'pdf-lib';

/** A bookmark: a title, the page (0-based) it opens, and its children. */
export interface OutlineEntry {
  title: string;
  pageIndex: number;
  children?: OutlineEntry[];
}

/**
 * Writes the document outline (PDF 32000-1:2008, 12.3.3) with pdf-lib's low-level objects, since it has no
 * outline API: an /Outlines dictionary whose items are linked by /Parent, /Prev, /Next, /First and /Last,
 * each opening its page with /Dest [page /Fit]. Counts are negative: the children start closed.
 */
export function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const context = doc.context;
  const pageRefs = doc.getPages().map((page) => page.ref);
  const rootRef = context.nextRef();

  const writeLevel = (level: readonly OutlineEntry[], parentRef: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = level.map(() => context.nextRef());
    let visible = 0;
    level.forEach((entry, i) => {
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
      dict.set(PDFName.of('Parent'), parentRef);
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      const page = pageRefs[Math.min(Math.max(entry.pageIndex, 0), pageRefs.length - 1)]!;
      dict.set(PDFName.of('Dest'), context.obj([page, PDFName.of('Fit')]));
      if (entry.children?.length) {
        const children = writeLevel(entry.children, refs[i]!);
        dict.set(PDFName.of('First'), children.first);
        dict.set(PDFName.of('Last'), children.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(-children.count));
      }
      context.assign(refs[i]!, dict);
      visible++;
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count: visible };
  };

  const top = writeLevel(entries, rootRef);
  const root = context.obj({}) as PDFDict;
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), top.first);
  root.set(PDFName.of('Last'), top.last);
  root.set(PDFName.of('Count'), PDFNumber.of(top.count));
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
