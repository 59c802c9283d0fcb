import { PDFDocument } from 'pdf-lib';
import { embedPacketFonts } from './packet-fonts.js';
import { formatPacketDate, packetLabels, shortTypeOf, type PacketLabels, type PacketLanguage } from './packet-labels.js';
import { drawCover, drawFlow, layoutFlow, pageSize, stampPageNumbers, type FlowLine } from './packet-layout.js';
import { writeOutline, type OutlineEntry } from './packet-outline.js';

export interface PacketCover {
  bodyName: string;
  kind: 'regular' | 'extraordinary' | 'correspondence';
  number: number;
  title: string | null;
  startsAt: Date | null;
  /** correspondence sessions: the deadline for answers */
  deadlineAt: Date | null;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
}

export interface PacketMaterial {
  name: string;
  contentType: string;
  late?: boolean;
  awaitingApproval?: boolean;
  /** the stored file's address: stands for the bytes in the inputs' fingerprint */
  sha256?: string;
  /** reads the bytes when the builder gets to this material (one material in memory at a time) */
  open: () => Promise<Uint8Array>;
}

export interface PacketItem {
  number: string;
  /** null for a closed item the variant's readers may not see: only its number is printed */
  title: string | null;
  kind: keyof PacketLabels['itemKinds'];
  rapporteur?: string | null;
  isPublic?: boolean;
  late?: boolean;
  awaitingApproval?: boolean;
  withdrawn?: boolean;
  materials: readonly PacketMaterial[];
}

export interface PacketInput {
  language: PacketLanguage;
  cover: PacketCover;
  items: readonly PacketItem[];
  /** the draft variant for managers says so on its cover */
  draft?: boolean;
  createdAt: Date;
}

export type MaterialOutcome =
  | { name: string; outcome: 'included'; firstPage: number; pages: number }
  | { name: string; outcome: 'not-included'; type: string }
  | { name: string; outcome: 'failed'; reason: string };

export interface BuiltPacket {
  bytes: Uint8Array;
  pageCount: number;
  /** per item (in input order), what became of each material; pages are 1-based in the packet */
  materials: MaterialOutcome[][];
}

type Copied = { outcome: 'included'; offset: number; pages: number } | { outcome: 'not-included'; type: string } | { outcome: 'failed'; reason: string };

/**
 * Builds a session packet: a cover, the agenda, the contents (item → material → page), then every PDF
 * material's pages, with bookmarks and "Page n of N" on every page. A material that is not a PDF is listed
 * by name; one that cannot be read (broken, encrypted) is listed as such and the packet is built anyway.
 */
