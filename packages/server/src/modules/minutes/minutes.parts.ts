import type { StoredContent } from './minutes.content.js';

/** The written parts of a version by key: 'opening', 'closing' and each item's id for its discussion. */
export function partsOf(content: StoredContent): Map<string, string> {
  const parts = new Map<string, string>([['opening', content.opening]]);
  for (const item of content.items) parts.set(item.agendaItemId, item.discussion);
  parts.set('closing', content.closing);
  return parts;
}

/** A version's content with its written parts replaced; the recorded facts stay as they were. */
export function withParts(content: StoredContent, parts: ReadonlyMap<string, string>): StoredContent {
  return {
    ...content,
    opening: parts.get('opening') ?? content.opening,
    closing: parts.get('closing') ?? content.closing,
    items: content.items.map((item) => ({ ...item, discussion: parts.get(item.agendaItemId) ?? item.discussion })),
  };
}
