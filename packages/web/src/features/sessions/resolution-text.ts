/**
 * The proposed resolution is stored as rich text. The form edits it as plain paragraphs (separated by a
 * blank line); these convert between the two. The server sanitises whatever it receives.
 */
const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function paragraphsToHtml(text: string): string | null {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return paragraphs.length ? paragraphs.map((p) => `<p>${escape(p).replaceAll('\n', '<br>')}</p>`).join('') : null;
}

export function htmlToParagraphs(html: string | null): string {
  if (!html) return '';
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  const blocks = [...doc.body.children];
  return (blocks.length ? blocks.map((block) => block.textContent ?? '') : [doc.body.textContent ?? ''])
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}
