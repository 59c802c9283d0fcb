import type { DecisionExportQuery } from '@collegium/shared/contracts/decisions';
import type { Ctx } from '../../context.js';
import { contentTypes, writeTable } from '../directory-transfer/transfer.files.js';
import { listDecisions } from './decisions.queries.js';

/** the most rows one export carries; narrow the filter for more */
const MAX_EXPORT_ROWS = 50_000;

const columns = [
  'number',
  'title',
  'body',
  'session',
  'status',
  'overdue',
  'deadline',
  'responsible_person',
  'responsible_organization',
  'adopted_at',
  'text',
] as const;

/** The rich text of a resolution as plain text for a spreadsheet cell. */
const plainText = (html: string): string =>
  html
    .replace(/<\/(p|li|h\d)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** The register as filtered, as a CSV or XLSX file: the decisions the caller may see, in the chosen order. */
export async function exportDecisions(ctx: Ctx, query: DecisionExportQuery) {
  const { format = 'csv', delimiter = ',', ...filters } = query;
  const { items } = await listDecisions(ctx, { ...filters, limit: MAX_EXPORT_ROWS, offset: 0 });
  const rows = items.map((d) => [
    d.number,
    d.title,
    d.body.shortName ?? d.body.name,
    String(d.session.number),
    d.status,
    d.overdue ? 'yes' : 'no',
    d.deadline ?? '',
    d.responsiblePerson?.name ?? '',
    d.responsibleOrganization?.name ?? '',
    d.adoptedAt,
    plainText(d.text),
  ]);
  const bytes = await writeTable(format, columns, rows, { delimiter, sheetName: 'decisions' });
  return { bytes, contentType: contentTypes[format], fileName: `decisions.${format}` };
}
