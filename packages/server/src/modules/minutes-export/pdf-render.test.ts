import { describe, expect, it } from 'vitest';
import { approvedFixture, cyrillicTitle, greekTitle, minutesDocumentFixture } from '../../test/minutes-document-fixture.js';
import { readPdf as readPdfBytes } from '../../test/pdf-reader.js';
import { excerptModel, minutesModel } from './export-model.js';
import { exportWords } from './export-texts.js';
import { renderPdf } from './pdf-render.js';

const readPdf = (bytes: Buffer) => readPdfBytes(new Uint8Array(bytes));
const textOf = (pages: string[]) => pages.join(' ');

describe('minutes PDF', () => {
  it('prints the header, page numbers, Cyrillic and Greek text, votes and decisions of a draft', async () => {
    const bytes = await renderPdf(minutesModel(exportWords('en'), minutesDocumentFixture()));
    const pdf = await readPdf(bytes);
    const all = textOf(pdf.pages);
    expect(pdf.title).toBe('Minutes of the 12th regular session of Mestni svet Občine Žalec');
    const total = pdf.pages.length;
    pdf.pages.forEach((page, i) => {
      expect(page).toContain('Minutes of the 12th regular session of Mestni svet Občine Žalec');
      expect(page).toContain(`Page ${i + 1} of ${total}`);
    });
    for (const expected of [cyrillicTitle, greekTitle, 'Đorđe Ćirić', 'čšž', 'DRAFT', 'Draft minutes, version 3: not approved.',
      'Chair: Špela Žagar', 'Votes by name', '2026/14 – Potrditev zapisnika', 'The vote was annulled: Грешка при бројању',
      'secret ballot', 'Tuesday, 3 March 2026', '17:00–20:30', 'Ana Kovač – for Marko Novak', 'Add: Razno, proposed by Đorđe Ćirić – accepted']) {
      expect(all).toContain(expected);
    }
    expect(all).not.toContain('Approved at');
  });

  it('speaks Serbian Cyrillic and Greek, and prints the approval line instead of the draft mark', async () => {
    const cyrillic = textOf((await readPdf(await renderPdf(minutesModel(exportWords('sr-Cyrl'), approvedFixture())))).pages);
    expect(cyrillic).toContain('Записник са 12. редовне седнице – Mestni svet Občine Žalec');
    expect(cyrillic).toMatch(/Страна 1 од \d/);
    expect(cyrillic).toContain('Усвојен на 13. редовној седници дана');
    expect(cyrillic).not.toContain('НАЦРТ');
    const greek = textOf((await readPdf(await renderPdf(minutesModel(exportWords('el'), approvedFixture())))).pages);
    expect(greek).toContain('Πρακτικά της 12ης τακτικής συνεδρίασης');
    expect(greek).toMatch(/Σελίδα 1 από \d/);
  });

  it('prints an excerpt with its certification line', async () => {
    const doc = approvedFixture();
    const item = doc.content.items[0]!;
    const text = textOf((await readPdf(await renderPdf(excerptModel(exportWords('sl'), doc, item)))).pages);
    expect(text).toContain('Izpisek iz zapisnika 12. redne seje – Mestni svet Občine Žalec');
    expect(text).toContain('Potrditev zapisnika prejšnje seje');
    expect(text).not.toContain(greekTitle);
    expect(text).toContain('potrjenega na 13. redni seji dne');
  });
});
