import { concatTransformationMatrix, degrees, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../test/pdf-reader.js';
import { makeEncryptedPdf, makePdf } from '../../test/pdf-fixtures.js';
import { buildPacket, type PacketInput } from './packet-builder.js';

const pdf = (name: string, pages: number) => ({ name, contentType: 'application/pdf', open: () => makePdf(name, pages) });

function input(overrides: Partial<PacketInput> = {}): PacketInput {
  return {
    language: 'en',
    createdAt: new Date('2026-03-01T09:00:00Z'),
    cover: {
      bodyName: 'Svet za informatiko — Savet za informatiku ђ Συμβούλιο',
      kind: 'regular',
      number: 5,
      title: 'Proračun in razvoj',
      startsAt: new Date('2026-03-03T09:00:00Z'),
      deadlineAt: null,
      timeZone: 'Europe/Ljubljana',
      place: 'Gregorčičeva 20, Ljubljana',
      onlineUrl: null,
    },
    items: [
      {
        number: '1',
        title: 'Poročilo o delu — čšž',
        kind: 'report',
        rapporteur: 'Mojca Župančič',
        materials: [pdf('Report 2025.pdf', 3), pdf('Annex A.pdf', 2)],
      },
      {
        number: '2',
        title: 'Προϋπολογισμός 2026',
        kind: 'decision',
        late: true,
        materials: [
          { name: 'Budget.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', open: () => Promise.reject(new Error('never read')) },
          { name: 'Broken.pdf', contentType: 'application/pdf', open: async () => new TextEncoder().encode('%PDF-1.7 garbage') },
          { name: 'Locked.pdf', contentType: 'application/pdf', open: makeEncryptedPdf },
        ],
      },
      { number: '2.1', title: 'Amendment', kind: 'decision', materials: [pdf('Amendment.pdf', 1)] },
      { number: '3', title: null, kind: 'discussion', materials: [] },
    ],
    ...overrides,
  };
}

describe('buildPacket', () => {
  it('has a cover, the agenda, the contents with the pages where materials start, and every PDF page stamped', async () => {
    const packet = await buildPacket(input());
    const read = await readPdf(packet.bytes);
    const total = packet.pageCount;
    expect(read.pages).toHaveLength(total);
    // cover + agenda + contents fit on one page each here; materials follow: 3 + 2 + 1 pages
    expect(total).toBe(3 + 6);
    expect(read.pages[0]).toContain('5th regular session');
    expect(read.pages[0]).toContain('Savet za informatiku ђ Συμβούλιο');
    expect(read.pages[0]).toContain('Tuesday, 3 March 2026 at 10:00');
    expect(read.pages[1]).toContain('Agenda');
    expect(read.pages[1]).toContain('1 Poročilo o delu — čšž');
    expect(read.pages[1]).toContain('Rapporteur: Mojca Župančič');
    expect(read.pages[1]).toContain('2 Προϋπολογισμός 2026 [late]');
    expect(read.pages[1]).toContain('Budget.docx — not included (DOCX)');
    expect(read.pages[1]).toContain('Broken.pdf — could not be included');
    expect(read.pages[1]).toContain('Locked.pdf — could not be included');
    expect(read.pages[1]).toContain('3 (closed item)');
    expect(read.pages[2]).toContain('Contents');
    expect(read.pages[2]).toMatch(/Report 2025\.pdf 4 /);
    expect(read.pages[2]).toMatch(/Annex A\.pdf 7 /);
    expect(read.pages[2]).toMatch(/Amendment\.pdf 9 /);
    // the contents' numbers are where the material's pages really are
    expect(read.pages[3]).toContain('Report 2025.pdf page 1');
    expect(read.pages[6]).toContain('Annex A.pdf page 1');
    expect(read.pages[8]).toContain('Amendment.pdf page 1');
    read.pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${total}`));
    expect(packet.materials[1]!.map((m) => m.outcome)).toEqual(['not-included', 'failed', 'failed']);
  });

  it('bookmarks the agenda, the contents, every item and each of its PDF materials at their first page', async () => {
    const read = await readPdf((await buildPacket(input())).bytes);
    expect(read.outline.map((e) => [e.title, e.page])).toEqual([
      ['Agenda', 2],
      ['Contents', 3],
      ['1 Poročilo o delu — čšž', 4],
      ['2 Προϋπολογισμός 2026', 2],
      ['2.1 Amendment', 9],
      ['3 (closed item)', 2],
    ]);
    expect(read.outline[2]!.children).toEqual([
      { title: 'Report 2025.pdf', page: 4 },
      { title: 'Annex A.pdf', page: 7 },
    ]);
    expect(read.title).toBe('Svet za informatiko — Savet za informatiku ђ Συμβούλιο – 5th regular session');
  });

  it('speaks the packet language: Serbian Cyrillic and Greek labels and dates', async () => {
    const cyrillic = await readPdf((await buildPacket(input({ language: 'sr-Cyrl' }))).bytes);
    expect(cyrillic.pages[0]).toContain('5. редовна седница');
    expect(cyrillic.pages[1]).toContain('Дневни ред');
    expect(cyrillic.pages[2]).toContain('Садржај');
    expect(cyrillic.pages[1]).toContain('није укључено (DOCX)');
    expect(cyrillic.pages[0]).toContain('Страна 1 од 9');
    const greek = await readPdf((await buildPacket(input({ language: 'el' }))).bytes);
    expect(greek.pages[0]).toContain('5η τακτική συνεδρίαση');
    expect(greek.pages[0]).toContain('Μαρτίου 2026');
    expect(greek.pages[8]).toContain('Σελίδα 9 από 9');
  });

  it('sets the title and language of the document and marks the draft variant', async () => {
    const packet = await buildPacket(input({ language: 'sl', draft: true }));
    const doc = await PDFDocument.load(packet.bytes, { updateMetadata: false });
    const lang = doc.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : null).toBe('sl');
    expect(doc.getTitle()).toContain('5. redna seja');
    const read = await readPdf(packet.bytes);
    expect(read.pages[0]).toContain('Osnutek za vodstvo telesa');
  });

  it('stamps the page number in place even on a material that leaves its drawing scaled', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595.28, 841.89]).pushOperators(concatTransformationMatrix(0.5, 0, 0, 0.5, 0, 0));
    const scaled = await doc.save();
    const packet = await buildPacket(
      input({ items: [{ number: '1', title: 'Scaled', kind: 'report', materials: [{ name: 'Scaled.pdf', contentType: 'application/pdf', open: async () => scaled }] }] }),
    );
    const read = await readPdf(packet.bytes);
    const stamp = read.pieces.at(-1)!.find((piece) => piece.str.startsWith('Page '))!;
    expect(stamp.str).toBe(`Page ${packet.pageCount} of ${packet.pageCount}`);
    expect(stamp.y).toBeCloseTo(18, 0);
    expect(stamp.x).toBeGreaterThan(250);
  });

  it('stamps a page shown turned (/Rotate 90) at the foot it is shown with', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595.28, 841.89]).setRotation(degrees(90));
    const turned = await doc.save();
    const packet = await buildPacket(
      input({ items: [{ number: '1', title: 'Turned', kind: 'report', materials: [{ name: 'Turned.pdf', contentType: 'application/pdf', open: async () => turned }] }] }),
    );
    const stamp = (await readPdf(packet.bytes)).pieces.at(-1)!.find((piece) => piece.str.startsWith('Page '))!;
    // the right edge of the page's own box is the foot it is shown with; the line runs up that edge
    expect(stamp.x).toBeCloseTo(595.28 - 18, 0);
    expect(stamp.y).toBeGreaterThan(350);
    expect(stamp.y).toBeLessThan(420);
  });

  it('lets the contents run over several pages and still numbers materials right', async () => {
    const items = Array.from({ length: 40 }, (_, i) => ({
      number: String(i + 1),
      title: `Item ${i + 1} with a title long enough to wrap onto a second line of the agenda when printed on A4`,
      kind: 'information' as const,
      materials: [pdf(`Material ${i + 1}.pdf`, 1 + (i % 3))],
    }));
    const packet = await buildPacket(input({ items }));
    const read = await readPdf(packet.bytes);
    const last = packet.materials[39]![0]!;
    expect(last.outcome).toBe('included');
    if (last.outcome !== 'included') return;
    expect(read.pages[last.firstPage - 1]).toContain('Material 40.pdf page 1');
    const contents = read.pages.findIndex((text) => text.includes('Contents'));
    expect(contents).toBeGreaterThan(1);
    expect(read.pages.slice(contents).join(' ')).toContain(`Material 40.pdf ${last.firstPage}`);
    expect(read.pages.at(-1)).toContain(`Page ${packet.pageCount} of ${packet.pageCount}`);
  });
});