export async function buildPacket(input: PacketInput): Promise<BuiltPacket> {
  const labels = packetLabels(input.language);
  const doc = await PDFDocument.create();
  const fonts = await embedPacketFonts(doc);

  // Materials first: their page counts decide the contents' page numbers.
  const copied: Copied[][] = [];
  let materialPages = 0;
  for (const item of input.items) {
    const row: Copied[] = [];
    for (const material of item.materials) {
      const result = await copyMaterial(doc, material, materialPages);
      if (result.outcome === 'included') materialPages += result.pages;
      row.push(result);
    }
    copied.push(row);
  }

  const itemText = (item: PacketItem) => `${item.number} ${item.title ?? `(${labels.closedItem})`}`;
  const marks = (m: { late?: boolean; awaitingApproval?: boolean; withdrawn?: boolean }) =>
    [m.withdrawn && labels.withdrawn, m.late && labels.late, m.awaitingApproval && labels.awaitingApproval].filter(Boolean).join(', ');
  const withMarks = (text: string, m: Parameters<typeof marks>[0]) => (marks(m) ? `${text} [${marks(m)}]` : text);
  const materialNote = (material: PacketMaterial, result: Copied) =>
    result.outcome === 'not-included'
      ? labels.notIncluded(result.type)
      : result.outcome === 'failed'
        ? labels.couldNotBeIncluded
        : '';

  // The agenda: items with kind, rapporteur and marks, and the names of their materials.
  const agendaPageOf: number[] = [];
  const agendaLines: FlowLine[] = [{ text: labels.agenda, style: 'heading' }];
  input.items.forEach((item, i) => {
    const indent = item.number.includes('.') ? 18 : 0;
    agendaLines.push({ text: withMarks(itemText(item), item), style: 'title', indent, gapBefore: 8, onPlaced: (p) => (agendaPageOf[i] = p) });
    const details = [labels.itemKinds[item.kind], item.rapporteur ? `${labels.rapporteur}: ${item.rapporteur}` : null, item.title !== null && item.isPublic === false ? labels.closedItem : null];
    agendaLines.push({ text: details.filter(Boolean).join(' · '), style: 'note', indent: indent + 14 });
    item.materials.forEach((material, j) => {
      const note = materialNote(material, copied[i]![j]!);
      agendaLines.push({ text: withMarks(`– ${material.name}${note ? ` — ${note}` : ''}`, material), style: 'body', indent: indent + 14 });
    });
  });

  // The contents: page numbers are filled in once the front matter's length is known.
  let frontPages = 0;
  const pageOfMaterial = (offset: number) => String(frontPages + offset + 1);
  const tocLines: FlowLine[] = [{ text: labels.contents, style: 'heading' }];
  input.items.forEach((item, i) => {
    const first = copied[i]!.find((c) => c.outcome === 'included');
    tocLines.push({
      text: withMarks(itemText(item), item),
      style: 'title',
      gapBefore: 6,
      right: first?.outcome === 'included' ? () => pageOfMaterial(first.offset) : undefined,
    });
    if (item.materials.length === 0) tocLines.push({ text: labels.noMaterials, style: 'note', indent: 14 });
    item.materials.forEach((material, j) => {
      const result = copied[i]![j]!;
      const note = materialNote(material, result);
      tocLines.push({
        text: withMarks(`${material.name}${note ? ` — ${note}` : ''}`, material),
        style: 'body',
        indent: 14,
        right: result.outcome === 'included' ? () => pageOfMaterial(result.offset) : undefined,
      });
    });
  });

  const agenda = layoutFlow(agendaLines, fonts);
  const toc = layoutFlow(tocLines, fonts);
  frontPages = 1 + agenda.pages + toc.pages;
  const front = Array.from({ length: frontPages }, (_, index) => doc.insertPage(index, pageSize));
  drawCover(front[0]!, coverLines(input, labels), fonts);
  drawFlow(agenda.placed, front.slice(1, 1 + agenda.pages), fonts);
  drawFlow(toc.placed, front.slice(1 + agenda.pages), fonts);

  const outline: OutlineEntry[] = [
    { title: labels.agenda, pageIndex: 1 },
    { title: labels.contents, pageIndex: 1 + agenda.pages },
    ...input.items.map((item, i): OutlineEntry => {
      const included = item.materials.flatMap((material, j) => {
        const result = copied[i]![j]!;
        return result.outcome === 'included' ? [{ title: material.name, pageIndex: frontPages + result.offset }] : [];
      });
      return { title: itemText(item), pageIndex: included[0]?.pageIndex ?? 1 + (agendaPageOf[i] ?? 0), children: included };
    }),
  ];
  writeOutline(doc, outline);
  stampPageNumbers(doc, fonts.regular, labels.page);

  const sessionName = labels.sessionName(input.cover.kind, input.cover.number);
  doc.setTitle(`${input.cover.bodyName} – ${sessionName}`, { showInWindowTitleBar: true });
  doc.setSubject(labels.agenda);
  doc.setAuthor(input.cover.bodyName);
  doc.setLanguage(input.language);
  doc.setCreator('Collegium');
  doc.setProducer('Collegium (pdf-lib)');
  doc.setCreationDate(input.createdAt);
  doc.setModificationDate(input.createdAt);

  const bytes = await doc.save({ useObjectStreams: true });
  return {
    bytes,
    pageCount: doc.getPageCount(),
    materials: input.items.map((item, i) =>
      item.materials.map((material, j): MaterialOutcome => {
        const result = copied[i]![j]!;
        if (result.outcome === 'included') return { name: material.name, outcome: 'included', firstPage: frontPages + result.offset + 1, pages: result.pages };
        return { name: material.name, ...result };
      }),
    ),
  };
}

async function copyMaterial(doc: PDFDocument, material: PacketMaterial, offset: number): Promise<Copied> {
  if (material.contentType.split(';')[0]!.trim().toLowerCase() !== 'application/pdf') {
    return { outcome: 'not-included', type: shortTypeOf(material.contentType, material.name) };
  }
  try {
    const source = await PDFDocument.load(await material.open(), { updateMetadata: false });
    const pages = await doc.copyPages(source, source.getPageIndices());
    if (pages.length === 0) return { outcome: 'failed', reason: 'the PDF has no pages' };
    for (const page of pages) doc.addPage(page);
    return { outcome: 'included', offset, pages: pages.length };
  } catch (error) {
    return { outcome: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

function coverLines(input: PacketInput, labels: PacketLabels) {
  const { cover } = input;
  const when = cover.kind === 'correspondence' ? cover.deadlineAt : cover.startsAt;
  return [
    { text: cover.bodyName, size: 16, bold: true },
    { text: labels.sessionName(cover.kind, cover.number), size: 22, bold: true },
    ...(cover.title ? [{ text: cover.title, size: 14 }] : []),
    ...(when
      ? [{ text: `${cover.kind === 'correspondence' ? `${labels.deadline}: ` : ''}${formatPacketDate(labels, when, cover.timeZone)}`, size: 12 }]
      : []),
    ...(cover.place ? [{ text: `${labels.place}: ${cover.place}`, size: 11 }] : []),
    ...(cover.onlineUrl ? [{ text: `${labels.online}: ${cover.onlineUrl}`, size: 10 }] : []),
    ...(input.draft ? [{ text: labels.draftNote, size: 10, bold: true }] : []),
  ];
}
