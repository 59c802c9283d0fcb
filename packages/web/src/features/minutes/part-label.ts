import type { TFunction } from 'i18next';
import type { MinutesContent } from '@collegium/shared/contracts/minutes';

/** A written part's name for people: the opening, the closing, or "Discussion of item 3. Budget". */
export function partLabel(t: TFunction, content: MinutesContent, part: string): string {
  if (part === 'opening') return t('minutes.editor.opening');
  if (part === 'closing') return t('minutes.editor.closing');
  const item = content.items.find((candidate) => candidate.agendaItemId === part);
  return item ? t('minutes.editor.discussionOf', { number: item.number, title: item.title }) : part;
}
