import { describe, expect, it } from 'vitest';
import { openDocx } from '../../test/docx-reader.js';
import { approvedFixture, cyrillicTitle, greekTitle, minutesDocumentFixture } from '../../test/minutes-document-fixture.js';
import { minutesModel } from './export-model.js';
import { exportWords } from './export-texts.js';
import { renderDocx } from './docx-render.js';

describe('minutes DOCX', () => {
  it('has the structure of the minutes: headings, lists, tables, header and page numbers', async () => {
    const docx = await openDocx(await renderDocx(minutesModel(exportWords('en'), minutesDocumentFixture())));
    for (const expected of [cyrillicTitle, greekTitle, 'Đorđe Ćirić', 'čšž', 'Draft minutes, version 3: not approved.',
      'Votes by name', '2026/14 – Potrditev zapisnika', 'Ana Kovač – for Marko Novak', 'The proposal did not pass.']) {
      expect(docx.text).toContain(expected);
    }
    expect(docx.html).toContain('<h1>Minutes of the 12th regular session of Mestni svet Občine Žalec</h1>');
    expect(docx.html).toContain('<h3>1. Potrditev zapisnika prejšnje seje — čšž</h3>');
    expect(docx.html).toMatch(/<table>.*Option.*Votes.*Voters/);
    expect(docx.html).toContain('<a href="https://example.org/zapisnik">povezava</a>');
    expect(docx.html).toContain('<strong>Đorđe Ćirić</strong>');
    expect(docx.headers).toContain('Minutes of the 12th regular session of Mestni svet Občine Žalec');
    expect(docx.headers).toContain('DRAFT');
    expect(docx.footers).toMatch(/Page .*PAGE.* of .*NUMPAGES/s);
  });

  it('prints the approval line in the language asked', async () => {
    const docx = await openDocx(await renderDocx(minutesModel(exportWords('sr-Cyrl'), approvedFixture())));
    expect(docx.text).toContain('Записник са 12. редовне седнице');
    expect(docx.text).toContain('Усвојен на 13. редовној седници дана');
    expect(docx.headers).not.toContain('НАЦРТ');
    expect(docx.footers).toContain('Страна');
  });
});
