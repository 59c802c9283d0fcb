import type { MinutesAudience, MinutesDocument } from '@collegium/shared/contracts/minutes';
import type { ExcerptSendInput, ExcerptSent } from '@collegium/shared/contracts/minutes-export';
import { inTransaction, type Ctx } from '../../context.js';
import { MINUTES_EXCERPT_MAIL } from '../../jobs/definitions/minutes-excerpt-mail.job.js';
import { AppError, invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { getOrganization } from '../directory/organizations.service.js';
import { loadEditableMinutes } from '../minutes/minutes.access.js';
import { readMinutesDocument } from '../minutes/minutes.document.js';
import { renderDocx } from './docx-render.js';
import { excerptModel, minutesModel, sessionValues } from './export-model.js';
import { exportWords, type ExportLanguage, type ExportWords } from './export-texts.js';
import { renderPdf } from './pdf-render.js';

export type ExportFormat = 'pdf' | 'docx';
export interface ExportFile {
  bytes: Buffer;
  fileName: string;
  contentType: string;
}

const contentTypes: Readonly<Record<ExportFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const wordsFor = (ctx: Ctx, language: ExportLanguage | undefined) => exportWords(language ?? ctx.deps.config.defaultLanguage);

/** "minutes-ms-zalec-12-v3": the body's short name (else its name) in ASCII, the session number, the version. */
export function exportFileBase(doc: MinutesDocument, prefix = 'minutes'): string {
  const slug = (doc.body.shortName ?? doc.body.name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return [prefix, slug || 'body', doc.session.number, `v${doc.version}`].join('-');
}

/** The minutes (a version, for an audience) as PDF or DOCX; 404 for whoever may not read them (readMinutesDocument). */
export async function exportMinutes(
  ctx: Ctx,
  minutesId: string,
  options: { format: ExportFormat; version?: number; audience?: MinutesAudience; language?: ExportLanguage },
): Promise<ExportFile> {
  const audience = options.audience ?? 'full';
  const doc = await readMinutesDocument(ctx, minutesId, { audience, version: options.version, language: options.language });
  const model = minutesModel(wordsFor(ctx, options.language), doc);
  const bytes = options.format === 'pdf' ? await renderPdf(model) : await renderDocx(model);
  const suffix = audience === 'public' ? '-public' : '';
  return { bytes, fileName: `${exportFileBase(doc)}${suffix}.${options.format}`, contentType: contentTypes[options.format] };
}

/**
 * The approved version of the minutes, full, with one of its items: 409 while the minutes are not approved.
 * While a correction is open the latest version is a draft, so the approved one is read by its number.
 */
async function approvedItem(ctx: Ctx, minutesId: string, agendaItemId: string) {
  const latest = await readMinutesDocument(ctx, minutesId, { audience: 'full' });
  if (!latest.approval) {
    throw new AppError('conflict', 'Excerpts can only be made from approved minutes; these minutes are not approved yet.');
  }
  const approvedVersion = (await readMinutesDocument(ctx, minutesId, { audience: 'public' })).version;
  const doc = approvedVersion === latest.version ? latest : await readMinutesDocument(ctx, minutesId, { audience: 'full', version: approvedVersion });
  const item = doc.content.items.find((candidate) => candidate.agendaItemId === agendaItemId);
  if (!item) throw notFound('The agenda item in these minutes');
  return { doc, item };
}

async function renderExcerpt(ctx: Ctx, minutesId: string, agendaItemId: string, words: ExportWords) {
  const { doc, item } = await approvedItem(ctx, minutesId, agendaItemId);
  const bytes = await renderPdf(excerptModel(words, doc, item));
  const number = item.number.replace(/[^0-9A-Za-z]+/g, '-');
  return { doc, item, file: { bytes, fileName: `${exportFileBase(doc, 'excerpt')}-item-${number}.pdf`, contentType: contentTypes.pdf } };
}

/** One item of approved minutes as a PDF excerpt with its certification line. */
export async function exportExcerpt(ctx: Ctx, minutesId: string, agendaItemId: string, language?: ExportLanguage): Promise<ExportFile> {
  return (await renderExcerpt(ctx, minutesId, agendaItemId, wordsFor(ctx, language))).file;
}

/**
 * Mails an excerpt (the minutes' editors: chair, secretary, administrators) to an organisation's address or
 * the one given, through the durable mail queue; audited. 400 naming the field when there is no address.
 */
export async function sendExcerpt(ctx: Ctx, minutesId: string, agendaItemId: string, input: ExcerptSendInput): Promise<ExcerptSent> {
  const words = wordsFor(ctx, input.lang);
  return inTransaction(ctx, async (tx) => {
    await loadEditableMinutes(tx, minutesId);
    const { doc, item, file } = await renderExcerpt(tx, minutesId, agendaItemId, words);
    let to = input.email?.trim();
    let organizationId: string | null = null;
    if (!to && input.organizationId) {
      const organization = await getOrganization(tx, input.organizationId);
      organizationId = organization.id;
      to = organization.email?.trim() || undefined;
      if (!to) throw invalidField('organizationId', `${organization.name} has no e-mail address in the directory; give an address to send the excerpt to.`);
    }
    if (!to) throw invalidField('email', 'Give an e-mail address or an organisation to send the excerpt to.');
    const values = { ...sessionValues(words, doc), number: item.number, item: item.title, date: words.day(doc.approval!.approvedAt, doc.session.timeZone) };
    await tx.deps.jobs.enqueue(tx.db, MINUTES_EXCERPT_MAIL, {
      to,
      subject: words.fill(words.texts.mailSubject, values),
      text: words.fill(words.texts.mailText, values),
      fileName: file.fileName,
      pdfBase64: file.bytes.toString('base64'),
    });
    await recordAudit(tx, {
      action: 'minutes.excerpt_sent',
      entityType: 'minutes',
      entityId: minutesId,
      summary: { after: { agendaItemId, itemNumber: item.number, version: doc.version, to, organizationId } },
    });
    return { to, fileName: file.fileName };
  });
}
