import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { and, eq, inArray } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import type { StoredFile } from '@collegium/shared/contracts/files';
import { inTransaction, systemCtx, type Deps } from '../context.js';
import { agendaItemMaterials, agendaItems, bodies, documents, files, sessions } from '../db/schema/index.js';
import { recordAudit } from '../lib/audit.js';
import { insertDocumentWithVersion } from '../modules/documents/documents.service.js';

/** Materials of the demo's upcoming sessions: item title → the documents it gets (title, pages of text). */
const demoMaterials: Record<string, { title: string; pages: string[] }[]> = {
  'Predlog proračuna za informatiko 2027': [
    { title: 'Predlog proračuna za informatiko 2027', pages: ['Predlog proračuna za informatiko 2027', 'Pregled po ministrstvih', 'Obrazložitev'] },
    { title: 'Mnenje Službe za zakonodajo', pages: ['Mnenje Službe Vlade za zakonodajo k predlogu proračuna'] },
  ],
  'Skupna infrastruktura in državni oblak': [{ title: 'Poročilo o državnem oblaku', pages: ['Državni oblak: stanje in načrti', 'Zmogljivosti in stroški'] }],
  'Kadrovska okrepitev informacijske varnosti': [{ title: 'Predlog zaposlitev (zaupno)', pages: ['Zaupno: predlog zaposlitev v Upravi za informacijsko varnost'] }],
  'Enotni gradniki spletnih obrazcev': [{ title: 'Katalog gradnikov obrazcev', pages: ['Katalog gradnikov spletnih obrazcev', 'Dostopnost in preizkusi'] }],
  'Plan rada mreže za narednu godinu': [{ title: 'Nacrt plana rada mreže', pages: ['Plan rada mreže opština za e-upravu', 'Aktivnosti po kvartalima'] }],
  'Ψηφιακή πύλη της Περιφέρειας': [{ title: 'Μελέτη ψηφιακής πύλης', pages: ['Ψηφιακή πύλη της Περιφέρειας', 'Χρονοδιάγραμμα'] }],
};

const require = createRequire(import.meta.url);

/** A small PDF with one heading per page, in a font that draws č, ђ and Greek (DejaVu, from its npm package). */
async function demoPdf(title: string, pages: string[], font: Buffer): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(font, { subset: true });
  const fonts = { regular, bold: regular };
  for (const [index, text] of pages.entries()) {
    const page = doc.addPage([595, 842]);
    page.drawText(text, { x: 56, y: 760, size: index === 0 ? 20 : 16, font: index === 0 ? fonts.bold : fonts.regular, maxWidth: 480 });
    page.drawText(`${index + 1} / ${pages.length}`, { x: 56, y: 56, size: 10, font: fonts.regular });
  }
  return Buffer.from(await doc.save());
}

/**
 * Gives the demo's upcoming sessions a few small PDF materials. Runs once: when the demo bodies already
 * have documents there is nothing to do.
 */
export async function seedDemoMaterials(deps: Deps, say: (message: string) => void): Promise<void> {
  const ctx = systemCtx(deps, 'demo');
  const items = await ctx.db
    .select({ id: agendaItems.id, title: agendaItems.title, sessionId: sessions.id, body: bodies })
    .from(agendaItems)
    .innerJoin(sessions, eq(sessions.id, agendaItems.sessionId))
    .innerJoin(bodies, eq(bodies.id, sessions.bodyId))
    .where(and(inArray(agendaItems.title, Object.keys(demoMaterials)), inArray(sessions.status, ['draft', 'convened'])));
  if (items.length === 0) return;
  const [existing] = await ctx.db.select({ id: documents.id }).from(documents).where(inArray(documents.bodyId, items.map((item) => item.body.id))).limit(1);
  if (existing) return;
  const font = await readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  const prepared: { item: (typeof items)[number]; material: { title: string }; stored: StoredFile }[] = [];
  for (const item of items) {
    for (const material of demoMaterials[item.title] ?? []) {
      const stored = await deps.files.put(await demoPdf(material.title, material.pages, font), { declaredType: 'application/pdf' });
      prepared.push({ item, material, stored });
    }
  }
  await inTransaction(ctx, async (tx) => {
    const positions = new Map<string, number>();
    for (const { item, material, stored } of prepared) {
      await tx.db.insert(files).values(stored).onConflictDoNothing();
      const documentId = await insertDocumentWithVersion(tx, {
        bodyId: item.body.id,
        organizationId: item.body.organizationId,
        title: material.title,
        kind: 'material',
        file: { stored, fileName: `${material.title}.pdf` },
      });
      const position = positions.get(item.id) ?? 0;
      positions.set(item.id, position + 1);
      await tx.db.insert(agendaItemMaterials).values({ sessionId: item.sessionId, agendaItemId: item.id, documentId, position });
    }
    await recordAudit(tx, { action: 'demo.seed-materials', entityType: 'document', summary: { after: { documents: prepared.length } } });
  });
  say(`Loaded ${prepared.length} demo materials (small PDFs) for the upcoming sessions.`);
}

