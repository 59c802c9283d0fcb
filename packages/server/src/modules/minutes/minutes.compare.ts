import { and, eq, inArray } from 'drizzle-orm';
import { diffWords } from 'diff';
import type { MinutesComparison } from '@collegium/shared/contracts/minutes';
import type { Ctx } from '../../context.js';
import { minutesVersions } from '../../db/schema/index.js';
import { invalidField } from '../../lib/app-error.js';
import { loadReadableMinutes } from './minutes.access.js';
import type { StoredContent } from './minutes.content.js';
import { partsOf } from './minutes.parts.js';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Rich text as plain text with a blank line between paragraphs, as the comparison shows it. */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|li|h3|h4|blockquote)>/gi, '\n\n')
    .replace(/<li>/gi, '• ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#?\w+);/g, (all, name: string) => entities[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : all))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function labelsOf(contents: StoredContent[]): Map<string, string> {
  const labels = new Map<string, string>([['opening', 'Opening']]);
  for (const content of contents) {
    for (const item of content.items) labels.set(item.agendaItemId, `${item.number}. ${item.title}`);
  }
  labels.set('closing', 'Closing');
  return labels;
}

/** GET /minutes/:id/compare?from&to: a word-level diff of each written part that differs between two versions. */
export async function compareMinutesVersions(ctx: Ctx, minutesId: string, from: number, to: number): Promise<MinutesComparison> {
  await loadReadableMinutes(ctx, minutesId);
  const rows = await ctx.db
    .select({ version: minutesVersions.version, content: minutesVersions.content })
    .from(minutesVersions)
    .where(and(eq(minutesVersions.minutesId, minutesId), inArray(minutesVersions.version, [from, to])));
  const contentOf = (version: number, field: 'from' | 'to') => {
    const row = rows.find((r) => r.version === version);
    if (!row) throw invalidField(field, `The minutes have no version ${version}.`);
    return row.content as StoredContent;
  };
  const before = partsOf(contentOf(from, 'from'));
  const after = partsOf(contentOf(to, 'to'));
  const labels = labelsOf([contentOf(from, 'from'), contentOf(to, 'to')]);
  const parts: MinutesComparison['parts'] = [];
  for (const [part, label] of labels) {
    const oldText = htmlToPlainText(before.get(part) ?? '');
    const newText = htmlToPlainText(after.get(part) ?? '');
    if (oldText === newText) continue;
    const segments = diffWords(oldText, newText).map((change) => ({
      op: change.added ? ('insert' as const) : change.removed ? ('delete' as const) : ('equal' as const),
      text: change.value,
    }));
    parts.push({ part, label, segments });
  }
  return { from, to, parts };
}
